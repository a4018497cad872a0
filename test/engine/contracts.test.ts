import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, reduce } from '../../shared/index';
import { efficiency } from '../../shared/engine/calendar';
import { contractCU } from '../../shared/engine/model/contracts';
import { companyReport, line, newMatch, orders, quietScenario, step } from './helpers';
import { exactly } from '../support/tuple';
import { must } from '../../shared/lists';

describe('contracts', () => {
  it("OpenAI's starting contracts: take-or-pay payments, receipts and the neutral ramp", () => {
    const s = newMatch();
    const neo = s.contracts.find((c) => c.seller === 'neutral')!;
    expect(contractCU(neo, 0)).toBe(1);
    // Engine 2 scenario: the ramp ends at 4 CU/q (GAME.md's 6 is a documented change, docs/ECONOMY.md section 7).
    expect(contractCU(neo, 5)).toBeCloseTo(1 + (5 * 3) / 11, 12);
    expect(contractCU(neo, 11)).toBe(4);
    expect(contractCU(neo, 20)).toBe(4);
    expect(contractCU(neo, 32)).toBe(0);
    const r = step(s);
    const o = companyReport(r.report, 'openai');
    expect(line(o.pnl.costs, 'cost.contracts')).toBeCloseTo(1.5 * 3 + 0.4 * 3 + 1 * 3.3, 12);
    expect(o.capacity.contractInCU).toBeCloseTo(2.9, 12);
    expect(line(companyReport(r.report, 'microsoft').pnl.revenue, 'revenue.contracts')).toBeCloseTo(4.5, 12);
    expect(line(companyReport(r.report, 'amazon').pnl.revenue, 'revenue.contracts')).toBeCloseTo(1.2, 12);
    expect(companyReport(r.report, 'microsoft').capacity.contractOutCU).toBeCloseTo(1.5, 12);
  });

  it('the buyer pays even for compute it leaves idle', () => {
    const s = newMatch();
    const r = step(s, { openai: orders(s, 'openai', { allocation: { training: 100, products: 0, cloud: 0 } }) });
    expect(line(companyReport(r.report, 'openai').pnl.costs, 'cost.contracts')).toBeCloseTo(9, 12);
  });

  it('a seller short of compute delivers pro rata and pays 1.5 × price per missing CU; sellers learn from OpenAI', () => {
    const sc = quietScenario((x) => {
      must(x.contracts.starting[0], 'the first starting contract').cuPerQuarter = 5;
    });
    const s = newMatch({ scenario: sc });
    const r = step(s);
    // Microsoft's own CU in Q1 2026 (engine 2: √√1.5 per quarter of vintage): 0.8 GW delivered 10 quarters
    // before the match, 1.6 GW 6 before, 2.6 GW 2 before, and the 0.8 GW delivered now.
    const e = (v: number) => efficiency(DEFAULT_SCENARIO, v);
    const own = 0.8 * e(-10) + 1.6 * e(-6) + 2.6 * e(-2) + 0.8;
    const ms = companyReport(r.report, 'microsoft');
    expect(ms.capacity.ownCU).toBeCloseTo(own, 12);
    expect(ms.capacity.contractOutCU).toBeCloseTo(own, 12);
    expect(ms.capacity.availableCU).toBeCloseTo(0, 12);
    const missing = 5 - own;
    expect(line(ms.pnl.costs, 'cost.shortfallPenalty')).toBeCloseTo(missing * 3 * 1.5, 10);
    expect(line(ms.pnl.revenue, 'revenue.contracts')).toBeCloseTo(15, 12);
    const oa = companyReport(r.report, 'openai');
    expect(line(oa.pnl.revenue, 'revenue.shortfallCompensation')).toBeCloseTo(missing * 4.5, 10);
    expect(line(oa.pnl.costs, 'cost.contracts')).toBeCloseTo(15 + 1.2 + 3.3, 10);
    expect(r.report.news.some((n) => n.key === 'news.contract.shortfall' && n.params.seller === 'microsoft')).toBe(true);
    // Learning on our dime: 0.02 × CU delivered to OpenAI; no training CU here.
    expect(r.state.companies.microsoft.quality).toBeCloseTo(6 * 0.96 + 0.02 * own, 10);
  });

  it('deals: a proposal shows to the counterparty, acceptance makes a contract starting next quarter', () => {
    const s0 = newMatch();
    const terms = { seller: 'google' as const, buyer: 'meta' as const, cuPerQuarter: 0.5, pricePerCU: 3.2, quarters: 4 };
    const p = reduce(s0, { type: 'proposeDeal', seat: 'meta', to: 'google', terms });
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    expect(p.state.proposals).toEqual([{ id: 'p1', from: 'meta', to: 'google', terms, proposedQ: 0, expiresQ: 2, status: 'open' }]);
    expect(s0.proposals).toEqual([]);
    const a = reduce(p.state, { type: 'respondDeal', seat: 'google', proposalId: 'p1', accept: true });
    if (!a.ok) throw new Error(JSON.stringify(a.errors));
    expect(a.state.contracts.at(-1)).toEqual({ id: 'k2', seller: 'google', buyer: 'meta', cuPerQuarter: 0.5, pricePerCU: 3.2, startQ: 1, endQ: 4, proposalId: 'p1' });
    const r0 = step(a.state);
    expect(line(companyReport(r0.report, 'meta').pnl.costs, 'cost.contracts')).toBe(0);
    const r1 = step(r0.state);
    expect(line(companyReport(r1.report, 'meta').pnl.costs, 'cost.contracts')).toBeCloseTo(1.6, 12);
    expect(line(companyReport(r1.report, 'google').pnl.revenue, 'revenue.contracts')).toBeCloseTo(1.6, 12);
    expect(r1.report.news.some((n) => n.key === 'news.contract.started')).toBe(true);
  });

  it('deals through orders: proposals at resolution, accepted the next quarter, and expiry after two planning phases', () => {
    const s0 = newMatch();
    const terms = { seller: 'amazon' as const, buyer: 'openai' as const, cuPerQuarter: 1, pricePerCU: 3, quarters: 8 };
    const r0 = step(s0, { openai: orders(s0, 'openai', { deals: { propose: [terms], accept: [], reject: [] } }) });
    const p = must(r0.state.proposals[0], 'the proposal');
    expect(p).toMatchObject({ from: 'openai', to: 'amazon', status: 'open', proposedQ: 0, expiresQ: 2 });
    const r1 = step(r0.state, { amazon: orders(r0.state, 'amazon', { deals: { propose: [], accept: [p.id], reject: [] } }) });
    expect(r1.state.proposals[0]?.status).toBe('accepted');
    expect(r1.state.contracts.at(-1)).toMatchObject({ seller: 'amazon', buyer: 'openai', startQ: 2, endQ: 9 });
    // An unanswered proposal expires.
    const r0b = step(s0, { meta: orders(s0, 'meta', { deals: { propose: [{ ...terms, buyer: 'meta' }], accept: [], reject: [] } }) });
    let st = r0b.state;
    st = step(st).state;
    expect(st.proposals[0]?.status).toBe('open');
    st = step(st).state;
    expect(st.proposals[0]?.status).toBe('expired');
  });

  it('one expiry rule for live and order proposals: made while planning t, open through quarter t + 2, expired when it resolves', () => {
    const s0 = newMatch();
    const terms = { seller: 'amazon' as const, buyer: 'meta' as const, cuPerQuarter: 1, pricePerCU: 3, quarters: 4 };
    expect(s0.scenario.contracts.proposalQuarters).toBe(2);
    // Live (reduce's proposeDeal) and in orders, both while quarter 0 is planned.
    const live = reduce(s0, { type: 'proposeDeal', seat: 'meta', to: 'amazon', terms });
    if (!live.ok) throw new Error(JSON.stringify(live.errors));
    const both = step(live.state, { meta: orders(live.state, 'meta', { deals: { propose: [terms], accept: [], reject: [] } }) }).state;
    expect(both.proposals.map((p) => [p.proposedQ, p.expiresQ, p.status])).toEqual([[0, 2, 'open'], [0, 2, 'open']]);
    // Still open while quarter 2 is planned: a live answer and an answer in quarter 2's orders both sign.
    const q2 = step(both).state;
    expect(q2.quarter).toBe(2);
    expect(q2.proposals.map((p) => p.status)).toEqual(['open', 'open']);
    const [a, b] = exactly(q2.proposals.map((p) => p.id), 2, 'proposal ids');
    const signedLive = reduce(q2, { type: 'respondDeal', seat: 'amazon', proposalId: a, accept: true });
    if (!signedLive.ok) throw new Error(JSON.stringify(signedLive.errors));
    expect(signedLive.state.contracts.at(-1)).toMatchObject({ proposalId: a, startQ: 3 });
    const signedInOrders = step(q2, { amazon: orders(q2, 'amazon', { deals: { propose: [], accept: [b], reject: [] } }) }).state;
    expect(signedInOrders.contracts.at(-1)).toMatchObject({ proposalId: b, startQ: 3 });
    // Unanswered, both expire when quarter 2 resolves.
    const q3 = step(q2).state;
    expect(q3.proposals.map((p) => p.status)).toEqual(['expired', 'expired']);
    const late = reduce(q3, { type: 'respondDeal', seat: 'amazon', proposalId: a, accept: true });
    expect(!late.ok && late.errors[0]?.message).toMatch(/is expired/);
  });

  it('the neutral supplier sells at ≥ 1.1 × the last cloud price within its free capacity, at once', () => {
    const s0 = newMatch();
    const cheap = reduce(s0, { type: 'proposeDeal', seat: 'meta', to: 'neutral', terms: { seller: 'neutral', buyer: 'meta', cuPerQuarter: 1, pricePerCU: 3.2, quarters: 4 } });
    expect(cheap.ok).toBe(false);
    if (!cheap.ok) expect(cheap.errors[0]?.message).toMatch(/at no less than 3\.3 per CU/);
    const big = reduce(s0, { type: 'proposeDeal', seat: 'meta', to: 'neutral', terms: { seller: 'neutral', buyer: 'meta', cuPerQuarter: 5, pricePerCU: 3.4, quarters: 4 } });
    expect(big.ok).toBe(false); // 0.8 × 6 − 1.4545 committed in quarter 1 leaves 3.35 CU
    const ok = reduce(s0, { type: 'proposeDeal', seat: 'meta', to: 'neutral', terms: { seller: 'neutral', buyer: 'meta', cuPerQuarter: 2, pricePerCU: 3.4, quarters: 4 } });
    if (!ok.ok) throw new Error(JSON.stringify(ok.errors));
    expect(ok.state.proposals[0]?.status).toBe('accepted');
    expect(ok.state.contracts.at(-1)).toMatchObject({ seller: 'neutral', buyer: 'meta', startQ: 1, endQ: 4 });
  });
});
