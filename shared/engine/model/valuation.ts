import { clamp, powInt } from '../../math/index';
import type { Scenario, ScenarioCompany } from '../scenario-types';
import type { TrailRow, ValuationReport } from '../types';
import { costOfCapital, costOfCapitalFactor } from './finance';
import { zeroSegments } from '../segments';
import { productsGrowthRoom } from './maturity';

// Investors, engine 2 (GAME.md 12.1): value rests on earnings, not on revenue.
//   EV = ccf × [ mE × EBITDA₄ + (franchise + growth) × sentiment × (1 − circular discount) − capex penalty ]
// - EBITDA₄ (trailing four quarters) carries every operating cost, contract payments included, with
//   one multiple for every company, so a dollar one seat pays another moves exactly as much value.
// - franchise: value per dollar of core revenue on top of its earnings (per-company, calibrated).
// - growth: fair AI revenue (revenue from other seats counts at most at the market price and not at
//   all where it only comes back round a circle) × growth multiple × growth factor × margin plausibility.
//   Product revenue takes the company's own growth multiple (a frontier lab's is higher) × the growth
//   room of its products (engine 2.4.0, model/maturity.ts productsGrowthRoom: it fades as the product
//   market saturates, unless the company is small enough to grow by winning share); cloud rental
//   revenue takes the market's, scaled by the cloud's reputation against the best (a new cloud's
//   rentals are priced like a newcomer's until it has earned its reputation).
// - capex penalty: valuePerExcess × (AI capex + compute bought − backing × fair AI revenue), continuous.
// - ccf (cost-of-capital factor): base rate and mood reach every multiple through it.

export const CORE_SEGMENTS = ['ads', 'software', 'retail', 'cloudNonAI'] as const;
export type CoreSegment = (typeof CORE_SEGMENTS)[number];

export function lastN<T>(xs: readonly T[], n: number): T[] {
  return xs.slice(Math.max(0, xs.length - n));
}

/** Σ pick over rows [from, to), added in order from 0 (as a reduce would). */
function sumRows(trail: readonly TrailRow[], pick: (r: TrailRow) => number, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += pick(trail[i]!);
  return s;
}

export function trailing(trail: readonly TrailRow[], pick: (r: TrailRow) => number, n = 4): number {
  return sumRows(trail, pick, Math.max(0, trail.length - n), trail.length);
}

/**
 * Year-over-year growth of `pick` (trailing four quarters against the four before). A match starts
 * with five quarters on record, so early on the earlier window is taken fewer quarters back and the
 * ratio annualized: 5 rows → one quarter back, ratio⁴; 6 or 7 rows → two back, ratio²; 8 → the ratio.
 */
export function yoyOf(trail: readonly TrailRow[], pick: (r: TrailRow) => number): number {
  const n = trail.length;
  const back = n >= 8 ? 4 : n >= 6 ? 2 : n === 5 ? 1 : 0;
  if (back === 0) return 0;
  const now = sumRows(trail, pick, n - 4, n);
  const before = sumRows(trail, pick, n - back - 4, n - back);
  if (before <= 0) return now > 0 ? 10 : 0;
  return powInt(now / before, 4 / back) - 1;
}

/** Year-over-year growth of AI product revenue (kept for the report and the debrief). */
export function aiProductsYoY(trail: readonly TrailRow[]): number {
  return yoyOf(trail, (r) => r.segments.aiProducts);
}

export function growthFactor(yoy: number, p: Scenario['investors']['growthFactor']): number {
  return clamp(p.base + p.slope * yoy, p.min, p.max);
}

/** AI unit margin over the trailing year: (fair AI revenue − the cost of serving it) ÷ fair AI revenue; −1 without it. */
export function aiMargin(trail: readonly TrailRow[]): number {
  const rev = trailing(trail, (r) => r.fairAIRevenue);
  const cost = trailing(trail, (r) => r.aiServedCost);
  return rev > 0 ? clamp((rev - cost) / rev, -1, 1) : -1;
}

export function marginPlausibility(margin: number, p: Scenario['investors']['marginPlausibility']): number {
  if (p.high <= p.low) return margin >= p.high ? 1 : 0;
  return clamp((margin - p.low) / (p.high - p.low), 0, 1);
}

/** Excess AI investment over what fair AI revenue backs (trailing 4q, $B) and its share of revenue. */
export function capexExcess(trail: readonly TrailRow[], p: Scenario['investors']['capexPenalty']): { excess: number; unbacked: number } {
  const invest = trailing(trail, (r) => r.capex + r.computeBought);
  const backing = p.backing * trailing(trail, (r) => r.fairAIRevenue);
  const excess = Math.max(0, invest - backing);
  const revenue = trailing(trail, (r) => r.revenue);
  return { excess, unbacked: revenue > 0 ? excess / revenue : excess > 0 ? 10 : 0 };
}

/** Circular share: trailing circular money ÷ (trailing revenue + vendor-financed equity). */
export function circularShare(trail: readonly TrailRow[]): number {
  const circ = trailing(trail, (r) => r.circular);
  const base = trailing(trail, (r) => r.revenue + r.vendorEquity);
  return base > 0 ? clamp(circ / base, 0, 1) : 0;
}

export function circularDiscountRate(mood: number, attention: number, p: Scenario['investors']['circular']): number {
  return clamp(p.moodWeight * (1 - clamp(mood, 0, 100) / 100) + attention, 0, p.maxDiscount);
}

export interface ValuationInput {
  trail: readonly TrailRow[];
  cash: number;
  debt: number;
  shares: number;
  mood: number;
  sentiment: number;
  startSharePrice: number;
  baseRate: number;
  /** Investors' attention to circular money (GlobalState.circularAttention). */
  attention: number;
  /** The company's cloud reputation now (0 without a cloud). */
  cloudReputation: number;
  /** Industry AI product spend this quarter ($B): how far the product market is from saturating. */
  productSpend: number;
}

/** Growth multiple applied to fair cloud rental revenue: the market's, scaled by reputation ÷ the best reputation. */
export function cloudGrowthMultiple(reputation: number, scenario: Scenario): number {
  const best = scenario.cloud.maxReputation;
  return scenario.investors.growthMultiple * (best > 0 ? clamp(reputation / best, 0, 1) : 0);
}

export function valuation(v: ValuationInput, scenario: Scenario, company: Pick<ScenarioCompany, 'valuation' | 'coreLines'>): ValuationReport {
  const inv = scenario.investors;
  const k = costOfCapital(v.baseRate, v.mood, inv.costOfCapital);
  const ccf = costOfCapitalFactor(k, scenario);
  const earnings = trailing(v.trail, (r) => r.ebitda - r.depreciation);
  const earningsValue = inv.earningsMultiple * earnings;

  let franchise = 0;
  const segments = zeroSegments();
  for (const seg of CORE_SEGMENTS) {
    const rev = trailing(v.trail, (r) => r.segments[seg]);
    const f = rev * (company.valuation.franchise?.[seg] ?? inv.franchise[seg]);
    const margin = company.coreLines.find((l) => l.segment === seg)?.margin ?? 0;
    franchise += f;
    segments[seg] = ccf * (f + inv.earningsMultiple * rev * margin);
  }

  const fairAI = trailing(v.trail, (r) => r.fairAIRevenue);
  const yoy = yoyOf(v.trail, (r) => r.fairAIRevenue);
  const gf = growthFactor(yoy, inv.growthFactor);
  const margin = aiMargin(v.trail);
  const plaus = marginPlausibility(margin, inv.marginPlausibility);
  const fairProducts = Math.max(0, Math.min(fairAI, trailing(v.trail, (r) => r.segments.aiProducts)));
  const fairCloud = Math.max(0, fairAI - fairProducts);
  // Product growth is priced only while the company's products can still grow (engine 2.4.0).
  const lastProducts = v.trail.length > 0 ? v.trail[v.trail.length - 1]!.segments.aiProducts : 0;
  const growthRoom = productsGrowthRoom(v.productSpend, lastProducts, scenario);
  const productsMultiple = (company.valuation.growthMultiple ?? inv.growthMultiple) * growthRoom;
  const multiples = fairProducts * productsMultiple + fairCloud * cloudGrowthMultiple(v.cloudReputation, scenario);
  const growth = multiples * gf * plaus;

  const sf = 1 + inv.sentimentWeight * v.sentiment;
  const circShare = circularShare(v.trail);
  const circRate = circularDiscountRate(v.mood, v.attention, inv.circular);
  const story = (franchise + growth) * sf;
  const gross = Math.max(0, earningsValue) + story;
  const circValue = circShare * circRate * gross;
  const { excess, unbacked } = capexExcess(v.trail, inv.capexPenalty);
  const penaltyValue = Math.min(inv.capexPenalty.valuePerExcess * excess, inv.capexPenalty.maxShare * gross);

  const coreEarningsValue = CORE_SEGMENTS.reduce((s, seg) => s + segments[seg], 0) / (ccf || 1) - franchise;
  const aiValue = earningsValue - coreEarningsValue + growth;
  const aiRev = trailing(v.trail, (r) => r.aiRevenue);
  const productsRev = trailing(v.trail, (r) => r.segments.aiProducts);
  segments.aiProducts = aiRev > 0 ? (ccf * aiValue * productsRev) / aiRev : 0;
  segments.cloudAI = aiRev > 0 ? ccf * aiValue - segments.aiProducts : ccf * aiValue;

  const ev = ccf * (earningsValue + story - circValue - penaltyValue);
  const equity = ev + v.cash - v.debt;
  const sharePrice = v.shares > 0 ? Math.max(0, equity) / v.shares : 0;
  const marketCap = sharePrice * v.shares;
  const tsr = v.startSharePrice > 0 ? sharePrice / v.startSharePrice - 1 : 0;
  const before = ccf * gross;
  const penaltyShare = before > 0 ? (ccf * penaltyValue) / before : 0;
  return {
    segments,
    aiProductsGrowth: aiProductsYoY(v.trail),
    growthFactor: gf,
    growthRoom,
    capexPenalty: penaltyShare,
    unbackedShare: unbacked,
    capexFactor: 1 - penaltyShare,
    moodFactor: ccf,
    sentimentFactor: sf,
    costOfCapital: k,
    earnings,
    earningsValue: ccf * earningsValue,
    franchiseValue: ccf * franchise,
    growthValue: ccf * growth,
    marginPlausibility: plaus,
    aiMargin: margin,
    capexPenaltyValue: ccf * penaltyValue,
    circularShare: circShare,
    circularDiscount: circRate,
    circularDiscountValue: ccf * circValue,
    ev,
    equity,
    sharePrice,
    marketCap,
    tsr,
  };
}
