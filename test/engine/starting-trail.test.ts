import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/index';
import { allSteady, companyReport, newMatch, play, quietScenario } from './helpers';
import { must } from '../../shared/lists';

// Engine 2.3: the five 2025 quarters a company starts with are booked as the engine books Q1 2026,
// so nobody's trailing earnings climb for a year just because the first quarter is counted
// differently (Meta's and Google's did: their ad revenue carried the model-quality uplift, their
// 2025 EBITDA did not).

describe('starting trail', () => {
  it("Q1 2026 EBITDA at the 2025 pace is within 12% of the last 2025 quarter's, for every company", () => {
    const scenario = quietScenario();
    const state = newMatch({ scenario });
    const q1 = must(play(state, 1, allSteady).reports[0], 'the quarter report');
    for (const r of ROLES) {
      const last = state.companies[r].trail.at(-1)!.ebitda;
      const now = companyReport(q1, r).pnl.ebitda;
      expect(Math.abs(now / last - 1), `${r}: ${now.toFixed(1)} vs ${last.toFixed(1)}`).toBeLessThan(0.12);
    }
  });

  it("Q1 2026 capex at the 2025 pace is within 12% of the last 2025 quarter's for every public company, so no starting capex penalty falls away by itself", () => {
    const scenario = quietScenario();
    const state = newMatch({ scenario });
    const q1 = must(play(state, 1, allSteady).reports[0], 'the first report');
    for (const r of ['meta', 'microsoft', 'amazon', 'google'] as const) {
      const last = state.companies[r].trail.at(-1)!.capex;
      const now = companyReport(q1, r).capex;
      expect(Math.abs(now / last - 1), `${r}: ${now.toFixed(1)} vs ${last.toFixed(1)}`).toBeLessThan(0.12);
    }
  });

  it('without the rule, Meta and Google start with 2025 EBITDA a quarter below what the engine books', () => {
    const scenario = quietScenario((s) => {
      delete s.startingTrail;
    });
    const state = newMatch({ scenario });
    const q1 = must(play(state, 1, allSteady).reports[0], 'the quarter report');
    for (const r of ['meta', 'google'] as const) expect(companyReport(q1, r).pnl.ebitda / state.companies[r].trail.at(-1)!.ebitda).toBeGreaterThan(1.25);
  });
});
