import { classEn } from './class';
import { coreEn } from './core';
import { glossaryEn } from './glossary';
import { guideEn } from './guide';
import { orderErrorsEn } from './orderErrors';
import { planningEn } from './planning';
import { replayEn } from './replay';
import { resultsEn } from './results';

// The English catalogue: one table made of the screen areas' files.
export const en = { ...coreEn, ...classEn, ...glossaryEn, ...guideEn, ...orderErrorsEn, ...planningEn, ...replayEn, ...resultsEn };
export type MessageKey = keyof typeof en;
