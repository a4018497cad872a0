import { clamp } from '../../math/index';
import type { Scenario } from '../scenario-types';
import type { GlobalState } from '../types';

// Markets that saturate (engine 2.3.0): outside demand for rented compute, AI product spend and each
// core business line grow at their full rates up to a knee, then ever more slowly until they stop at
// a ceiling, and investors expect less growth from markets that are saturating (the mood's growth
// target fades with them). Below the knees nothing changes, so 12-quarter matches play as before;
// over 20 and 40 quarters outside demand no longer grows 11% a quarter for ever.

type Maturity = Scenario['maturity'];
export type MaturityCurve = Maturity['cloudDemand'];

/** 0 at or below the knee, 1 at or above the ceiling, linear in between. */
export function maturityOf(level: number, curve: MaturityCurve): number {
  if (curve.ceiling <= curve.knee) return level >= curve.ceiling ? 1 : 0;
  return clamp((level - curve.knee) / (curve.ceiling - curve.knee), 0, 1);
}

export interface MarketMaturity {
  /** Maturity of AI product spend (0 young … 1 saturated). */
  products: number;
  /** Maturity of outside demand for rented compute. */
  cloud: number;
}

export function marketMaturity(g: Pick<GlobalState, 'aiProductSpend' | 'cloudDref'>, sc: Pick<Scenario, 'maturity'>): MarketMaturity {
  return { products: maturityOf(g.aiProductSpend, sc.maturity.productSpend), cloud: maturityOf(g.cloudDref, sc.maturity.cloudDemand) };
}

/** Share of the mood's growth target investors still expect: the markets' mean youth (1 − maturity). */
export function expectedGrowthShare(m: MarketMaturity): number {
  return 1 - (clamp(m.products, 0, 1) + clamp(m.cloud, 0, 1)) / 2;
}
