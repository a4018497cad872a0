import type { Orders } from '../orders/types';
import { ORDER_LIMITS } from '../orders/limits';
import type { Situation } from './situation';
import type { BotTraits } from './personas';
import type { CapacityPlan } from './capacity';
import { clamp, floor1 } from './numbers';

// The cash plan: what this quarter costs, what next quarter will need, and how to fund a gap
// (debt while leverage allows, then equity) or use a surplus (repay, buy back). When the money
// cannot be found, the spending plan is scaled down.

export interface FinancePlan {
  finance: Orders['finance'];
  /** Share of the planned new spending that can be funded (1 = all). */
  spendScale: number;
}

/** Capex this quarter and next for a capacity plan (chips are paid on delivery next quarter). */
export function capexOf(k: Situation, p: CapacityPlan, launchCost: number): { now: number; next: number } {
  const build = p.buildGW * p.buildCostPerGW;
  const installment = p.buildGW > 0 ? build / p.buildQuarters : 0;
  const now = k.capexDueNow + installment + launchCost;
  const next = p.chipsGW * p.chipPrice + p.customGW * p.customPrice + k.installmentsNext + (p.buildQuarters > 1 ? installment : 0);
  return { now, next };
}

function reserveFor(k: Situation, tr: BotTraits, capexNext: number): number {
  const burn = Math.max(0, -k.ocf);
  // OpenAI can only raise every other quarter: it keeps enough for the quarter without a round
  // (reckless personas keep less and count on the market being there when they need it).
  const headroom = k.recentEmergency ? Math.max(1, tr.roundHeadroom) : tr.roundHeadroom;
  const quarters = tr.bufferQuarters + (k.recentEmergency ? 1 : 0) + (k.isPrivate ? headroom : 0);
  const floor = Math.max(2, 0.02 * k.trailingRevenue);
  return capexNext + quarters * burn + floor;
}

export function planFinance(k: Situation, tr: BotTraits, p: CapacityPlan, launchCost: number): FinancePlan {
  const me = k.me;
  const capex = capexOf(k, p, launchCost);
  const projected = me.cash + k.ocf - capex.now;
  const reserve = reserveFor(k, tr, capex.next);
  const finance = { raiseEquity: 0, issueDebt: 0, repayDebt: 0, buyback: 0 };
  const gap = reserve - projected;

  if (gap > 0) {
    let left = gap;
    const debtRoom = k.canIssueDebt && k.ebitda4 > 0 ? Math.max(0, tr.maxLeverage * k.ebitda4 - me.debt - me.revolver) : 0;
    if (debtRoom > 0.5) {
      finance.issueDebt = floor1(Math.min(left * 1.1, debtRoom, ORDER_LIMITS.issueDebt));
      left -= finance.issueDebt;
    }
    if (left > 0 && k.canRaiseEquity && k.maxEquityRaise > 1) {
      // A private round covers the gap and the quarter until the next round.
      const headroom = k.recentEmergency ? Math.max(1, tr.roundHeadroom) : tr.roundHeadroom;
      const want = k.isPrivate ? left + headroom * (Math.max(0, -k.ocf) + 0.5 * capex.next) : left * 1.2;
      finance.raiseEquity = floor1(Math.min(want, k.maxEquityRaise * 0.999, ORDER_LIMITS.raiseEquity));
      left -= finance.raiseEquity;
    }
    if (left > 0) {
      // Unfunded: cut the new spending (this quarter's installment, next quarter's chips).
      const newSpend = capex.next + (capex.now - k.capexDueNow) - k.installmentsNext;
      const spendScale = newSpend > 0 ? clamp(1 - left / newSpend, 0, 1) : 1;
      return { finance, spendScale };
    }
    return { finance, spendScale: 1 };
  }

  const surplus = projected - 2 * reserve;
  if (surplus > 0) {
    const owed = me.debt + me.revolver;
    if (me.revolver > 0) finance.repayDebt = floor1(Math.min(owed, Math.max(me.revolver, surplus * tr.repayShare)));
    else if (me.debt > 0 && tr.repayShare > 0) finance.repayDebt = floor1(Math.min(me.debt, surplus * tr.repayShare));
    if (!k.isPrivate && tr.buybackShare > 0)
      finance.buyback = floor1(Math.min(surplus * tr.buybackShare, me.cash * 0.5, ORDER_LIMITS.buyback));
  }
  return { finance, spendScale: 1 };
}
