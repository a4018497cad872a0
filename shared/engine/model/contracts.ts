import type { Role } from '../../roles';
import type { Contract } from '../types';

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
