import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../shared/index';
import { runBotMatch } from '../../shared/bots';
import type { Orders } from '../../shared/orders/types';

// A new player's first match as OpenAI against the bots (the browser's quick match): 1 GW of chips
// and 1 GW of data centers in Q1 2026, a cloud launch in Q2, and otherwise nothing — no funding
// round, no deals. At engine 2.0.0 the largest emergency raise was about $7B and this player was
// bankrupt in the second quarter in every seed. Solvency is the company's own (GAME.md 12.1.6):
// a company valued near $500B survives a shortfall of a few tens of billions, at a price.

function newcomer(o: Orders, quarter: number): Orders {
  const x = structuredClone(o);
  if (quarter === 0) {
    x.chips = { gw: 1, maxPricePerGW: 40 };
    x.build = { gw: 1, expedite: false };
  }
  if (quarter === 1) x.cloud = { ...x.cloud, launch: true };
  return x;
}

describe('a newcomer playing OpenAI sensibly', () => {
  it('survives the 12-quarter match in every seed, and pays for the shortfall with emergency equity', () => {
    let raised = 0;
    for (let i = 0; i < 8; i++) {
      const m = runBotMatch({ scenario: DEFAULT_SCENARIO, seed: `newcomer-${i}`, seats: { openai: 'idle' }, adjust: { openai: (o, v) => newcomer(o, v.quarter) } });
      const openai = m.standings.find((s) => s.role === 'openai')!;
      expect(openai.bankrupt, `seed newcomer-${i}`).toBe(false);
      if (m.reports.some((r) => r.companies.find((c) => c.role === 'openai')?.distress.includes('emergencyEquity'))) raised++;
    }
    expect(raised).toBeGreaterThan(0);
  });
});
