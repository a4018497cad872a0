import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../shared/index';
import { expectedGrowthShare, marketMaturity, maturityOf } from '../../shared/engine/model/maturity';
import { fundedSteady, newMatch, play, quietScenario, step } from './helpers';

// Markets that saturate (engine 2.3.0, docs/ECONOMY.md section 7 item 23): outside cloud demand, AI
// product spend and core lines grow at full rate up to a knee and not at all from a ceiling, and the
// mood's growth target fades with the outside markets' maturity. 12-quarter matches stay below the
// outside markets' knees, so mood and AI demand play as before.

describe('market maturity', () => {
  it('is 0 up to the knee, 1 from the ceiling and linear in between', () => {
    const curve = { knee: 80, ceiling: 480 };
    expect(maturityOf(10, curve)).toBe(0);
    expect(maturityOf(80, curve)).toBe(0);
    expect(maturityOf(180, curve)).toBeCloseTo(0.25, 12);
    expect(maturityOf(480, curve)).toBe(1);
    expect(maturityOf(5000, curve)).toBe(1);
    expect(maturityOf(99, { knee: 100, ceiling: 100 })).toBe(0);
    expect(maturityOf(100, { knee: 100, ceiling: 100 })).toBe(1);
  });

  it('fades the expected growth to nothing as both outside markets saturate', () => {
    expect(expectedGrowthShare({ products: 0, cloud: 0 })).toBe(1);
    expect(expectedGrowthShare({ products: 1, cloud: 0.5 })).toBeCloseTo(0.25, 12);
  });

  it('stays at 0 through a 12-quarter match at the 2025 pace, so short matches play as before', () => {
    // 11 quarters: the growth applied after the 12th quarter is never valued in a 12-quarter match.
    const { state, reports } = play(newMatch(), 11, fundedSteady);
    expect(reports).toHaveLength(11);
    expect(marketMaturity(state.global, state.scenario)).toEqual({ products: 0, cloud: 0 });
    // Core lines: only the fast-growing non-AI clouds pass their knee within 12 quarters.
    const ratio = (role: 'meta' | 'microsoft', seg: string) =>
      state.companies[role].coreLines.find((l) => l.segment === seg)!.base / state.scenario.companies[role].coreLines.find((l) => l.segment === seg)!.base;
    expect(ratio('meta', 'ads')).toBeLessThan(state.scenario.maturity.coreLines.knee);
    expect(ratio('microsoft', 'software')).toBeLessThan(state.scenario.maturity.coreLines.knee);
  });

  it('stops outside demand and core lines growing at their ceilings', () => {
    const sc = DEFAULT_SCENARIO.maturity;
    const s0 = newMatch();
    s0.global.cloudDref = sc.cloudDemand.ceiling;
    s0.global.aiProductSpend = sc.productSpend.ceiling;
    const ms = s0.companies.microsoft.coreLines.find((l) => l.segment === 'software')!;
    ms.base *= sc.coreLines.ceiling;
    const before = ms.base;
    const { state } = step(s0, {});
    expect(state.global.cloudDref).toBe(sc.cloudDemand.ceiling);
    expect(state.global.aiProductSpend).toBe(sc.productSpend.ceiling);
    expect(state.companies.microsoft.coreLines.find((l) => l.segment === 'software')!.base).toBe(before);
    // Below its knee another line still grows at its own rate.
    expect(state.companies.microsoft.coreLines.find((l) => l.segment === 'cloudNonAI')!.base).toBeCloseTo(20 * 1.05, 9);
    // Halfway from knee to ceiling, at half its rate.
    const s1 = newMatch();
    const ads = s1.companies.meta.coreLines.find((l) => l.segment === 'ads')!;
    ads.base *= (sc.coreLines.knee + sc.coreLines.ceiling) / 2;
    const adsBefore = ads.base;
    const after = step(s1, {}).state.companies.meta.coreLines.find((l) => l.segment === 'ads')!;
    expect(after.base).toBeCloseTo(adsBefore * (1 + ads.growth / 2), 9);
  });

  it('halfway to the ceiling, outside cloud demand grows at half its rate', () => {
    const sc = DEFAULT_SCENARIO.maturity.cloudDemand;
    const s0 = newMatch();
    const half = (sc.knee + sc.ceiling) / 2;
    s0.global.cloudDref = half;
    const { state } = step(s0, {});
    expect(state.global.cloudDref).toBeCloseTo(half * (1 + DEFAULT_SCENARIO.cloud.drefGrowth / 2), 9);
  });

  it('a mood growth target that fades with maturity: saturated markets do not pin mood at 0', () => {
    const sc = quietScenario();
    const s0 = newMatch({ scenario: sc });
    s0.global.cloudDref = sc.maturity.cloudDemand.ceiling;
    s0.global.aiProductSpend = sc.maturity.productSpend.ceiling;
    const young = step(newMatch({ scenario: sc }), {}).report.mood.causes.find((c) => c.key === 'growth')!.amount;
    const old = step(s0, {}).report.mood.causes.find((c) => c.key === 'growth')!.amount;
    // The growth cause no longer subtracts the 11.5% target: it rises by growthWeight × target.
    expect(old - young).toBeGreaterThan(sc.mood.growthWeight * sc.mood.growthTarget * 0.5);
  });
});
