import { at } from '../../shared/lists';
import { secondHandPricePerGW, sellOrder } from '../../shared/engine/model/second-hand';
import type { ChipCohort, Scenario } from '../../shared/engine/types';

// What a second-hand sale typed in the decision panel would fetch, by the engine's own rule
// (shared/engine/steps/second-hand.ts): oldest chips first, each cohort at its own price.

export interface SaleQuote {
  /** $B per GW of the first chips sold (the oldest). */
  firstPerGW: number;
  /** GW actually sold (at most what is owned). */
  gw: number;
  proceeds: number;
}

export function saleQuote(cohorts: readonly ChipCohort[], gw: number, quarter: number, listPrice: number, scenario: Scenario): SaleQuote {
  const order = sellOrder(cohorts)
    .map((i) => at(cohorts, i, 'cohort in sell order'))
    .filter((c) => c.gw > 0);
  let want = Math.max(0, gw);
  let sold = 0;
  let proceeds = 0;
  for (const c of order) {
    if (want <= 1e-12) break;
    const take = Math.min(c.gw, want);
    proceeds += take * secondHandPricePerGW(c, quarter, listPrice, scenario);
    sold += take;
    want -= take;
  }
  const [first] = order;
  const firstPerGW = first ? secondHandPricePerGW(first, quarter, listPrice, scenario) : 0;
  return { firstPerGW, gw: sold, proceeds };
}
