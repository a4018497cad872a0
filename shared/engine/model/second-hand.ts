import type { ChipCohort } from '../types';
import type { Scenario } from '../scenario-types';
import { efficiency } from '../calendar';
import { sortedIndices } from './index-order';

// Second-hand chips (GAME.md 12.1.5): a GW of an older cohort does fewer CU than a new one, and has
// less life left, so it fetches list price × relative efficiency × remaining life × (1 − discount).

export function secondHandPricePerGW(k: Pick<ChipCohort, 'vintage' | 'ageQ' | 'efficiency'>, t: number, listPrice: number, sc: Scenario): number {
  const relative = (efficiency(sc, k.vintage) * k.efficiency) / efficiency(sc, t);
  const life = Math.max(0, 1 - k.ageQ / sc.chips.retireAfterQuarters);
  return listPrice * relative * life * (1 - sc.chips.secondHandDiscount);
}

/** Cohort indices in selling order: oldest vintage first, then the oldest age, then list order. */
export function sellOrder(cohorts: readonly ChipCohort[]): number[] {
  return sortedIndices(cohorts.length, (i, j) => sellsBefore(cohorts[i]!, i, cohorts[j]!, j), false);
}

function sellsBefore(a: ChipCohort, i: number, b: ChipCohort, j: number): number {
  return a.vintage - b.vintage || b.ageQ - a.ageQ || i - j;
}

/** Price of the next GW sold and the value of every chip the company owns, second-hand. */
export function secondHandQuote(cohorts: readonly ChipCohort[], t: number, listPrice: number, sc: Scenario): { nextPerGW: number; total: number } {
  // One pass over the cohorts with chips: the first one in selling order, and the value of all.
  let first: ChipCohort | null = null;
  let firstAt = 0;
  let at = 0;
  let total = 0;
  for (const k of cohorts) {
    if (!(k.gw > 0)) continue;
    if (first === null || sellsBefore(k, at, first, firstAt) < 0) {
      first = k;
      firstAt = at;
    }
    total += k.gw * secondHandPricePerGW(k, t, listPrice, sc);
    at++;
  }
  const nextPerGW = first !== null ? secondHandPricePerGW(first, t, listPrice, sc) : 0;
  return { nextPerGW, total };
}
