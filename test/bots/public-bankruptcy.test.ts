import { describe, expect, it } from 'vitest';
import { runBotMatch } from '../../shared/bots';
import { personasFor } from '../../cli/lib/balance-seed';

// GAME.md 12.2: bankruptcies happen "and not only for OpenAI"; 12.1.6: a company worth more than
// $1T does not go bankrupt over a few billion dollars. A public company can sink, but only by its
// own balance sheet: Meta's all-in builder (shared/bots/personas.ts) in a seed of the balance table.

describe('a public company that overreaches', () => {
  it('goes bankrupt only after its value has collapsed under debt it cannot carry', () => {
    const seed = 'balance-114';
    expect(personasFor(seed).meta).toBe('builder');
    const m = runBotMatch({ seed, seats: personasFor(seed), hashes: false });
    const meta = m.final.companies.meta;
    expect(meta.bankrupt).toBe(true);
    const q = meta.bankruptQ!;
    expect(q).toBeLessThan(12);
    const report = (t: number) => m.reports[t]!.companies.find((c) => c.role === 'meta')!;
    expect(report(q).distress).toContain('covenant');
    const before = report(q - 1);
    // Worth a fraction of its starting $1.7T, with debt far past four years of its earnings.
    expect(before.solvency.equityValue).toBeLessThan(250);
    expect(before.debt).toBeGreaterThan(300);
    expect(before.solvency.leverage!).toBeGreaterThan(before.solvency.covenantLeverage);
    // Its first year: more than twice its 2025 capex ($70B) in a single quarter.
    expect(Math.max(...[0, 1, 2, 3].map((t) => report(t).capex))).toBeGreaterThan(140);
  });
});
