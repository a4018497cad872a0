import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, companyHistory, type CompanyHistoryRow } from '../../shared/index';
import { runBotMatch } from '../../shared/bots';
import { SIM_EXAMPLE } from '../../cli/lib/economy-sim-example';

// Issue 11's acceptance: a sim match read quarter by quarter shows a company whose spending did not
// earn its return (the match docs/ECONOMY.md shows in "Spending that did not earn its return").

describe('a real bot match where spending does not earn its return', () => {
  it('the builder seat spends far more than at its pace, earns less in proportion, and ends below the same seat keeping its pace', () => {
    const { seed, seats, role } = SIM_EXAMPLE;
    const built = runBotMatch({ scenario: DEFAULT_SCENARIO, seed, seats });
    const kept = runBotMatch({ scenario: DEFAULT_SCENARIO, seed, seats: { ...seats, [role]: 'classic' } });
    const total = (m: typeof built, pick: (r: CompanyHistoryRow) => number) => companyHistory(m.reports, role).reduce((s, r) => s + pick(r), 0);
    const capexRatio = total(built, (r) => r.capex) / total(kept, (r) => r.capex);
    const revenueRatio = total(built, (r) => r.aiRevenue) / total(kept, (r) => r.aiRevenue);
    expect(capexRatio).toBeGreaterThan(2);
    expect(revenueRatio).toBeLessThan(capexRatio / 2);
    const tsr = (m: typeof built) => m.standings.find((s) => s.role === role)!.tsr;
    expect(tsr(built)).toBeLessThan(0);
    expect(tsr(built)).toBeLessThan(tsr(kept) - 0.3);
    expect(companyHistory(built.reports, role).at(-1)!.capexPenalty).toBeGreaterThan(0.1);
  });
});
