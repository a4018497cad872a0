import type { ChipCohort } from '../types';
import type { Scenario } from '../scenario-types';
import { efficiency } from '../calendar';

// Second-hand chips (GAME.md 12.1.5): a GW of an older cohort does fewer CU than a new one, and has
// less life left, so it fetches list price × relative efficiency × remaining life × (1 − discount).

export function secondHandPricePerGW(k: Pick<ChipCohort, 'vintage' | 'ageQ' | 'efficiency'>, t: number, listPrice: number, sc: Scenario): number {
  const relative = (efficiency(sc, k.vintage) * k.efficiency) / efficiency(sc, t);
  const life = Math.max(0, 1 - k.ageQ / sc.chips.retireAfterQuarters);
  return listPrice * relative * life * (1 - sc.chips.secondHandDiscount);
}

/** Cohort indices in selling order: oldest vintage first, then the oldest age, then list order. */
export function sellOrder(cohorts: readonly ChipCohort[]): number[] {
  return cohorts
    .map((_, i) => i)
    .sort((i, j) => cohorts[i].vintage - cohorts[j].vintage || cohorts[j].ageQ - cohorts[i].ageQ || i - j);
}

/** Price of the next GW sold and the value of every chip the company owns, second-hand. */
export function secondHandQuote(cohorts: readonly ChipCohort[], t: number, listPrice: number, sc: Scenario): { nextPerGW: number; total: number } {
  const order = sellOrder(cohorts.filter((k) => k.gw > 0));
  const live = cohorts.filter((k) => k.gw > 0);
  const nextPerGW = order.length > 0 ? secondHandPricePerGW(live[order[0]], t, listPrice, sc) : 0;
  const total = live.reduce((s, k) => s + k.gw * secondHandPricePerGW(k, t, listPrice, sc), 0);
  return { nextPerGW, total };
}
