import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SCENARIO,
  ROLES,
  blankOrders,
  createMatch,
  loadScenario,
  playerView,
  resolveQuarter,
  stream,
  validateOrders,
  type MatchState,
  type Orders,
  type QuarterReport,
  type Role,
  type Scenario,
} from '../../shared/index';
import { BASELINE_IDS, PERSONAS, decideOrders, type BotPersona } from '../../shared/bots';
import { at } from '../../shared/lists';

// Bots never produce invalid orders (issue 3, point 5): over random reachable states — matches
// played for a random number of quarters by a random mix of bots and random (valid) human-like
// orders, in the default scenario and in a stressed one where distress and bankruptcy are common —
// every role × persona decides orders that validateOrders accepts.

const ALL: BotPersona[] = [...PERSONAS.map((p) => p.id), ...BASELINE_IDS];

/** Little cash and gloomy investors: emergency raises and bankruptcies happen. */
const STRESSED: Scenario = loadScenario(
  (() => {
    const x = structuredClone(DEFAULT_SCENARIO);
    x.mood.start = 30;
    for (const c of Object.values(x.companies)) c.cash = c.cash * 0.1;
    return x;
  })(),
);

function randomOrders(s: MatchState, role: Role, g: () => number): Orders {
  const c = s.companies[role];
  const o = blankOrders(s.quarter, c.allocation);
  const cloudOk = c.cloud.status === 'live' || (c.cloud.status === 'launching' && (c.cloud.readyQuarter ?? 99) <= s.quarter);
  const a = Math.floor(g() * 101);
  const b = Math.floor(g() * (101 - a));
  o.allocation = cloudOk ? { training: a, products: b, cloud: 100 - a - b } : { training: a, products: 100 - a, cloud: 0 };
  o.chips = { gw: Math.floor(g() * 50) / 10, maxPricePerGW: g() < 0.5 ? 0 : 20 + Math.floor(g() * 40) };
  o.build = { gw: Math.floor(g() * 40) / 10, expedite: g() < 0.3 };
  o.cloud = { launch: c.cloud.status === 'none' && g() < 0.2, askPrice: Math.floor(g() * 40) / 10 };
  if (!s.scenario.companies[role].privateCompany && g() < 0.2) o.finance.issueDebt = Math.floor(g() * 80);
  const v = validateOrders(o, { state: s, role });
  return v.ok ? o : blankOrders(s.quarter, c.allocation);
}

function reach(scenario: Scenario, seed: string, quarters: number, mix: number[], genes: number[]): { s: MatchState; reports: QuarterReport[] } {
  let i = 0;
  const g = () => at(genes, i++ % genes.length, 'gene');
  let s = createMatch(scenario, { quarters: 12 }, seed);
  const reports: QuarterReport[] = [];
  for (let q = 0; q < quarters && !s.finished; q++) {
    const orders: Partial<Record<Role, Orders>> = {};
    ROLES.forEach((r, k) => {
      if (s.companies[r].bankrupt) return;
      const persona = ALL[at(mix, (q * 5 + k) % mix.length, 'mix entry')];
      orders[r] = persona === undefined ? randomOrders(s, r, g) : decideOrders(playerView(s, r, reports), r, persona, stream(seed, q, `bots/${r}`), { scenario });
    });
    const out = resolveQuarter(s, orders);
    s = out.state;
    reports.push(out.report);
  }
  return { s, reports };
}

describe('bots always produce valid orders', () => {
  it('every role × persona, over random reachable states (default and stressed scenarios)', () => {
    let decisions = 0;
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 11 }),
        fc.array(fc.integer({ min: 0, max: ALL.length }), { minLength: 5, maxLength: 20 }),
        fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 8, maxLength: 40 }),
        (stressed, seed, quarters, mix, genes) => {
          const scenario = stressed ? STRESSED : DEFAULT_SCENARIO;
          const { s, reports } = reach(scenario, `v-${seed}`, quarters, mix, genes);
          if (s.finished) return;
          for (const role of ROLES) {
            if (s.companies[role].bankrupt) continue;
            for (const persona of ALL) {
              const orders = decideOrders(playerView(s, role, reports), role, persona, stream(s.seed, s.quarter, `bots/${role}`), { scenario });
              const v = validateOrders(orders, { state: s, role });
              if (!v.ok) throw new Error(`${role}/${persona} at quarter ${s.quarter}: ${v.errors.map((e) => e.message).join('; ')}`);
              decisions++;
            }
          }
        },
      ),
      { numRuns: 60, seed: 20260101 },
    );
    expect(decisions).toBeGreaterThan(200);
  });

  it('bots answer proposals addressed to them and never list one twice', () => {
    let s = createMatch(DEFAULT_SCENARIO, {}, 'deals');
    const reports: QuarterReport[] = [];
    let answered = 0;
    while (!s.finished) {
      const orders: Partial<Record<Role, Orders>> = {};
      for (const r of ROLES) {
        if (s.companies[r].bankrupt) continue;
        const o = decideOrders(playerView(s, r, reports), r, r === 'openai' ? 'builder' : 'cloud-first', stream(s.seed, s.quarter, `bots/${r}`));
        const open = s.proposals.filter((p) => p.to === r && p.status === 'open' && p.expiresQ >= s.quarter).map((p) => p.id);
        const ids = [...o.deals.accept, ...o.deals.reject];
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids].sort()).toEqual([...open].sort());
        answered += ids.length;
        orders[r] = o;
      }
      const out = resolveQuarter(s, orders);
      s = out.state;
      reports.push(out.report);
    }
    expect(answered).toBeGreaterThan(0);
  });
});
