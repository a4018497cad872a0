import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, createMatch, resolveQuarter } from '../../../shared/engine';
import { valuation, type ValuationInput } from '../../../shared/engine/model/valuation';
import type { ValuationReport } from '../../../shared/engine/types';
import { notableCauses, shareMove, SHARE_CAUSES } from '../../../client/views/results/shareCauses';
import { allSteady } from '../../engine/helpers';
import { adjacentPairs, must } from '../../../shared/lists';

// "Why your share price moved": the causes add up to the move, a change in one input lands on its
// own cause, reports without the parts get no breakdown, and the engine's real reports split whole.

const start = createMatch(DEFAULT_SCENARIO, { quarters: 4 }, 'share-causes');
const google = start.companies.google;
const base: ValuationInput = {
  trail: google.trail,
  cash: google.cash,
  debt: google.debt,
  shares: google.shares,
  mood: DEFAULT_SCENARIO.mood.start,
  sentiment: google.sentiment,
  startSharePrice: google.startSharePrice,
  baseRate: DEFAULT_SCENARIO.money.baseRate,
  attention: 0,
  cloudReputation: google.cloud.reputation,
  productSpend: DEFAULT_SCENARIO.products.spend,
};
const value = (over: Partial<ValuationInput>): ValuationReport => valuation({ ...base, ...over }, DEFAULT_SCENARIO, DEFAULT_SCENARIO.companies.google);

function sum(xs: { amount: number }[]): number {
  return xs.reduce((s, x) => s + x.amount, 0);
}

describe('shareMove', () => {
  it('puts a cash change on "cash and debt" alone', () => {
    const m = shareMove(value({}), value({ cash: base.cash + 50 }), google.startSharePrice, google.shares);
    expect(m.causes).not.toBeNull();
    const byKey = Object.fromEntries(m.causes!.map((c) => [c.key, c.amount]));
    expect(byKey.netCash).toBeCloseTo(50 / google.shares, 9);
    for (const k of SHARE_CAUSES.filter((k) => k !== 'netCash')) expect(Math.abs(must(byKey[k], `cause ${k}`))).toBeLessThan(1e-9);
  });

  it('puts a darker mood on the cost of capital, and the causes add up to the move', () => {
    const m = shareMove(value({}), value({ mood: 20 }), google.startSharePrice, google.shares);
    const byKey = Object.fromEntries(m.causes!.map((c) => [c.key, c.amount]));
    expect(byKey.costOfCapital).toBeLessThan(0);
    expect(sum(m.causes!)).toBeCloseTo(m.after - m.before, 9);
    expect(m.change).toBeCloseTo(m.after / m.before - 1, 12);
  });

  it('puts a sentiment change on sentiment and new shares on dilution', () => {
    const m = shareMove(value({}), value({ sentiment: base.sentiment + 0.3, shares: base.shares * 1.1 }), google.startSharePrice, google.shares);
    const byKey = Object.fromEntries(m.causes!.map((c) => [c.key, c.amount]));
    expect(byKey.sentiment).toBeGreaterThan(0);
    expect(byKey.shares).toBeLessThan(0);
    expect(byKey.earnings).toBe(0);
    expect(sum(m.causes!)).toBeCloseTo(m.after - m.before, 9);
  });

  it('has no breakdown in the first quarter, only the move from the start price', () => {
    const after = value({ cash: base.cash + 10 });
    const m = shareMove(null, after, google.startSharePrice, google.shares);
    expect(m.causes).toBeNull();
    expect(m.before).toBe(google.startSharePrice);
    expect(m.change).toBeCloseTo(after.sharePrice / google.startSharePrice - 1, 12);
  });

  it('gives no breakdown for a report without the parts (engine 1 records) or whose parts do not rebuild its price', () => {
    const { franchiseValue: _drop, ...old } = value({});
    expect(shareMove(old, value({}), 1, google.shares).causes).toBeNull();
    const wrong = { ...value({}), franchiseValue: value({}).franchiseValue * 2 };
    expect(shareMove(value({}), wrong, 1, google.shares).causes).toBeNull();
  });

  it('splits the engine own reports whole, quarter after quarter, for every company', () => {
    let s = start;
    const reports = [];
    for (let q = 0; q < 3; q++) {
      const out = resolveQuarter(s, allSteady(s), []);
      s = out.state;
      reports.push(out.report);
    }
    for (const role of s.settings.activeSeats) {
      for (const [k, [prev, next]] of adjacentPairs(reports).entries()) {
        const i = k + 1;
        const before = prev.companies.find((c) => c.role === role)!.valuation;
        const after = next.companies.find((c) => c.role === role)!.valuation;
        const m = shareMove(before, after, s.companies[role].startSharePrice, s.companies[role].shares);
        expect(m.causes, `${role} q${i}`).not.toBeNull();
        expect(sum(m.causes!)).toBeCloseTo(after.sharePrice - before.sharePrice, 6);
      }
    }
  });
});

describe('notableCauses', () => {
  it('drops the causes below a tenth of a percent of the price and sorts the rest by size', () => {
    const m = { before: 100, after: 96, change: -0.04, causes: [
      { key: 'earnings' as const, amount: 1 },
      { key: 'franchise' as const, amount: 0.05 },
      { key: 'costOfCapital' as const, amount: -5 },
      { key: 'netCash' as const, amount: 0 },
    ] };
    expect(notableCauses(m).map((c) => c.key)).toEqual(['costOfCapital', 'earnings']);
    expect(notableCauses({ ...m, causes: null })).toEqual([]);
  });
});
