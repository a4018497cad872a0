import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, companyHistory, createMatch, playerView, resolveQuarter, type Orders, type Role } from '../../shared/index';
import { botStream, decideOrders, traitsFor } from '../../shared/bots';
import { avoidsCircles, investorBrake, readInvestors, roundTrip, type InvestorRead } from '../../shared/bots/investors';
import { addProposal } from '../../shared/engine/deals';
import { judgeProposal } from '../../shared/bots/deals';
import { readSituation } from '../../shared/bots/situation';
import { ROLES } from '../../shared/roles';
import { must } from '../../shared/lists';

// Personas and the v2 economy (issue 11 item 3): bots read the capex penalty, the cost of capital,
// their solvency headroom and circular money, and brake or stay out of round trips by persona.

const calm: InvestorRead = { capexPenalty: 0, costOfCapital: 0.1, costOfCapitalStart: 0.1, solvencyHeadroom: 1000, circularShare: 0, circularAttention: 0 };
const balanced = traitsFor('balanced', 'microsoft');
const builder = traitsFor('builder', 'microsoft');
const frugal = traitsFor('frugal', 'microsoft');

describe('investor signals', () => {
  it('no signal, no brake', () => {
    expect(investorBrake(calm, balanced, 10)).toBe(1);
  });

  it('a capex penalty brakes new capex, more for a cautious persona than for a builder', () => {
    const penalized = { ...calm, capexPenalty: 0.2 };
    const b = investorBrake(penalized, balanced, 10);
    expect(b).toBeLessThan(1);
    expect(investorBrake(penalized, frugal, 10)).toBeLessThan(b);
    expect(investorBrake(penalized, builder, 10)).toBeGreaterThan(b);
    expect(investorBrake({ ...calm, capexPenalty: 0.4 }, balanced, 10)).toBeLessThan(b);
  });

  it('a dearer cost of capital than at the start brakes, a cheaper one allows a little more', () => {
    expect(investorBrake({ ...calm, costOfCapital: 0.15 }, balanced, 10)).toBeLessThan(0.9);
    expect(investorBrake({ ...calm, costOfCapital: 0.08 }, balanced, 10)).toBeGreaterThan(1);
  });

  it('thin solvency headroom brakes every persona, even the one that ignores investors', () => {
    const thin = { ...calm, solvencyHeadroom: 5 };
    expect(investorBrake(thin, balanced, 20)).toBeLessThan(0.7);
    expect(investorBrake(thin, { ...builder, investorWeight: 0 }, 20)).toBeLessThan(0.85);
    expect(investorBrake({ ...calm, solvencyHeadroom: 100 }, balanced, 20)).toBe(1);
  });

  it('reads the engine 2 figures from the seat view', () => {
    let s = createMatch(DEFAULT_SCENARIO, {}, 'inv-read');
    const orders: Partial<Record<Role, Orders>> = {};
    for (const r of ROLES) orders[r] = decideOrders(playerView(s, r, []), r, 'classic', botStream(s.seed, 0, r), { scenario: DEFAULT_SCENARIO });
    const out = resolveQuarter(s, orders, []);
    s = out.state;
    const inv = readInvestors(playerView(s, 'meta', [out.report]), 'meta');
    const row = companyHistory([out.report], 'meta').at(-1)!;
    expect(inv.costOfCapital).toBe(row.costOfCapital);
    expect(inv.solvencyHeadroom).toBe(row.solvencyHeadroom);
    expect(inv.circularShare).toBe(row.circularShare);
    expect(inv.capexPenalty).toBe(out.report.companies.find((c) => c.role === 'meta')!.valuation.capexPenalty);
    expect(inv.costOfCapital).toBeGreaterThan(0);
  });

  it('careful personas stay out of round trips: a seat Microsoft sells to cannot sell back to it', () => {
    expect(avoidsCircles(calm, balanced)).toBe(true);
    expect(avoidsCircles(calm, builder)).toBe(false);
    expect(avoidsCircles({ ...calm, circularAttention: 0.5 }, builder)).toBe(true);

    // Microsoft sells to OpenAI from the start (scenario contract); OpenAI proposes to sell back.
    const s = createMatch(DEFAULT_SCENARIO, {}, 'inv-circle');
    expect(roundTrip(playerView(s, 'microsoft', []), 'openai', 'microsoft')).toBe(true);
    expect(roundTrip(playerView(s, 'microsoft', []), 'google', 'microsoft')).toBe(false);
    const withOffer = structuredClone(s);
    addProposal(withOffer, 'openai', { seller: 'openai', buyer: 'microsoft', cuPerQuarter: 0.2, pricePerCU: 3, quarters: 4 }, 0);
    const id = must(withOffer.proposals.at(-1), 'the added proposal').id;
    const view = playerView(withOffer, 'microsoft', []);
    const k = readSituation(view, 'microsoft', DEFAULT_SCENARIO);
    const proposal = withOffer.proposals.find((p) => p.id === id)!;
    // Microsoft wants compute (a gap of 5 CU) and the price is the market's: only the circle differs.
    const judge = (persona: 'balanced' | 'builder') => judgeProposal({ k, tr: traitsFor(persona, 'microsoft'), view, computeGapCU: 5, draws: [0, 0] }, proposal);
    expect(judge('builder')).toBe(true);
    expect(judge('balanced')).toBe(false);
    // Without the scenario contract, the balanced persona takes the same offer.
    const noCircle = structuredClone(withOffer);
    noCircle.contracts = noCircle.contracts.filter((c) => !(c.seller === 'microsoft' && c.buyer === 'openai'));
    const v2 = playerView(noCircle, 'microsoft', []);
    expect(judgeProposal({ k: readSituation(v2, 'microsoft', DEFAULT_SCENARIO), tr: traitsFor('balanced', 'microsoft'), view: v2, computeGapCU: 5, draws: [0, 0] }, proposal)).toBe(true);
    expect(decideOrders(view, 'microsoft', 'balanced', botStream(s.seed, 0, 'microsoft'), { scenario: DEFAULT_SCENARIO }).deals.accept).not.toContain(id);
  });

  it('balanced stays the baseline that exploits nothing: listens to investors, no circles, modest hype and markups', () => {
    for (const role of ROLES) {
      const tr = traitsFor('balanced', role);
      expect(tr.investorWeight).toBe(1);
      expect(avoidsCircles(calm, tr)).toBe(true);
      expect(tr.hypeChance).toBeLessThanOrEqual(0.1);
      expect(tr.maxBuyMarkup).toBeLessThanOrEqual(1.2);
      expect(tr.disciplineTalk).toBe(true);
    }
    // The personas differ in how much they listen.
    expect(new Set(['balanced', 'builder', 'cloud-first', 'frugal'].map((p) => traitsFor(p as 'balanced', 'meta').investorWeight)).size).toBe(4);
  });
});
