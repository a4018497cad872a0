import { describe, expect, it } from 'vitest';
import { companyHistory, reduce, standings } from '../../shared/index';
import { companyReport, line, newMatch, orders, quietScenario, step } from './helpers';

describe('distress and bankruptcy', () => {
  it('a cash shortfall is first covered by the revolver (up to 4 × trailing EBITDA) at spread + 3%, repaid later', () => {
    const s = newMatch({ scenario: quietScenario((x) => (x.companies.meta.cash = 1)) });
    // 3 GW of chips ordered now are paid on delivery next quarter (D = 3 + 3 = S → $32B/GW).
    const r0 = step(s, { meta: orders(s, 'meta', { chips: { gw: 3, maxPricePerGW: 0 } }) });
    expect(r0.report.chips.price).toBeCloseTo(32, 9);
    const r = step(r0.state);
    const m = companyReport(r.report, 'meta');
    expect(-line(m.cashFlow.lines, 'capex.chips')).toBeCloseTo(96, 12);
    const draw = line(m.cashFlow.lines, 'distress.revolver');
    const before = m.cashFlow.opening + m.cashFlow.lines.filter((l) => !l.key.startsWith('distress.')).reduce((x, l) => x + l.amount, 0);
    expect(before).toBeLessThan(-30);
    expect(draw).toBeCloseTo(-before, 9);
    expect(r.state.companies.meta.cash).toBeGreaterThanOrEqual(0);
    expect(r.state.companies.meta.cash).toBeLessThan(1e-9);
    expect(r.state.companies.meta.revolver).toBeCloseTo(draw, 12);
    const t0 = r0.state.companies.meta.trail;
    const e4 = t0.at(-3)!.ebitda + t0.at(-2)!.ebitda + t0.at(-1)!.ebitda + m.pnl.ebitda;
    const rate = 0.04 + (0.01 + 0.06 * (29 / e4) + 0.03 * (1 - r0.state.global.mood / 100)) + 0.03;
    expect(r.state.companies.meta.revolverRate).toBeCloseTo(rate, 12);
    expect(m.distress).toEqual(['revolver']);
    expect(r.report.news.some((n) => n.key === 'news.distress.revolver' && n.role === 'meta')).toBe(true);
    expect(r.state.companies.meta.bankrupt).toBe(false);
    // Next quarter the revolver accrues interest and is repaid from cash above $5B.
    const r2 = step(r.state);
    const m2 = companyReport(r2.report, 'meta');
    expect(m2.pnl.interest).toBeCloseTo((29 * 0.045 + draw * rate) / 4, 10);
    const repaid = -line(m2.cashFlow.lines, 'distress.revolverRepaid');
    expect(repaid).toBeGreaterThan(0);
    expect(r2.state.companies.meta.cash).toBeCloseTo(5, 9);
    expect(r2.state.companies.meta.revolver).toBeCloseTo(draw - repaid, 9);
  });

  it('without revolver room: an automatic emergency equity raise at a 40% discount, sentiment −0.3', () => {
    const s = newMatch({ scenario: quietScenario((x) => (x.companies.openai.cash = 4)) });
    const p0 = s.companies.openai.sharePrice;
    const r = step(s);
    const o = companyReport(r.report, 'openai');
    expect(line(o.cashFlow.lines, 'distress.revolver')).toBe(0); // negative EBITDA: no revolver
    const flow = o.cashFlow.lines.filter((l) => !l.key.startsWith('distress.')).reduce((x, l) => x + l.amount, 0);
    const shortfall = -(4 + flow);
    // Engine 2: at most (base + mood share × M/100) of its equity value at the start of the quarter.
    const d = s.scenario.distress;
    const capacity = (d.emergencyMaxShareBase + (d.emergencyMaxShareMood * s.global.mood) / 100) * p0 * 10;
    expect(shortfall).toBeLessThan(capacity);
    const amount = Math.min(capacity, shortfall + Math.max(2, 2 * -flow));
    expect(line(o.cashFlow.lines, 'distress.emergencyEquity')).toBeCloseTo(amount, 10);
    expect(r.state.companies.openai.shares).toBeCloseTo(10 + amount / (p0 * 0.6), 10);
    expect(r.state.companies.openai.cash).toBeCloseTo(amount - shortfall, 10);
    expect(line(o.sentiment.causes, 'distress.emergencyEquity')).toBe(-0.3);
    expect(o.distress).toEqual(['emergencyEquity']);
    expect(r.report.news.some((n) => n.key === 'news.distress.emergencyRaise')).toBe(true);
  });

  it('when the shortfall is more than investors will buy at once the company goes bankrupt: contracts end, contagion, TSR −100%', () => {
    // Engine 2: no market-wide mood threshold. OpenAI with $1B of cash and a 60 CU/q neutral-supplier
    // contract from the start is short by far more than (5% + 25% × M/100) of its equity value.
    const s = newMatch({ scenario: quietScenario((x) => {
      x.companies.openai.cash = 1;
      const k = x.contracts.starting.find((c) => c.seller === 'neutral' && c.buyer === 'openai')!;
      k.cuPerQuarter = 60;
      delete k.rampToCU;
      delete k.rampQuarters;
      x.contracts.neutral.capacity = 100; // it delivers in full (a short seller would pay OpenAI compensation)
    }) });
    const r = step(s);
    const o = companyReport(r.report, 'openai');
    expect(o.solvency.emergencyCapacity).toBe(0); // bankrupt: nothing left
    const flow = o.cashFlow.lines.filter((l) => !l.key.startsWith('distress.')).reduce((x, l) => x + l.amount, 0);
    expect(line(o.cashFlow.lines, 'distress.unpaid')).toBeCloseTo(-(1 + flow), 10);
    expect(r.state.companies.openai.cash).toBe(0);
    expect(r.state.companies.openai).toMatchObject({ bankrupt: true, bankruptQ: 0, sharePrice: 0 });
    expect(o.bankrupt).toBe(true);
    expect(o.valuation.tsr).toBe(-1);
    for (const c of r.state.contracts) expect(c).toMatchObject({ endQ: 0, endedEarlyQ: 0 });
    const ended = r.report.news.filter((n) => n.key === 'news.contract.ended');
    expect(ended.find((n) => n.params.seller === 'microsoft')!.params.lost).toBeCloseTo(1.5 * 3 * 15, 6);
    expect(r.report.mood.causes.find((c) => c.key === 'contagion')!.amount).toBe(-15);
    expect(r.report.news.map((n) => n.key)).toEqual(expect.arrayContaining(['news.distress.bankrupt', 'news.distress.contagion']));
    expect(standings(r.state).at(-1)).toMatchObject({ role: 'openai', tsr: -1, bankrupt: true });

    // Bankrupt stays bankrupt: no orders, no flows, contracts gone for the sellers.
    const again = reduce(r.state, { type: 'submitOrders', seat: 'openai', orders: orders(r.state, 'openai') });
    expect(again.ok).toBe(false);
    const r1 = step(r.state);
    expect(r1.report.companies.some((c) => c.role === 'openai')).toBe(false);
    expect(r1.state.companies.openai.bankrupt).toBe(true);
    expect(companyHistory([r.report, r1.report], 'openai').at(-1)).toMatchObject({ quarter: 1, bankrupt: true, tsr: -1, revenue: 0 });
    expect(line(companyReport(r1.report, 'microsoft').pnl.revenue, 'revenue.contracts')).toBe(0);
    expect(() => step(r1.state, { openai: orders(r1.state, 'openai') })).toThrow(/bankrupt/);
  });

  it('engine 2: a company that breaks its leverage covenant gets no emergency equity, whatever the mood', () => {
    // Meta with $1B of cash, $700B of debt, a small revolver and a quarter of chips to pay: the revolver is too small and
    // debt above 6 × trailing EBITDA means no investor buys its shares.
    const s = newMatch({ scenario: quietScenario((x) => {
      x.companies.meta.cash = 1;
      x.companies.meta.debt = 700;
      x.distress.revolverEbitdaMultiple = 0.5;
      x.mood.start = 90;
    }) });
    const r0 = step(s, { meta: orders(s, 'meta', { chips: { gw: 6, maxPricePerGW: 0 } }) });
    const r = step(r0.state);
    const m = companyReport(r.report, 'meta');
    expect(m.solvency.covenantBroken).toBe(true);
    expect(r.state.companies.meta.bankrupt).toBe(true);
    expect(m.distress).toEqual(expect.arrayContaining(['covenant', 'bankrupt']));
  });

  it('engine 2: solvency headroom = cash + revolver room + emergency capacity', () => {
    const r = step(newMatch());
    for (const c of r.report.companies) {
      const sv = c.solvency;
      expect(sv.headroom).toBeCloseTo(Math.max(0, c.cashFlow.closing) + sv.revolverRoom + sv.emergencyCapacity, 9);
      expect(sv.equityValue).toBeCloseTo(c.valuation.marketCap, 9);
    }
    expect(companyReport(r.report, 'meta').solvency.headroom).toBeGreaterThan(300);
  });
});
