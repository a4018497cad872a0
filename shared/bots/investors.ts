import type { Role } from '../roles';
import type { PlayerView } from '../engine/types';
import type { BotTraits } from './personas';
import { clamp } from './numbers';

// What investors told the seat last quarter (engine 2, GAME.md 12), and how much a persona lets it
// brake new capex. A persona's `investorWeight` says how much it listens: 0 ignores investors, 1 is
// the balanced baseline, above 1 is cautious.
//  - capex penalty: value taken off for capex the company's AI revenue does not back (every company);
//  - cost of capital: above the match's start it makes every new GW dearer to carry;
//  - solvency headroom: money the company could absorb before bankruptcy, against what it owes soon;
//  - circular share and the market's attention to it: money that comes back from the company's own
//    counterparties, discounted when the market notices.

export interface InvestorRead {
  capexPenalty: number;
  costOfCapital: number;
  /** Cost of capital in the match's first quarter (the seat's reference). */
  costOfCapitalStart: number;
  solvencyHeadroom: number;
  circularShare: number;
  circularAttention: number;
}

export function readInvestors(view: PlayerView, role: Role): InvestorRead {
  const me = view.own!;
  const rows = me.history;
  const last = rows[rows.length - 1];
  const report = view.lastReport?.companies.find((c) => c.role === role);
  const coc = last?.costOfCapital ?? report?.valuation.costOfCapital ?? 0;
  return {
    capexPenalty: report ? report.valuation.capexPenalty : (last?.capexPenalty ?? 0),
    costOfCapital: coc,
    costOfCapitalStart: rows[0]?.costOfCapital ?? coc,
    solvencyHeadroom: last ? last.solvencyHeadroom : Number.POSITIVE_INFINITY,
    circularShare: last?.circularShare ?? 0,
    circularAttention: view.global.circularAttention ?? 0,
  };
}

/**
 * Multiplier (0.3..1.1) on new capex: the penalty and a dearer cost of capital weigh by the
 * persona's investorWeight; thin solvency headroom brakes everyone (at least half strength).
 * `owedSoon`: capex already due plus two quarters of cash burn.
 */
export function investorBrake(inv: InvestorRead, tr: BotTraits, owedSoon: number): number {
  const w = tr.investorWeight;
  const penalty = 1 - clamp(1.2 * w * inv.capexPenalty, 0, 0.6);
  const rates = clamp(1 - 3 * w * (inv.costOfCapital - inv.costOfCapitalStart), 0.6, 1.1);
  const cover = Number.isFinite(inv.solvencyHeadroom) ? inv.solvencyHeadroom / Math.max(1, owedSoon) : 10;
  const thin = cover >= 2 ? 0 : 1 - clamp(0.4 + 0.3 * cover, 0.4, 1);
  const solvency = 1 - Math.max(0.5, Math.min(1, w)) * thin;
  return clamp(penalty * rates * solvency, 0.3, 1.1);
}

/** Whether the seat stays out of round trips (selling to a seat it buys from, or the reverse). */
export function avoidsCircles(inv: InvestorRead, tr: BotTraits): boolean {
  return tr.investorWeight >= 0.8 || inv.circularAttention > 0.3 || inv.circularShare > 0.1;
}

/** A contract running now in the other direction between the two seats. */
export function roundTrip(view: PlayerView, seller: Role, buyer: Role): boolean {
  return view.contracts.some((c) => c.seller === buyer && c.buyer === seller && c.startQ <= view.quarter + 1 && c.endQ >= view.quarter + 1 && c.endedEarlyQ === undefined);
}
