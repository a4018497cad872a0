import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type Scenario, type TrailRow } from '../../shared/index';
import { growthRoomOf, productsGrowthRoom } from '../../shared/engine/model/maturity';
import { valuation, type ValuationInput } from '../../shared/engine/model/valuation';
import { valuationInput } from './helpers';

// Engine 2.4.0 (docs/ECONOMY.md section 7 item 26): investors price growth on AI product revenue only
// while it can still grow. As AI product spend saturates, the product growth multiple fades with the
// market's growth room, except for the part a company small enough to win share still has. Before,
// a lab that won the product race kept a young market's 39× multiple for ten years.

const curve = DEFAULT_SCENARIO.maturity.productSpend; // knee 100, ceiling 400
const full = DEFAULT_SCENARIO.investors.saturatedShare!;

/** Five quarters of a lab selling `products` $B of AI products a quarter (flat: growth factor at its base). */
function labTrail(products: number): TrailRow[] {
  return [0, 1, 2, 3, 4].map((q) => ({
    quarter: q,
    segments: { ads: 0, software: 0, retail: 0, cloudNonAI: 0, cloudAI: 0, aiProducts: products },
    revenue: products,
    aiRevenue: products,
    cloudRevenue: 0,
    capex: 0,
    ebitda: products / 4,
    depreciation: 0,
    seatIn: 0,
    seatInFair: 0,
    circular: 0,
    computeBought: 0,
    fairAIRevenue: products,
    aiServedCost: products / 2,
    coreEarnings: 0,
    vendorEquity: 0,
  }));
}

// A product lab: its AI revenue is products, not cloud rentals.
const input = (products: number, productSpend: number): ValuationInput => valuationInput(labTrail(products), { cloudReputation: 0, productSpend });
const openai = DEFAULT_SCENARIO.companies.openai;

describe('growth room of a saturating market', () => {
  it('is 1 up to the knee, 0 from the ceiling, and the remaining relative growth against the knee\'s in between', () => {
    expect(growthRoomOf(12.5, curve)).toBe(1);
    expect(growthRoomOf(100, curve)).toBe(1);
    // At $250B the market can still grow by 60%; at the knee it could triple (+300%): a fifth of the room.
    expect(growthRoomOf(250, curve)).toBeCloseTo(0.6 / 3, 12);
    expect(growthRoomOf(400, curve)).toBe(0);
    expect(growthRoomOf(900, curve)).toBe(0);
    // Faster than maturity: halfway from knee to ceiling a third of the room is left, not a half.
    expect(growthRoomOf(250, curve)).toBeLessThan(0.5);
  });

  it('leaves a company the room it has to win share: all of it for a small seller, none from the saturated share up', () => {
    const spend = 250;
    const market = growthRoomOf(spend, curve);
    expect(productsGrowthRoom(spend, 0, DEFAULT_SCENARIO)).toBe(1);
    expect(productsGrowthRoom(spend, full * spend, DEFAULT_SCENARIO)).toBeCloseTo(market, 12);
    expect(productsGrowthRoom(spend, 0.9 * spend, DEFAULT_SCENARIO)).toBeCloseTo(market, 12);
    expect(productsGrowthRoom(spend, (full / 2) * spend, DEFAULT_SCENARIO)).toBeCloseTo(market + (1 - market) / 2, 12);
    // Below the knee nothing fades, whatever the share.
    expect(productsGrowthRoom(80, 60, DEFAULT_SCENARIO)).toBe(1);
  });

  it('fades nothing in a scenario without saturatedShare (engine 2.3 rules)', () => {
    const { saturatedShare: _, ...investors } = DEFAULT_SCENARIO.investors;
    const old: Scenario = { ...DEFAULT_SCENARIO, investors };
    expect(productsGrowthRoom(350, 300, old)).toBe(1);
  });
});

describe('valuation of product revenue in a saturating market', () => {
  it('prices the product race winner\'s growth like the market it leads: it fades to nothing at the ceiling', () => {
    // $150B a quarter: 60% of a $250B market, 37.5% of a saturated $400B one (above saturatedShare).
    const young = valuation(input(150, 95), DEFAULT_SCENARIO, openai);
    const maturing = valuation(input(150, 250), DEFAULT_SCENARIO, openai);
    const saturated = valuation(input(150, 400), DEFAULT_SCENARIO, openai);
    expect(young.growthValue).toBeGreaterThan(0);
    expect(maturing.growthValue / young.growthValue).toBeCloseTo(growthRoomOf(250, curve), 9);
    expect(saturated.growthValue).toBe(0);
    // Earnings are valued as before: only the growth priced on top of them fades.
    expect(saturated.earningsValue).toBeCloseTo(young.earningsValue, 9);
  });

  it('keeps most of a small seller\'s growth in the same market', () => {
    const small = valuation(input(10, 250), DEFAULT_SCENARIO, openai);
    const smallYoung = valuation(input(10, 95), DEFAULT_SCENARIO, openai);
    const room = productsGrowthRoom(250, 10, DEFAULT_SCENARIO);
    expect(room).toBeGreaterThan(0.8);
    expect(small.growthValue / smallYoung.growthValue).toBeCloseTo(room, 9);
  });

  it('leaves quarter 0 as calibrated: the product market starts far below its knee', () => {
    expect(DEFAULT_SCENARIO.products.spend).toBeLessThan(curve.knee);
    const v = valuation(input(4, DEFAULT_SCENARIO.products.spend), DEFAULT_SCENARIO, openai);
    const unfaded = valuation(input(4, 0), DEFAULT_SCENARIO, openai);
    expect(v.growthValue).toBe(unfaded.growthValue);
  });
});
