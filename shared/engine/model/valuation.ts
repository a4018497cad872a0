import { clamp } from '../../math/index';
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

/** Year-over-year growth of AI product revenue: last quarter vs the same quarter a year before. */
export function aiProductsYoY(trail: readonly TrailRow[]): number {
  if (trail.length === 0) return 0;
  const now = trail[trail.length - 1].segments.aiProducts;
  const then = trail[Math.max(0, trail.length - 5)].segments.aiProducts;
  if (then <= 0) return now > 0 ? 10 : 0;
  return now / then - 1;
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
  const gf = growthFactor(aiProductsYoY(v.trail), inv.growthFactor);
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
