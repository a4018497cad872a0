import { signal } from '@preact/signals';
import { t, type MessageKey } from '../i18n';

// The terms a newcomer meets on the screens, in the order the glossary lists them. Each has
// `glossary.<id>.term` and `glossary.<id>.text` in every language.

export const GLOSSARY_IDS = [
  'cu',
  'gw',
  'clearing',
  'takeOrPay',
  'roiGap',
  'mood',
  'gridIndex',
  'reputation',
  'capexPenalty',
  'circular',
  'costOfCapital',
  'growthRoom',
  'keepUp',
  'headroom',
  'tsr',
  'revolver',
  'vendorFinancing',
  'secondHand',
  'autopilot',
] as const;

export type GlossaryId = (typeof GLOSSARY_IDS)[number];

export function glossaryTerm(id: GlossaryId): string {
  return t(`glossary.${id}.term` as MessageKey);
}

export function glossaryText(id: GlossaryId): string {
  return t(`glossary.${id}.text` as MessageKey);
}

/** The glossary dialog: closed (null), open on the whole list, or open at one term. */
export const glossaryOpen = signal<null | { focus?: GlossaryId }>(null);

export function openGlossary(focus?: GlossaryId): void {
  glossaryOpen.value = focus ? { focus } : {};
}
