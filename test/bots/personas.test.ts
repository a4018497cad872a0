import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, ROLES, createMatch, playerView, resolveQuarter, stream, type Orders, type Role } from '../../shared/index';
import { PERSONA_IDS } from '../../shared/protocol';
import { PERSONAS, botOrders, decideOrders, runBotMatch, traitsFor } from '../../shared/bots';
import { personasFor } from '../../cli/lib/balance-seed';
import { planCapacity } from '../../shared/bots/capacity';
import { readSituation } from '../../shared/bots/situation';

// Personas (GAME.md section 10): the UI list, visibly different play, and bots that only use what
// their seat can see.

describe('personas', () => {
  it('are the protocol ids, classic first, each with an English and Arabic name and description', () => {
    expect(PERSONAS.map((p) => p.id)).toEqual([...PERSONA_IDS]);
    for (const p of PERSONAS) {
      expect(p.name.en.length).toBeGreaterThan(2);
      expect(p.description.en.length).toBeGreaterThan(20);
      expect(p.name.ar).toMatch(/[\u0600-\u06FF]/);
      expect(p.description.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('classic differs by role (each company plays its own 2025 strategy)', () => {
    const t = (r: Role) => JSON.stringify(traitsFor('classic', r));
    expect(new Set(ROLES.map(t)).size).toBe(ROLES.length);
  });

  it('a builder ends with more capacity than a frugal bot of the same role on the same seed', () => {
    for (const role of ROLES) {
      for (const seed of ['p-1', 'p-2']) {
        const gw = (persona: 'builder' | 'frugal') => {
          const m = runBotMatch({ seed, seats: { [role]: persona } });
          const c = m.final.companies[role];
          return c.cohorts.reduce((x, k) => x + k.gw, 0) + c.shellReadyGW;
        };
        expect(gw('builder'), `${role} ${seed}`).toBeGreaterThan(gw('frugal') * 1.1);
      }
    }
  });

  it("Meta's builder goes all in for its first 12 quarters; no other role's builder does", () => {
    for (const role of ROLES) expect(traitsFor('builder', role).surgeQuarters, role).toBe(role === 'meta' ? 12 : 0);
    const tr = traitsFor('builder', 'meta');
    const k = readSituation(playerView(createMatch(DEFAULT_SCENARIO, { quarters: 40 }, 'surge'), 'meta', []), 'meta', DEFAULT_SCENARIO);
    const chips = (t: number, traits = tr) => planCapacity({ ...k, t }, traits, [1, 1, 1], false).chipsGW;
    const paced = { ...tr, surgeQuarters: 0 };
    // 4.5x Meta's 2025 pace (0.5 GW) flat, against the builder's 1.7x growing 3% a quarter.
    expect(chips(0)).toBeGreaterThan(2 * chips(0, paced));
    expect(chips(11)).toBeGreaterThan(1.5 * chips(11, paced));
    expect(chips(12)).toBe(chips(12, paced));
  });

  it('cloud-first launches a cloud for OpenAI and Meta far more often than frugal', () => {
    const launches = (persona: 'cloud-first' | 'frugal') => {
      let n = 0;
      for (let i = 0; i < 6; i++) {
        const m = runBotMatch({ seed: `cf-${i}`, seats: { openai: persona, meta: persona } });
        for (const r of ['openai', 'meta'] as const) if (m.final.companies[r].cloud.status !== 'none') n++;
      }
      return n;
    };
    expect(launches('cloud-first')).toBeGreaterThanOrEqual(9);
    expect(launches('frugal')).toBeLessThanOrEqual(3);
  });

  it('over a few mixed matches, bots use every kind of order', () => {
    const used = new Set<string>();
    let signed = 0;
    for (let i = 0; i < 10; i++) {
      const m = runBotMatch({ seed: `balance-${i}`, seats: personasFor(`balance-${i}`) });
      for (const q of m.orders)
        for (const o of Object.values(q)) {
          const marks: [string, boolean][] = [
            ['chips', o.chips.gw > 0 && o.chips.maxPricePerGW > 0],
            ['customChips', o.customChips.gw > 0],
            ['build', o.build.gw > 0],
            ['expedite', o.build.expedite],
            ['cloud share', o.allocation.cloud > 0],
            ['launch', o.cloud.launch],
            ['ask price', o.cloud.askPrice > 0],
            ['equity', o.finance.raiseEquity > 0],
            ['debt', o.finance.issueDebt > 0],
            ['repay', o.finance.repayDebt > 0],
            ['buyback', o.finance.buyback > 0],
            ['propose', o.deals.propose.length > 0],
            ['accept', o.deals.accept.length > 0],
            ['reject', o.deals.reject.length > 0],
            [`statement ${o.statement}`, o.statement !== 'none'],
          ];
          for (const [k, yes] of marks) if (yes) used.add(k);
        }
      signed += m.final.contracts.filter((k) => k.proposalId !== undefined && k.seller !== 'neutral').length;
    }
    const kinds = ['chips', 'customChips', 'build', 'expedite', 'cloud share', 'launch', 'ask price', 'equity', 'debt', 'repay', 'buyback', 'propose', 'accept', 'reject'];
    const statements = ['clarify', 'hype', 'capexDiscipline', 'announceCloud'].map((x) => `statement ${x}`);
    expect([...kinds, ...statements].filter((k) => !used.has(k))).toEqual([]);
    expect(signed).toBeGreaterThan(0); // deals between seats get signed, not only with the neutral suppliers
  });

  it('different personas play differently on the same view', () => {
    const s = createMatch(DEFAULT_SCENARIO, {}, 'same-view');
    for (const role of ROLES) {
      const all = PERSONAS.map((p) => JSON.stringify(decideOrders(playerView(s, role, []), role, p.id, stream(s.seed, 0, `bots/${role}`))));
      expect(new Set(all).size, role).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('bots see only their seat', () => {
  it('the decision is a function of the seat view: other seats’ private orders change nothing', () => {
    const first = resolveQuarter(createMatch(DEFAULT_SCENARIO, {}, 'private'), {});
    const s = first.state;
    const before = botOrders(s, [first.report], 'meta', 'balanced');
    const secret: Orders = { ...before, quarter: s.quarter, chips: { gw: 9, maxPricePerGW: 150 } };
    const withSecret = { ...s, pending: { ...s.pending, google: { ...secret, allocation: { training: 10, products: 10, cloud: 80 } } } };
    expect(botOrders(withSecret, [first.report], 'meta', 'balanced')).toEqual(before);
  });

  it('refuses a view that is not the seat’s own', () => {
    const s = createMatch(DEFAULT_SCENARIO, {}, 'wrong-view');
    expect(() => decideOrders(playerView(s, 'google', []), 'meta', 'classic', stream('x', 0, 'bots/meta'))).toThrow(/not meta's own view/);
    expect(() => decideOrders(playerView(s, null, []), 'meta', 'classic', stream('x', 0, 'bots/meta'))).toThrow();
  });

  it('is deterministic: same view and stream, same orders', () => {
    const s = createMatch(DEFAULT_SCENARIO, {}, 'det');
    for (const role of ROLES) expect(botOrders(s, [], role, 'classic')).toEqual(botOrders(s, [], role, 'classic'));
  });
});
