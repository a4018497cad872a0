import type { MessageKey } from '../en';
import { classAr } from './class';
import { coreAr } from './core';
import { glossaryAr } from './glossary';
import { replayAr } from './replay';

// The Arabic catalogue, typed against the English one.
export const ar: Record<MessageKey, string> = { ...coreAr, ...classAr, ...replayAr, ...glossaryAr };
