import { classEn } from './class';
import { coreEn } from './core';
import { glossaryEn } from './glossary';
import { replayEn } from './replay';
import { resultsEn } from './results';

// The English catalogue: one table made of the screen areas' files.
export const en = { ...coreEn, ...classEn, ...replayEn, ...glossaryEn, ...resultsEn };
export type MessageKey = keyof typeof en;
