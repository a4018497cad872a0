import type { Role } from '../roles';

// One order object per seat per quarter (GAME.md section 7). All money in $B, capacity in GW,
// compute in CU, allocation in whole percentages.

export type StatementKind = 'none' | 'clarify' | 'hype' | 'capexDiscipline' | 'announceCloud';
export const STATEMENT_KINDS: readonly StatementKind[] = ['none', 'clarify', 'hype', 'capexDiscipline', 'announceCloud'];

/** Counterparty of a deal: another seat or the neutral supplier (neoclouds). */
export type Party = Role | 'neutral';

/** Terms of a take-or-pay compute deal as proposed by one seat. */
export interface DealTerms {
  /** Who sells compute: the proposer or the counterparty (a live cloud or 'neutral'). */
  seller: Party;
  /** Who buys (and pays every quarter, used or not). */
  buyer: Role;
  cuPerQuarter: number;
  pricePerCU: number;
  /** Number of quarters the contract runs once it starts. */
  quarters: number;
}

export interface Orders {
  quarter: number;
  chips: { gw: number; maxPricePerGW: number };
  customChips: { gw: number };
  build: { gw: number; expedite: boolean };
  allocation: { training: number; products: number; cloud: number };
  cloud: { launch: boolean; askPrice: number };
  finance: { raiseEquity: number; issueDebt: number; repayDebt: number; buyback: number };
  statement: StatementKind;
  deals: { propose: DealTerms[]; accept: string[]; reject: string[] };
  /** Engine 2: sell this many GW of the seat's oldest chips second-hand (optional; absent = 0). */
  sellChips?: { gw: number };
  /** Engine 2: accept the chip supplier's open vendor-financing offer (optional; absent = no). */
  vendorFinancing?: { accept: boolean };
}

/** A field-level validation problem. `path` is dotted (e.g. `allocation`, `chips.gw`). */
export interface OrderError {
  path: string;
  /** Translation key, e.g. `orders.allocation.sum`. */
  key: string;
  /** Parameters for the translated message. */
  params: Record<string, string | number>;
  /** English message, e.g. `allocation: training+products+cloud must equal 100 (got 120)`. */
  message: string;
}

export type OrderValidation = { ok: true; orders: Orders } | { ok: false; errors: OrderError[] };
