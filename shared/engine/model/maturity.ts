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

/**
 * Growth still ahead of a market, as a share of what investors price in a young one (engine 2.4.0):
 * the market's remaining relative growth, (ceiling − level) ÷ level, against the same at the knee.
 * 1 up to the knee, 0 at the ceiling, and falling faster than maturity in between: halfway from
 * knee to ceiling the market can grow by a third of what it could at the knee, not by half.
 */
export function growthRoomOf(level: number, curve: MaturityCurve): number {
  if (level <= curve.knee) return 1;
  if (level >= curve.ceiling || curve.ceiling <= curve.knee) return 0;
  return clamp((curve.ceiling - level) / level / ((curve.ceiling - curve.knee) / curve.knee), 0, 1);
}

/**
 * Share of its product growth multiple investors still pay a company (engine 2.4.0): the growth room
 * of AI product spend, plus, for the rest, the room the company has to grow by winning share,
 * 1 − its share of this quarter's spend ÷ `investors.saturatedShare` (all of it for a small seller,
 * none from that share up). A lab that won the product race is priced like the saturating market it
 * leads instead of keeping a young market's multiple for ten years; a small one keeps its upside.
 * 1 while the market is below its knee, so 12-quarter matches and quarter 0 are unchanged.
 */
export function productsGrowthRoom(spend: number, companyProducts: number, sc: Pick<Scenario, 'maturity' | 'investors'>): number {
  const full = sc.investors.saturatedShare;
  if (full === undefined) return 1;
  const room = growthRoomOf(spend, sc.maturity.productSpend);
  const share = spend > 0 ? clamp(companyProducts / spend, 0, 1) : 0;
  return room + (1 - room) * (full > 0 ? clamp(1 - share / full, 0, 1) : 0);
}
