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
  const order = sellOrder(cohorts).filter((i) => cohorts[i].gw > 0);
  let want = Math.max(0, gw);
  let sold = 0;
  let proceeds = 0;
  for (const i of order) {
    if (want <= 1e-12) break;
    const take = Math.min(cohorts[i].gw, want);
    proceeds += take * secondHandPricePerGW(cohorts[i], quarter, listPrice, scenario);
    sold += take;
    want -= take;
  }
  const firstPerGW = order.length ? secondHandPricePerGW(cohorts[order[0]], quarter, listPrice, scenario) : 0;
  return { firstPerGW, gw: sold, proceeds };
}
