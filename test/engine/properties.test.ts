import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SCENARIO,
  createMatch,
  loadScenario,
  resolveQuarter,
  stableStringify,
  validateOrders,
  type MatchState,
  type Orders,
  type Role,
} from '../../shared/index';
import { orders } from './helpers';
import { at } from '../../shared/lists';

// Property tests over random valid orders (GAME.md 9 and section 5 invariants). Each run plays a
// few quarters of a 5-company match; genes in [0, 1) are turned into orders valid for the state.

function genesReader(genes: number[]) {
  let i = 0;
  return () => at(genes, i++ % genes.length, 'gene');
}

function randomOrders(s: MatchState, role: Role, g: () => number): Orders {
  const c = s.companies[role];
  const cloudOk = c.cloud.status === 'live' || (c.cloud.status === 'launching' && (c.cloud.readyQuarter ?? 99) <= s.quarter);
  const a = Math.floor(g() * 101);
  const b = Math.floor(g() * (101 - a));
  const allocation = cloudOk ? { training: a, products: b, cloud: 100 - a - b } : { training: a, products: 100 - a, cloud: 0 };
  const launch = c.cloud.status === 'none' && g() < 0.15;
  const isPrivate = s.scenario.companies[role].privateCompany;
  const raise = g() < 0.3 && !(isPrivate && c.lastEquityRaiseQ !== null && s.quarter - c.lastEquityRaiseQ < 2) ? Math.floor(g() * Math.min(60, 0.2 * c.sharePrice * c.shares)) : 0;
  const debt = g() < 0.2 && !(isPrivate && c.positiveOcfStreak < 4) ? Math.floor(g() * 40) : 0;
  const repay = debt === 0 && g() < 0.2 ? Math.floor(g() * (c.debt + c.revolver) * 100) / 100 : 0;
  const buyback = raise === 0 && !isPrivate && g() < 0.15 ? Math.floor(g() * Math.min(20, c.cash)) : 0;
  const kinds = ['none', 'none', 'clarify', 'hype', 'capexDiscipline'] as const;
  const o = orders(s, role, {
    chips: { gw: Math.floor(g() * 40) / 10, maxPricePerGW: g() < 0.5 ? 0 : 20 + Math.floor(g() * 50) },
    customChips: { gw: Math.floor(g() * 100 * (s.global.customCaps[role] ?? 0)) / 100 },
    build: { gw: Math.floor(g() * 30) / 10, expedite: g() < 0.2 },
    allocation,
    cloud: { launch, askPrice: g() < 0.6 ? 0 : Math.floor(g() * 50) / 10 },
    finance: { raiseEquity: raise, issueDebt: debt, repayDebt: repay, buyback },
    statement: launch && g() < 0.5 ? 'announceCloud' : kinds[Math.floor(g() * kinds.length)],
  });
  const v = validateOrders(o, { state: s, role });
  if (!v.ok) throw new Error(`generator made invalid orders for ${role}: ${v.errors.map((e) => e.message).join('; ')}`);
  return o;
}

/** Little cash and gloomy investors: distress, emergency raises and bankruptcies happen often. */
const STRESSED = loadScenario(
  (() => {
    const x = structuredClone(DEFAULT_SCENARIO);
    x.mood.start = 14;
    for (const c of Object.values(x.companies)) c.cash = c.cash * 0.05;
    return x;
  })(),
);

function playRandom(
  seed: string,
  genes: number[],
  quarters: number,
  check?: (before: MatchState, after: MatchState, report: ReturnType<typeof resolveQuarter>['report']) => void,
  scenario = DEFAULT_SCENARIO,
) {
  const g = genesReader(genes);
  let s = createMatch(scenario, { quarters: Math.max(4, quarters) }, seed);
  const hashes: string[] = [];
  for (let q = 0; q < quarters; q++) {
    const o: Partial<Record<Role, Orders>> = {};
    for (const r of s.settings.activeSeats) if (!s.companies[r].bankrupt) o[r] = randomOrders(s, r, g);
    const out = resolveQuarter(s, o, []);
    check?.(s, out.state, out.report);
    hashes.push(out.report.hash);
    s = out.state;
  }
  return { state: s, hashes };
}

const genes = fc.array(fc.double({ min: 0, max: 0.999999, noNaN: true }), { minLength: 60, maxLength: 60 });
const seed = fc.string({ minLength: 1, maxLength: 8 });
const RUNS = { numRuns: 200 };

describe('engine properties (random valid orders)', () => {
  it('each company’s cash change equals the sum of its cash-flow lines', () => {
    fc.assert(
      fc.property(seed, genes, (sd, gs) => {
        playRandom(sd, gs, 3, (_before, after, report) => {
          for (const c of report.companies) {
            const sum = c.cashFlow.lines.reduce((x, l) => x + l.amount, 0);
            expect(Math.abs(c.cashFlow.closing - c.cashFlow.opening - sum)).toBeLessThan(1e-9 * (1 + Math.abs(c.cashFlow.opening)));
            expect(after.companies[c.role].cash).toBe(c.cashFlow.closing);
          }
        });
      }),
      RUNS,
    );
  });

  it('no negative GW, CU, debt or shares, and no negative cash after distress; bankrupt stays bankrupt; allocations hold', () => {
    fc.assert(
      fc.property(seed, genes, fc.boolean(), (sd, gs, stressed) => {
        playRandom(sd, gs, 3, (before, after, report) => {
          for (const role of after.settings.activeSeats) {
            const c = after.companies[role];
            if (before.companies[role].bankrupt) expect(c.bankrupt).toBe(true);
            expect(c.cash).toBeGreaterThanOrEqual(0);
            expect(c.debt).toBeGreaterThanOrEqual(0);
            expect(c.revolver).toBeGreaterThanOrEqual(0);
            expect(c.shares).toBeGreaterThan(0);
            expect(c.shellReadyGW).toBeGreaterThanOrEqual(0);
            for (const k of c.cohorts) {
              expect(k.gw).toBeGreaterThanOrEqual(0);
              expect(k.bookValue).toBeGreaterThanOrEqual(0);
            }
            for (const o of c.chipsOnOrder) expect(o.gw).toBeGreaterThanOrEqual(0);
            expect(c.quality).toBeGreaterThan(0);
            expect(c.sentiment).toBeGreaterThanOrEqual(-1);
            expect(c.sentiment).toBeLessThanOrEqual(1);
          }
          for (const cr of report.companies) {
            const k = cr.capacity;
            for (const v of [k.shellReadyGW, k.chipGW, k.installedGW, k.idleShellGW, k.strandedGW, k.onOrderGW, k.ownCU, k.contractOutCU, k.contractInCU, k.availableCU, k.trainingCU, k.productsCU, k.cloudCU, k.idleCU]) {
              expect(v).toBeGreaterThanOrEqual(0);
            }
            expect(k.installedGW).toBeLessThanOrEqual(Math.min(k.chipGW, k.shellReadyGW) + 1e-9);
            expect(Math.abs(k.trainingCU + k.productsCU + k.cloudCU - k.availableCU)).toBeLessThan(1e-9 * (1 + k.availableCU));
            const a = after.companies[cr.role].allocation;
            expect(a.training + a.products + a.cloud).toBe(100);
          }
          expect(report.mood.after).toBeGreaterThanOrEqual(0);
          expect(report.mood.after).toBeLessThanOrEqual(100);
          expect(report.chips.price).toBeGreaterThan(0);
          expect(report.cloud.price).toBeGreaterThanOrEqual(0);
        }, stressed ? STRESSED : DEFAULT_SCENARIO);
      }),
      RUNS,
    );
  });

  it('the same seed and orders give identical hashes every quarter; the input state is never changed', () => {
    fc.assert(
      fc.property(seed, genes, (sd, gs) => {
        const a = playRandom(sd, gs, 2);
        const b = playRandom(sd, gs, 2);
        expect(b.hashes).toEqual(a.hashes);
        expect(b.state).toEqual(a.state);
      }),
      RUNS,
    );
  });

  it('different seeds give different hashes', () => {
    fc.assert(
      fc.property(seed, seed, genes, (s1, s2, gs) => {
        fc.pre(s1 !== s2);
        const a = playRandom(s1, gs, 1);
        const b = playRandom(s2, gs, 1);
        expect(a.hashes[0]).not.toBe(b.hashes[0]);
      }),
      RUNS,
    );
  });

  it('resolveQuarter does not mutate its input', () => {
    fc.assert(
      fc.property(seed, genes, (sd, gs) => {
        const g = genesReader(gs);
        const s = createMatch(DEFAULT_SCENARIO, {}, sd);
        const o = Object.fromEntries(s.settings.activeSeats.map((r) => [r, randomOrders(s, r, g)]));
        const before = stableStringify(s);
        const ordersBefore = stableStringify(o);
        resolveQuarter(s, o, [{ id: 'rumor', target: 'meta' }]);
        expect(stableStringify(s)).toBe(before);
        expect(stableStringify(o)).toBe(ordersBefore);
      }),
      { numRuns: 200 },
    );
  });
});
