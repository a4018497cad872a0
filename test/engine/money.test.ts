import { describe, expect, it } from 'vitest';
import { companyReport, line, newMatch, orders, step } from './helpers';

describe('money', () => {
  it("Microsoft's Q1 2026 P&L line by line", () => {
    const s = newMatch();
    const r = step(s);
    const ms = companyReport(r.report, 'microsoft');
    const rev = (k: string) => line(ms.pnl.revenue, k);
    const cost = (k: string) => line(ms.pnl.costs, k);
    expect(rev('revenue.core.software')).toBe(45);
    expect(rev('revenue.core.cloudNonAI')).toBe(20);
    expect(rev('revenue.contracts')).toBeCloseTo(4.5, 12);
    expect(cost('cost.core')).toBeCloseTo(45 * 0.5 + 20 * 0.6, 12);
    expect(cost('cost.dataCenters')).toBeCloseTo(0.25 * 5.8, 12); // 5.8 GW shell, all in use
    expect(cost('cost.training')).toBeCloseTo(0.3 * ms.capacity.trainingCU, 12);
    expect(cost('cost.serving')).toBeCloseTo(0.1 * (rev('revenue.aiProducts') + rev('revenue.partnerShare')), 12);
    // Engine 2: contracts carry no sales cost (a dollar paid under one is a dollar of the seller's earnings).
    expect(cost('cost.cloudSales')).toBeCloseTo(0.08 * rev('revenue.cloud'), 12);
    const revenue = ms.pnl.revenue.reduce((x, l) => x + l.amount, 0);
    const costs = ms.pnl.costs.reduce((x, l) => x + l.amount, 0);
    expect(ms.pnl.ebitda).toBeCloseTo(revenue - costs, 12);
    // Chips: 20-quarter straight line on cost (0.8, 1.6, 2.6 GW at $32B and 0.8 GW delivered at $31B); shell $64B over 60.
    const dep = (0.8 * 32 + 1.6 * 32 + 2.6 * 32 + 0.8 * 31) / 20 + 64 / 60; // shells under construction are not depreciated yet
    expect(ms.pnl.depreciation).toBeCloseTo(dep, 12);
    expect(ms.pnl.interest).toBeCloseTo((43 * 0.03) / 4, 12);
    expect(ms.pnl.pretax).toBeCloseTo(ms.pnl.ebitda - dep - ms.pnl.interest, 12);
    expect(ms.pnl.tax).toBeCloseTo(0.15 * ms.pnl.pretax, 12);
    expect(ms.pnl.netIncome).toBeCloseTo(0.85 * ms.pnl.pretax, 12);
    // Capex: chips ordered in Q4 2025 delivered now, plus installments on three shells.
    expect(-line(ms.cashFlow.lines, 'capex.chips')).toBeCloseTo(0.8 * 31, 12);
    expect(-line(ms.cashFlow.lines, 'capex.dataCenters')).toBeCloseTo(3 * 2.2, 12);
    expect(ms.cashFlow.opening).toBe(102);
    expect(ms.cashFlow.closing).toBeCloseTo(102 + ms.cashFlow.lines.reduce((x, l) => x + l.amount, 0), 10);
    expect(r.state.companies.microsoft.cash).toBe(ms.cashFlow.closing);
  });

  it('equity raise at start-of-quarter price less the mood discount', () => {
    const s = newMatch();
    const p0 = s.companies.meta.sharePrice;
    const r = step(s, { meta: orders(s, 'meta', { finance: { raiseEquity: 20 } }) });
    const discount = 0.05 + 0.25 * (1 - 65 / 100);
    expect(r.state.companies.meta.shares).toBeCloseTo(2.52 + 20 / (p0 * (1 - discount)), 12);
    expect(line(companyReport(r.report, 'meta').cashFlow.lines, 'finance.equity')).toBe(20);
  });

  it('debt at base + spread(leverage, mood), blended into the company rate; repay and buyback', () => {
    const s = newMatch();
    const r = step(s, { meta: orders(s, 'meta', { finance: { issueDebt: 10 } }) });
    const lev = 29 / s.companies.meta.trail.slice(-4).reduce((x, row) => x + row.ebitda, 0);
    const rate = 0.04 + 0.01 + 0.06 * lev + 0.03 * 0.35;
    expect(r.state.companies.meta.debt).toBe(39);
    expect(r.state.companies.meta.debtRate).toBeCloseTo((29 * 0.045 + 10 * rate) / 39, 12);
    expect(companyReport(r.report, 'meta').pnl.interest).toBeCloseTo((39 * r.state.companies.meta.debtRate) / 4, 12);
    const s2 = r.state;
    const p = s2.companies.google.sharePrice;
    const r2 = step(s2, { google: orders(s2, 'google', { finance: { repayDebt: 5, buyback: 10 } }) });
    expect(r2.state.companies.google.debt).toBe(30);
    expect(r2.state.companies.google.shares).toBeCloseTo(12.1 - 10 / p, 12);
    expect(line(companyReport(r2.report, 'google').cashFlow.lines, 'finance.repay')).toBe(-5);
    expect(line(companyReport(r2.report, 'google').cashFlow.lines, 'finance.buyback')).toBeCloseTo(-10, 12);
  });
});
