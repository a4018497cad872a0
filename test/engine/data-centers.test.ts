import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../shared/index';
import { buildPlan, powerIndex } from '../../shared/engine/model/datacenters';
import { installedCapacity } from '../../shared/engine/model/capacity';
import { companyReport, line, newMatch, orders, step } from './helpers';

describe('data centers', () => {
  it('power index rises when starts exceed grid additions', () => {
    expect(powerIndex(3, 4, 0.5)).toBe(1);
    expect(powerIndex(6, 4, 0.5)).toBe(1.25);
    expect(powerIndex(12, 4, 0.5)).toBe(2);
  });

  it('build plans: 4 quarters at $11B/GW, expedite 2 quarters at +60%, power crunch +2 quarters', () => {
    expect(buildPlan(1, false, 1, 1, 0, DEFAULT_SCENARIO)).toEqual({ quarters: 4, costPerGW: 11, total: 11, installment: 2.75 });
    const fast = buildPlan(1, true, 1, 1, 0, DEFAULT_SCENARIO);
    expect(fast.quarters).toBe(2);
    expect(fast.costPerGW).toBeCloseTo(17.6, 12);
    expect(fast.installment).toBeCloseTo(8.8, 12);
    const crunch = buildPlan(2, false, 1.5, 1.25, 2, DEFAULT_SCENARIO);
    expect(crunch.quarters).toBe(6);
    expect(crunch.costPerGW).toBeCloseTo(11 * 1.5 * 1.25, 12);
    expect(crunch.installment).toBeCloseTo((2 * 20.625) / 6, 12);
  });

  it('stranded chips: the oldest cohorts sit idle when chips exceed shell', () => {
    const cap = installedCapacity(
      {
        shellReadyGW: 2,
        cohorts: [
          { gw: 1, year: 2024, vintage: -6, cost: 32, bookValue: 20, ageQ: 6, custom: false, efficiency: 1 },
          { gw: 1.5, year: 2026, vintage: 0, cost: 48, bookValue: 48, ageQ: 0, custom: false, efficiency: 1 },
        ],
      },
      DEFAULT_SCENARIO,
      { startYear: 2026 },
    );
    expect(cap.installedGW).toBe(2);
    expect(cap.strandedGW).toBe(0.5);
    expect(cap.idleShellGW).toBe(0);
    expect(cap.ownCU).toBeCloseTo(1.5 * 1 + 0.5 / (1.5 * Math.sqrt(1.5)), 12); // vintage −6: 1.5^−1.5
  });

  it('in a quarter: installments are paid each quarter and the shell is ready after 4', () => {
    let s = newMatch();
    const before = s.companies.meta.shellReadyGW;
    // Meta's three scenario shells (0.5 GW each) still owe 1 + 2 + 3 installments of $1.375B.
    const r0 = step(s, { meta: orders(s, 'meta', { build: { gw: 1, expedite: false } }) });
    expect(r0.report.dataCenters).toEqual({ totalStartsGW: 1, gridAdditions: 4, powerIndex: 1, costPerGW: 11 });
    expect(-line(companyReport(r0.report, 'meta').cashFlow.lines, 'capex.dataCenters')).toBeCloseTo(3 * 1.375 + 2.75, 12);
    s = r0.state;
    const shell = s.companies.meta.shellsUnderConstruction.find((u) => u.gw === 1)!;
    expect(shell).toEqual({ gw: 1, readyQuarter: 4, remainingInstallments: 3, installment: 2.75, cost: 11 });
    for (let q = 1; q <= 3; q++) s = step(s).state;
    expect(s.companies.meta.shellReadyGW).toBeCloseTo(before + 1.5, 12); // the three older shells are ready
    const r4 = step(s);
    expect(r4.state.companies.meta.shellReadyGW).toBeCloseTo(before + 2.5, 12);
    expect(line(companyReport(r4.report, 'meta').cashFlow.lines, 'capex.dataCenters')).toBe(0);
    expect(r4.report.news.some((n) => n.key === 'news.dc.ready' && n.role === 'meta')).toBe(true);
  });

  it('in a quarter: crowding the grid raises everyone\'s building cost', () => {
    const s = newMatch();
    const r = step(s, {
      meta: orders(s, 'meta', { build: { gw: 4, expedite: false } }),
      google: orders(s, 'google', { build: { gw: 2, expedite: true } }),
    });
    expect(r.report.dataCenters.powerIndex).toBeCloseTo(1.25, 12); // 6 GW vs 4 GW of grid
    expect(r.report.dataCenters.costPerGW).toBeCloseTo(13.75, 12);
    const g = r.state.companies.google.shellsUnderConstruction.find((u) => u.gw === 2)!;
    expect(g.readyQuarter).toBe(2);
    expect(g.installment).toBeCloseTo((2 * 11 * 1.25 * 1.6) / 2, 12);
    expect(r.report.news.some((n) => n.key === 'news.dc.powerIndex')).toBe(true);
  });
});
