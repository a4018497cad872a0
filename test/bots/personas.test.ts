import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, ROLES, createMatch, playerView, resolveQuarter, stream, type Orders, type Role } from '../../shared/index';
import { PERSONA_IDS } from '../../shared/protocol';
import { PERSONAS, botOrders, decideOrders, runBotMatch, traitsFor } from '../../shared/bots';

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

  it('different personas play differently on the same view', () => {
    const s = createMatch(DEFAULT_SCENARIO, {}, 'same-view');
    for (const role of ROLES) {
      const all = PERSONAS.map((p) => JSON.stringify(decideOrders(playerView(s, role), role, p.id, stream(s.seed, 0, `bots/${role}`))));
      expect(new Set(all).size, role).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('bots see only their seat', () => {
  it('the decision is a function of the seat view: other seats’ private orders change nothing', () => {
    let s = createMatch(DEFAULT_SCENARIO, {}, 'private');
    s = resolveQuarter(s, {}).state;
    const before = botOrders(s, 'meta', 'balanced');
    const secret: Orders = { ...before, quarter: s.quarter, chips: { gw: 9, maxPricePerGW: 150 } };
    const withSecret = { ...s, pending: { ...s.pending, google: { ...secret, allocation: { training: 10, products: 10, cloud: 80 } } } };
    expect(botOrders(withSecret, 'meta', 'balanced')).toEqual(before);
  });

  it('refuses a view that is not the seat’s own', () => {
    const s = createMatch(DEFAULT_SCENARIO, {}, 'wrong-view');
    expect(() => decideOrders(playerView(s, 'google'), 'meta', 'classic', stream('x', 0, 'bots/meta'))).toThrow(/not meta's own view/);
    expect(() => decideOrders(playerView(s, null), 'meta', 'classic', stream('x', 0, 'bots/meta'))).toThrow();
  });

  it('is deterministic: same view and stream, same orders', () => {
    const s = createMatch(DEFAULT_SCENARIO, {}, 'det');
    for (const role of ROLES) expect(botOrders(s, role, 'classic')).toEqual(botOrders(s, role, 'classic'));
  });
});
