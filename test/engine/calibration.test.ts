import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, ROLES, createMatch, type Role } from '../../shared/index';
import { companyReport, fundedSteady, play, step } from './helpers';

// GAME.md section 2: quarter-0 implied valuations within ±15% of the late-2025 references, OpenAI
// about $5B of AI product revenue in Q1 2026, and a steady 2025 capex pace that does not explode.

const REFERENCE: Record<Role, number> = { openai: 500, meta: 1700, microsoft: 3800, amazon: 2500, google: 3400 };

describe('calibration', () => {
  it('quarter-0 implied valuations are within ±15% of the references', () => {
    const s = createMatch(DEFAULT_SCENARIO, {}, 'calibration');
    for (const r of ROLES) {
      const cap = s.companies[r].sharePrice * s.companies[r].shares;
      expect(Math.abs(cap / REFERENCE[r] - 1), `${r}: ${cap.toFixed(0)} vs ${REFERENCE[r]}`).toBeLessThanOrEqual(0.15);
    }
  });

  it('Q1 2026 with the scenario allocations: OpenAI earns about $5B (±20%) of AI product revenue', () => {
    for (const seed of ['a', 'b', 'c']) {
      const r = step(createMatch(DEFAULT_SCENARIO, {}, seed));
      const rev = r.report.products.shares.find((x) => x.role === 'openai')!.revenue;
      if (r.report.events.some((e) => e.id === 'killerApp')) continue; // a jump in spend is not the calibration
      expect(rev).toBeGreaterThan(4);
      expect(rev).toBeLessThan(6);
    }
  });

  it('steady 2025 capex pace (OpenAI raising a round every other quarter) for 8 quarters: nobody goes bankrupt, OpenAI burns cash, Meta pays a larger capex penalty than Microsoft', () => {
    for (const seed of ['steady-1', 'steady-2', 'steady-3', 'steady-4']) {
      const { state, reports } = play(createMatch(DEFAULT_SCENARIO, {}, seed), 8, fundedSteady);
      for (const r of ROLES) expect(state.companies[r].bankrupt, `${seed}: ${r}`).toBe(false);
      for (const rep of reports) {
        const o = companyReport(rep, 'openai');
        const beforeFinance = o.cashFlow.lines.filter((l) => !l.key.startsWith('finance.') && !l.key.startsWith('distress.')).reduce((x, l) => x + l.amount, 0);
        expect(beforeFinance, `${seed} q${rep.quarter}`).toBeLessThan(0);
      }
      const last = reports.at(-1)!;
      expect(companyReport(last, 'meta').valuation.capexPenalty).toBeGreaterThan(companyReport(last, 'microsoft').valuation.capexPenalty);
      for (const rep of reports) {
        expect(rep.mood.after).toBeGreaterThan(15);
        expect(rep.cloud.price).toBeGreaterThan(1.5);
        expect(rep.cloud.price).toBeLessThan(5.5);
      }
    }
  });
});
