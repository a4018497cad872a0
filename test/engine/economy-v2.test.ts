import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, companyHistory, createMatch, type MatchState, type Orders, type Role } from '../../shared/index';
import { runBotMatch } from '../../shared/bots/runner';
import { allSteady, companyReport, newMatch, play, quietScenario, step } from './helpers';
import { at, must } from '../../shared/lists';

// GAME.md 12.1 invariants as properties over many inputs, and the engine 2 mechanisms (second-hand
// chips, vendor financing, circular share) end to end.

const tsr = (s: MatchState, r: Role) => s.companies[r].sharePrice / s.companies[r].startSharePrice - 1;

function reciprocal(a: Role, b: Role, cu: number, price: number): (s: MatchState) => Partial<Record<Role, Orders>> {
  return (s) => {
    const o = allSteady(s);
    const terms = (seller: Role, buyer: Role) => ({ seller, buyer, cuPerQuarter: cu, pricePerCU: price, quarters: 6 });
    if (s.quarter === 0) {
      o[a] = { ...o[a]!, deals: { propose: [terms(a, b)], accept: [], reject: [] } };
      o[b] = { ...o[b]!, deals: { propose: [terms(b, a)], accept: [], reject: [] } };
    }
    if (s.quarter === 1) {
      const open = (from: Role) => s.proposals.filter((p) => p.from === from && p.status === 'open').map((p) => p.id);
      o[a] = { ...o[a]!, deals: { propose: [], accept: open(b), reject: [] } };
      o[b] = { ...o[b]!, deals: { propose: [], accept: open(a), reject: [] } };
    }
    return o;
  };
}

describe('economy v2 invariants', () => {
  it('no value from transfers: any reciprocal deal between two clouds leaves both TSRs within ±2 points', () => {
    const clouds: Role[] = ['microsoft', 'amazon', 'google'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 2 }), fc.double({ min: 0.2, max: 1.5, noNaN: true }), fc.double({ min: 1, max: 30, noNaN: true }), (i, j, cu, price) => {
        const a = at(clouds, i, 'cloud');
        const b = at(clouds, (i + j) % 3, 'cloud');
        const s0 = newMatch({ seed: `wash-${i}-${j}` });
        const base = play(s0, 8).state;
        const wash = play(s0, 8, reciprocal(a, b, cu, price)).state;
        expect(wash.contracts.filter((c) => c.proposalId !== undefined)).toHaveLength(2);
        for (const r of [a, b]) expect(Math.abs(tsr(wash, r) - tsr(base, r))).toBeLessThanOrEqual(0.02);
      }),
      { numRuns: 6, seed: 11 },
    );
  });

  it('players move prices: with neutral events, all seats building hard make chips scarce in at least 10% of quarters', () => {
    let scarce = 0;
    let quarters = 0;
    for (const seed of ['build-1', 'build-2', 'build-3']) {
      const m = runBotMatch({ scenario: quietScenario(), seed, seats: { openai: 'builder', meta: 'builder', microsoft: 'builder', amazon: 'builder', google: 'builder' } });
      for (const r of m.reports) {
        quarters++;
        if (r.chips.scarce) scarce++;
      }
    }
    expect(scarce / quarters).toBeGreaterThanOrEqual(0.1);
  });

  it('second-hand chips: the oldest sell first, for less than new ones, and outside buyers need fewer new chips', () => {
    const s0 = newMatch();
    const before = s0.companies.meta.cohorts.map((k) => ({ vintage: k.vintage, gw: k.gw }));
    const o = allSteady(s0);
    o.meta = { ...o.meta!, sellChips: { gw: 1 } };
    const out = play(s0, 1, () => o);
    const r = must(out.reports[0], 'the quarter report');
    const sale = r.chips.secondHand.find((x) => x.role === 'meta')!;
    expect(sale.gw).toBe(1);
    expect(sale.proceeds / sale.gw).toBeLessThan(0.5 * s0.global.chipListPrice);
    const oldest = Math.min(...before.map((k) => k.vintage));
    const left = out.state.companies.meta.cohorts.filter((k) => k.vintage === oldest).reduce((x, k) => x + k.gw, 0);
    expect(left).toBeCloseTo(before.filter((k) => k.vintage === oldest).reduce((x, k) => x + k.gw, 0) - 1, 9);
    expect(r.chips.neutralDemandAtList).toBeLessThan(s0.global.neutralChipDemand);
    const m = companyReport(r, 'meta');
    expect(m.cashFlow.lines.find((l) => l.key === 'finance.chipSale')!.amount).toBeCloseTo(sale.proceeds, 9);
    expect(m.capacity.secondHandPricePerGW).toBeGreaterThan(0);
    expect(m.capacity.secondHandPricePerGW).toBeLessThan(s0.global.chipListPrice);
  });

  it('vendor financing: equity now at the market price, chips taken at the committed price later, circular share shown', () => {
    let s = createMatch(quietScenario((x) => void (x.vendorFinancing.offerProbability = 1)), {}, 'vendor');
    const offer = s.companies.openai.vendorOffer!;
    expect(offer).toMatchObject({ quarter: 0, pricePerGW: s.global.chipListPrice });
    const price0 = s.companies.openai.sharePrice;
    const shares0 = s.companies.openai.shares;
    const o = allSteady(s);
    o.openai = { ...o.openai!, vendorFinancing: { accept: true } };
    const r0 = play(s, 1, () => o);
    s = r0.state;
    expect(s.companies.openai.shares).toBeCloseTo(shares0 + offer.equity / price0, 9);
    const report0 = must(r0.reports[0], 'the quarter report');
    expect(report0.chips.committed).toEqual([{ role: 'openai', gw: offer.gwPerQuarter, price: offer.pricePerGW }]);
    const c = companyReport(report0, 'openai');
    expect(c.vendorFinancing.accepted).toMatchObject({ equity: offer.equity, gwPerQuarter: offer.gwPerQuarter });
    expect(c.valuation.circularShare).toBeGreaterThan(0);
    expect(companyHistory(r0.reports, 'openai')[0]!.circularShare).toBeCloseTo(c.valuation.circularShare, 12);
    // The commitment keeps ordering chips at the fixed price for its quarters.
    const r1 = play(s, 1);
    expect(r1.reports[0]?.chips.committed.find((x) => x.role === 'openai')?.gw).toBe(offer.gwPerQuarter);
    // A bubble call makes investors notice: the discount on the circular share grows.
    const calm = step(s, allSteady(s)).report;
    const noticed = step(s, allSteady(s), [{ id: 'bubbleCall' }]).report;
    expect(companyReport(noticed, 'openai').valuation.circularDiscount).toBeGreaterThan(companyReport(calm, 'openai').valuation.circularDiscount + 0.2);
  });

  it('vendor financing is validated: accepting without an open offer names the field', () => {
    const s = createMatch(quietScenario((x) => void (x.vendorFinancing.offerProbability = 0)), {}, 'no-offer');
    const o = { ...allSteady(s).meta!, vendorFinancing: { accept: true } };
    expect(() => play(s, 1, () => ({ meta: o }))).toThrow(/vendorFinancing\.accept: there is no open vendor-financing offer for meta/);
  });

  it('the same default-scenario match is deterministic', () => {
    const a = play(createMatch(DEFAULT_SCENARIO, {}, 'det'), 6).reports.map((r) => r.hash);
    const b = play(createMatch(DEFAULT_SCENARIO, {}, 'det'), 6).reports.map((r) => r.hash);
    expect(a).toEqual(b);
  });
});
