import { debtSpread, leverage } from '../../../shared/engine/model/finance';
import { trailing } from '../../../shared/engine/model/valuation';
import type { MatchState } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';

// The annual rate new debt issued this quarter would carry, by the engine's own rule
// (shared/engine/steps/money.ts applyFinanceOrders): base rate + a spread on the company's
// leverage before the issue and on the investors' mood at the start of the quarter.

export function quotedDebtRate(state: MatchState, role: Role): number {
  const c = state.companies[role];
  const m = state.scenario.money;
  const lev = leverage(c.debt + c.revolver, trailing(c.trail, (r) => r.ebitda), m.leverageCap);
  return state.global.baseRate + debtSpread(lev, state.global.mood, m);
}
