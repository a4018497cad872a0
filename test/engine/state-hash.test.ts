import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, createMatch, resolveQuarter, stateHash, type MatchState } from '../../shared/index';
import { treeHash } from '../../shared/engine/tree-hash';

// The state hash (docs/REPLAY.md "State hash"): a tree hash of the state without reports and the
// scenario, with append-only rows hashed once and remembered by identity.

function played(quarters: number, seed = 'hash'): MatchState {
  let s = createMatch(DEFAULT_SCENARIO, { quarters: 12 }, seed);
  for (let q = 0; q < quarters; q++) s = resolveQuarter(s, {}, []).state;
  return s;
}

/** The same content as fresh objects (nothing remembered about them). */
const fresh = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('treeHash', () => {
  it('depends on content, not on key order; −0 is 0; undefined fields are absent', () => {
    expect(treeHash({ a: 1, b: [2, 'x'] })).toBe(treeHash({ b: [2, 'x'], a: 1 }));
    expect(treeHash({ a: -0 })).toBe(treeHash({ a: 0 }));
    expect(treeHash({ a: 1, b: undefined })).toBe(treeHash({ a: 1 }));
    expect(treeHash(16)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('tells apart values, types, array order and which field holds a value', () => {
    const seen = new Set(
      [1, 2, 1.5, 1 + Number.EPSILON, '1', true, false, null, [], {}, [1, 2], [2, 1], [[1], 2], [1, [2]], { a: 1, b: 2 }, { a: 2, b: 1 }, { ab: 1 }, { a: { b: 1 } }, 'ab', 'ba', ''].map(treeHash),
    );
    expect(seen.size).toBe(21);
  });
});

describe('stateHash', () => {
  it('is the same for a state and a fresh copy of it, before and after its rows were remembered', () => {
    const s = played(5);
    const first = stateHash(s);
    expect(stateHash(s)).toBe(first);
    expect(stateHash(fresh(s))).toBe(first);
    const rekeyed = JSON.parse(JSON.stringify(s, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v))) as MatchState;
    expect(stateHash(rekeyed)).toBe(first);
  });

  it('leaves out the scenario, which scenarioHash stands for, and a reports field saved by engine 2.0', () => {
    const s = played(3);
    expect(stateHash({ ...s, reports: [] } as MatchState)).toBe(stateHash(s));
    expect(stateHash({ ...s, scenario: { ...s.scenario, id: 'renamed' } })).toBe(stateHash(s));
    expect(stateHash({ ...s, scenarioHash: '0000000000000000' })).not.toBe(stateHash(s));
  });

  it('changes with any figure of the state, a trailing row included', () => {
    const s = played(4);
    const h = stateHash(s);
    const variants: ((x: MatchState) => void)[] = [
      (x) => (x.global.mood += 1e-9),
      (x) => (x.companies.meta.cohorts[0]!.gw += 0.1),
      (x) => (x.companies.amazon.trail[0]!.revenue += 1),
      (x) => x.companies.openai.trail.pop(),
      (x) => (x.companies.google.lastCapexPenalty = (x.companies.google.lastCapexPenalty ?? 0) + 1e-9),
      (x) => (x.nextId += 1),
      (x) => (x.quarter += 1),
    ];
    for (const change of variants) {
      const x = fresh(s);
      change(x);
      expect(stateHash(x)).not.toBe(h);
    }
  });

  it('is the generic tree hash of the state without its scenario, however its chip cohorts look', () => {
    const generic = (x: MatchState) => {
      const { scenario: _scenario, ...rest } = x;
      return treeHash(rest);
    };
    const cohort = (x: MatchState, i = 0) => x.companies.meta.cohorts[i] as unknown as Record<string, unknown>;
    const variants: ((x: MatchState) => void)[] = [
      () => {},
      (x) => (x.companies.meta.cohorts[0]!.gw += 0.1),
      (x) => (x.companies.meta.cohorts[1]!.custom = !x.companies.meta.cohorts[1]!.custom),
      (x) => (x.companies.meta.cohorts[0]!.ageQ += 1),
      (x) => (x.companies.meta.cohorts[0]!.bookValue = Number.NaN),
      (x) => (x.companies.meta.cohorts[0]!.gw = -0),
      (x) => (cohort(x).year = '2026'),
      (x) => (cohort(x).lot = 'A1'),
      (x) => delete cohort(x).efficiency,
      (x) => (cohort(x).ageQ = undefined),
      (x) => (cohort(x).custom = null),
      (x) => (x.companies.meta.cohorts = [null, 3, [1], ...x.companies.meta.cohorts] as unknown as MatchState['companies']['meta']['cohorts']),
      (x) => (x.companies.meta.cohorts = { 0: x.companies.meta.cohorts[0] } as unknown as MatchState['companies']['meta']['cohorts']),
    ];
    for (const q of [0, 3, 6]) {
      const s = played(q);
      for (const change of variants) {
        const x = fresh(s);
        change(x);
        expect(stateHash(x)).toBe(generic(x));
        expect(stateHash(x)).toBe(generic(x));
      }
    }
  });

  it('differs between quarters and between seeds', () => {
    const hashes = new Set([0, 1, 2, 3].map((q) => stateHash(played(q))));
    hashes.add(stateHash(played(3, 'other seed')));
    expect(hashes.size).toBe(5);
  });
});
