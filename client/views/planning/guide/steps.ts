import type { OrderTab } from '../orderCheck';
import { fieldId } from '../formTypes';

// The first quarter, one decision per step, on the real order form: which part of the screen
// each step points at (and which order tab it opens). Texts are `guide.<id>.title/text`.

export interface GuideStep {
  id: 'welcome' | 'company' | 'chips' | 'build' | 'compute' | 'finance' | 'estimate' | 'submit';
  /** The element to point at (its `.field`, fieldset or section is outlined). */
  target?: string;
  tab?: OrderTab;
}

export const GUIDE_STEPS: readonly GuideStep[] = [
  { id: 'welcome' },
  { id: 'company', target: '#plan-company' },
  { id: 'chips', target: `#${fieldId('chips.gw')}`, tab: 'build' },
  { id: 'build', target: `#${fieldId('build.gw')}`, tab: 'build' },
  { id: 'compute', target: `#${fieldId('allocation.training')}`, tab: 'compute' },
  { id: 'finance', target: `#${fieldId('finance.issueDebt')}`, tab: 'finance' },
  { id: 'estimate', target: '#estimate-title' },
  { id: 'submit', target: '.pl-order-submit button[type="submit"]' },
];

/** The box to outline for a target: the whole field (label, input, hint) or its section. */
export function outlineOf(el: Element): HTMLElement {
  return (el.closest('.field, fieldset, section, .card') as HTMLElement | null) ?? (el as HTMLElement);
}
