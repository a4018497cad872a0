import { clamp, powInt } from '../../math/index';
import { SEGMENTS } from '../scenario-schema';
import type { Scenario } from '../scenario-types';
import type { Segment, TrailRow, ValuationReport } from '../types';
import { moodFactor } from './finance';

// Investors (GAME.md 5.13): EV = Σ trailing-4q segment revenue × multiple, times the capex
// penalty, the mood factor and the sentiment factor; equity = EV + cash − debt.

export function lastN<T>(xs: readonly T[], n: number): T[] {
  return xs.slice(Math.max(0, xs.length - n));
}

export function trailing(trail: readonly TrailRow[], pick: (r: TrailRow) => number, n = 4): number {
  return lastN(trail, n).reduce((s, r) => s + pick(r), 0);
}

/**
 * Year-over-year growth of AI product revenue: the trailing four quarters against the four before
 * (GAME.md 5.13 values on trailing 4q). One unusual quarter (an efficiency breakthrough, a cloud
 * going live) then moves it by about a quarter of its size, in the quarter it happens and again when
 * it leaves the comparison window, instead of swinging it twice a year apart by its full size as a
 * single-quarter comparison did ("base effects").
 * A match starts with five quarters on record (the scenario's 2025), so for its first quarters the
 * earlier window is taken fewer quarters back and the ratio is annualized: 5 rows → one quarter back,
 * ratio⁴; 6 or 7 rows → two quarters back, ratio²; 8 rows → four quarters back, the ratio itself.
 * With fewer than five rows there is no trailing year to compare and the growth is 0.
 */
export function aiProductsYoY(trail: readonly TrailRow[]): number {
  const n = trail.length;
  const back = n >= 8 ? 4 : n >= 6 ? 2 : n === 5 ? 1 : 0;
  if (back === 0) return 0;
  const windowSum = (end: number) => trail.slice(end - 4, end).reduce((s, r) => s + r.segments.aiProducts, 0);
  const now = windowSum(n);
  const before = windowSum(n - back);
  if (before <= 0) return now > 0 ? 10 : 0;
  return powInt(now / before, 4 / back) - 1;
}

export function growthFactor(yoy: number, p: Scenario['investors']['growthFactor']): number {
  return clamp(p.base + p.slope * yoy, p.min, p.max);
}

/** Unbacked capex share u and the penalty factor 1 − clamp(slope × (u − threshold), 0, max). */
export function capexPenalty(trail: readonly TrailRow[], p: Scenario['investors']['capexPenalty']): { unbacked: number; factor: number } {
  const capex = trailing(trail, (r) => r.capex);
  const cloud = trailing(trail, (r) => r.cloudRevenue);
  const revenue = trailing(trail, (r) => r.revenue);
  const excess = Math.max(0, capex - p.cloudBacking * cloud);
  const unbacked = revenue > 0 ? excess / revenue : excess > 0 ? 10 : 0;
  return { unbacked, factor: 1 - clamp(p.slope * (unbacked - p.threshold), 0, p.max) };
}

export interface ValuationInput {
  trail: readonly TrailRow[];
  cash: number;
  debt: number;
  shares: number;
  mood: number;
  sentiment: number;
  startSharePrice: number;
}

export function valuation(v: ValuationInput, scenario: Scenario, overrides: Partial<Record<Segment, number>> = {}): ValuationReport {
  const inv = scenario.investors;
  const segments = {} as Record<Segment, number>;
  let base = 0;
  const growth = aiProductsYoY(v.trail);
  const gf = growthFactor(growth, inv.growthFactor);
  for (const seg of SEGMENTS) {
    const rev = trailing(v.trail, (r) => r.segments[seg]);
    const value = rev * (overrides[seg] ?? inv.multiples[seg]) * (seg === 'aiProducts' ? gf : 1);
    segments[seg] = value;
    base += value;
  }
  const pen = capexPenalty(v.trail, inv.capexPenalty);
  const mf = moodFactor(v.mood, inv.moodFactor);
  const sf = 1 + inv.sentimentWeight * v.sentiment;
  const ev = base * pen.factor * mf * sf;
  const equity = ev + v.cash - v.debt;
  const sharePrice = v.shares > 0 ? Math.max(0, equity) / v.shares : 0;
  const marketCap = sharePrice * v.shares;
  const tsr = v.startSharePrice > 0 ? sharePrice / v.startSharePrice - 1 : 0;
  return {
    segments,
    aiProductsGrowth: growth,
    growthFactor: gf,
    capexPenalty: 1 - pen.factor,
    unbackedShare: pen.unbacked,
    moodFactor: mf,
    sentimentFactor: sf,
    ev,
    equity,
    sharePrice,
    marketCap,
    tsr,
  };
}
