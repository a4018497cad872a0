import type { ChipCohort } from '../types';
import type { Scenario } from '../scenario-types';
import { efficiency } from '../calendar';
import { at } from '../../lists';

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
    .sort((i, j) => {
      const a = at(cohorts, i, 'cohort');
      const b = at(cohorts, j, 'cohort');
      return a.vintage - b.vintage || b.ageQ - a.ageQ || i - j;
    });
}

/** Price of the next GW sold and the value of every chip the company owns, second-hand. */
export function secondHandQuote(cohorts: readonly ChipCohort[], t: number, listPrice: number, sc: Scenario): { nextPerGW: number; total: number } {
  const order = sellOrder(cohorts.filter((k) => k.gw > 0));
  const live = cohorts.filter((k) => k.gw > 0);
  const first = order[0];
  const nextPerGW = first !== undefined ? secondHandPricePerGW(at(live, first, 'cohort sold first'), t, listPrice, sc) : 0;
  const total = live.reduce((s, k) => s + k.gw * secondHandPricePerGW(k, t, listPrice, sc), 0);
  return { nextPerGW, total };
}
