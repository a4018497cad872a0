import { classEn } from './class';
import { coreEn } from './core';
import { glossaryEn } from './glossary';
import { replayEn } from './replay';

// The English catalogue: one table made of the screen areas' files.
export const en = { ...coreEn, ...classEn, ...replayEn, ...glossaryEn };
export type MessageKey = keyof typeof en;
