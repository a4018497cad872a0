import type { QuarterReport } from '../../../shared/engine/types';
import type { Orders } from '../../../shared/orders/types';
import type { Role } from '../../../shared/roles';

// The order history: for each resolved quarter, what the seat ordered and what it got, with
// the reason when it got less ("filled 0 of 0.5 GW: clearing $41.6B > your max $40B"). The
// markets' side comes from the public report; the parts only the orders hold (data centres,
// allocation, statement) from the orders this browser sent (submittedOrders.ts), when it has them.

const EPS = 1e-6;

export type ChipReason = 'full' | 'aboveMax' | 'droppedOut' | 'rationed';
export type CloudReason = 'full' | 'askAbovePrice' | 'demandShort';

export interface ChipLine {
  requestedGW: number;
  filledGW: number;
  maxPrice: number;
  clearingPrice: number;
  /** Share of every order filled when chips were short (1 otherwise). */
  rationShare: number;
  reason: ChipReason;
}

export interface CloudLine {
  ask: number;
  offeredCU: number;
  soldCU: number;
  clearingPrice: number;
  reason: CloudReason;
}

export interface FinanceLine {
  key: 'finance.equity' | 'finance.debt' | 'finance.repay' | 'finance.buyback';
  amount: number;
}

export interface HistoryQuarter {
  quarter: number;
  chips: ChipLine | null;
  custom: { gw: number; price: number } | null;
  committed: { gw: number; price: number } | null;
  secondHand: { gw: number; proceeds: number } | null;
  cloud: CloudLine | null;
  finance: FinanceLine[];
  /** What this browser sent for that quarter (null when it did not send it: autopilot, another device). */
  sent: Orders | null;
}

function chipLine(r: QuarterReport, role: Role): ChipLine | null {
  const f = r.chips.fills.find((x) => x.role === role);
  if (!f || f.requestedGW <= EPS) return null;
  const price = r.chips.price;
  const rationShare = r.chips.scarce && r.chips.totalDemand > 0 ? Math.min(1, r.chips.supplyCap / r.chips.totalDemand) : 1;
  let reason: ChipReason = 'full';
  if (f.filledGW < f.requestedGW - EPS) {
    if (f.maxPrice > 0 && price >= f.maxPrice - EPS) reason = 'aboveMax';
    else if (f.droppedOut) reason = 'droppedOut';
    else reason = 'rationed';
  }
  return { requestedGW: f.requestedGW, filledGW: f.filledGW, maxPrice: f.maxPrice, clearingPrice: price, rationShare, reason };
}

function cloudLine(r: QuarterReport, role: Role): CloudLine | null {
  const o = r.cloud.offers.find((x) => x.seller === role);
  if (!o || o.offeredCU <= EPS) return null;
  let reason: CloudReason = 'full';
  if (o.soldCU < o.offeredCU - EPS) reason = o.ask > r.cloud.price + EPS ? 'askAbovePrice' : 'demandShort';
  return { ask: o.ask, offeredCU: o.offeredCU, soldCU: o.soldCU, clearingPrice: r.cloud.price, reason };
}

const FINANCE_KEYS = new Set(['finance.equity', 'finance.debt', 'finance.repay', 'finance.buyback']);

export function historyQuarter(r: QuarterReport, role: Role, sent: Orders | null): HistoryQuarter {
  const cr = r.companies.find((c) => c.role === role);
  const custom = r.chips.custom.find((c) => c.role === role && c.gw > EPS);
  const committed = r.chips.committed.find((c) => c.role === role && c.gw > EPS);
  const second = r.chips.secondHand.find((c) => c.role === role && c.gw > EPS);
  return {
    quarter: r.quarter,
    chips: chipLine(r, role),
    custom: custom ? { gw: custom.gw, price: custom.price } : null,
    committed: committed ? { gw: committed.gw, price: committed.price } : null,
    secondHand: second ? { gw: second.gw, proceeds: second.proceeds } : null,
    cloud: cloudLine(r, role),
    finance: (cr?.cashFlow.lines ?? []).filter((l) => FINANCE_KEYS.has(l.key) && Math.abs(l.amount) > EPS).map((l) => ({ key: l.key as FinanceLine['key'], amount: l.amount })),
    sent: sent && sent.quarter === r.quarter ? sent : null,
  };
}

/** Every resolved quarter, newest first. */
export function orderHistory(reports: readonly QuarterReport[], role: Role, sent: (quarter: number) => Orders | null): HistoryQuarter[] {
  return [...reports].reverse().map((r) => historyQuarter(r, role, sent(r.quarter)));
}
