import { classEn } from './class';
import { coreEn } from './core';
import { replayEn } from './replay';

// The English catalogue: one table made of the screen areas' files.
export const en = { ...coreEn, ...classEn, ...replayEn };
export type MessageKey = keyof typeof en;
