import type { Role } from '../../roles';
import type { Contract, TrailRow } from '../types';
import { trailing } from './valuation';

// Take-or-pay compute contracts (GAME.md 5.5).

export function contractActive(c: Contract, t: number): boolean {
  return c.startQ <= t && t <= c.endQ;
}

/** CU due in quarter t (linear ramp if the contract has one). */
export function contractCU(c: Contract, t: number): number {
  if (!contractActive(c, t)) return 0;
  if (c.rampToCU === undefined || c.rampQuarters === undefined || c.rampQuarters < 2) return c.cuPerQuarter;
  const k = t - c.startQ;
  if (k >= c.rampQuarters - 1) return c.rampToCU;
  return c.cuPerQuarter + ((c.rampToCU - c.cuPerQuarter) * k) / (c.rampQuarters - 1);
}

export function contractPayment(c: Contract, t: number): number {
  return contractCU(c, t) * c.pricePerCU;
}

/** What `role` must pay as a buyer over quarters from..to (inclusive). */
export function buyerPayments(contracts: readonly Contract[], role: Role, from: number, to: number): number {
  let s = 0;
  for (const c of contracts) {
    if (c.buyer !== role) continue;
    for (let t = from; t <= to; t++) s += contractPayment(c, t);
  }
  return s;
}

export function sellerReceipts(contracts: readonly Contract[], role: Role, from: number, to: number): number {
  let s = 0;
  for (const c of contracts) {
    if (c.seller !== role) continue;
    for (let t = from; t <= to; t++) s += contractPayment(c, t);
  }
  return s;
}

/** CU the neutral supplier has committed in quarter t. */
export function neutralCommittedCU(contracts: readonly Contract[], t: number): number {
  let s = 0;
  for (const c of contracts) if (c.seller === 'neutral') s += contractCU(c, t);
  return s;
}

/** A company's contract flows in quarter t: CU it receives and delivers, what it pays and receives. */
export function contractFlows(contracts: readonly Contract[], role: Role, t: number): { inCU: number; outCU: number; pay: number; receive: number } {
  let inCU = 0;
  let outCU = 0;
  let pay = 0;
  let receive = 0;
  for (const k of contracts) {
    if (!contractActive(k, t)) continue;
    if (k.buyer === role) {
      inCU += contractCU(k, t);
      pay += contractPayment(k, t);
    }
    if (k.seller === role) {
      outCU += contractCU(k, t);
      receive += contractPayment(k, t);
    }
  }
  return { inCU, outCU, pay, receive };
}

/** Investors' commitment coverage (GAME.md 5.13): contract payments due in quarters t+1..t+4 ÷ trailing-4q revenue. */
export function commitmentCoverageOf(contracts: readonly Contract[], role: Role, t: number, trail: readonly TrailRow[]): number {
  const next = buyerPayments(contracts, role, t + 1, t + 4);
  const rev = trailing(trail, (r) => r.revenue);
  return rev > 0 ? next / rev : next > 0 ? 10 : 0;
}
