import { describe, expect, it } from 'vitest';
import { runBotMatch } from '../../shared/bots';
import { PERSONAS } from '../../shared/bots/personas';
import { cloneForResolve } from '../../shared/engine/clone';
import { blankOrders, reduce, resolveQuarter, stableStringify, type MatchState } from '../../shared/index';
import { ROLES, type Role } from '../../shared/roles';

// resolveQuarter's private copy (shared/engine/clone.ts) copies lists of flat records row by row
// and shares trailing rows and pending orders: it must equal the state and share no object a
// quarter may change.

/** Every object or array reachable from `x`, with the path it was first reached by. */
function objects(x: unknown, path: string, out: Map<object, string>): Map<object, string> {
  if (x === null || typeof x !== 'object' || out.has(x)) return out;
  out.set(x, path);
  for (const [k, v] of Object.entries(x)) objects(v, `${path}.${k}`, out);
  return out;
}

/** A match where seats trade, take vendor financing, build and go bankrupt: every kind of row exists somewhere. */
function busyMatch(): MatchState[] {
  const seats: Partial<Record<Role, string>> = {};
  ROLES.forEach((r, i) => (seats[r] = PERSONAS[(i * 3) % PERSONAS.length]!.id));
  const m = runBotMatch({ seed: 'clone-busy', quarters: 16, seats: seats as never, keepStates: true, hashes: false });
  return m.states!;
}

describe('cloneForResolve', () => {
  const states = busyMatch();

  it('the states it is tried on hold every kind of company list', () => {
    const some = (pick: (s: MatchState) => number) => states.some((s) => pick(s) > 0);
    const perCompany = (pick: (c: MatchState['companies'][Role]) => number) => (s: MatchState) => ROLES.reduce((n, r) => n + pick(s.companies[r]), 0);
    expect(some(perCompany((c) => c.chipsOnOrder.length))).toBe(true);
    expect(some(perCompany((c) => c.shellsUnderConstruction.length))).toBe(true);
    expect(some(perCompany((c) => c.cohorts.length))).toBe(true);
    expect(some(perCompany((c) => c.coreLines.length))).toBe(true);
    expect(some(perCompany((c) => c.chipCommitments.length))).toBe(true);
    expect(some(perCompany((c) => (c.vendorOffer ? 1 : 0)))).toBe(true);
    expect(some((s) => s.contracts.length)).toBe(true);
  });

  it('equals the state and shares nothing with it but the scenario, trailing rows and pending orders', () => {
    for (const s of states) {
      const copy = cloneForResolve(s);
      expect(copy).toEqual(s);
      const original = objects(s, 'state', new Map());
      for (const [o, path] of objects(copy, 'state', new Map())) {
        if (!original.has(o)) continue;
        const never = path.startsWith('state.scenario') || path.startsWith('state.pending') || /^state\.companies\.\w+\.trail\.\d+/.test(path);
        expect(never, `shared: ${path}`).toBe(true);
      }
    }
  });

  it('keeps the field order of every object (a literal copy writes the fields in the order the engine does)', () => {
    for (const s of states) expect(JSON.stringify(cloneForResolve(s))).toBe(JSON.stringify(s));
  });

  it('copies an object with a field the copy does not know, or its fields in another order, as it is', () => {
    const s = JSON.parse(JSON.stringify(states[6])) as MatchState & { legacy?: { rows: number[] } };
    const meta = s.companies.meta as MatchState['companies']['meta'] & { extra?: { gw: number } };
    s.legacy = { rows: [1, 2] };
    meta.extra = { gw: 1 };
    (s.global as unknown as Record<string, unknown>).note = { text: 'x' };
    (meta.cohorts[0] as unknown as Record<string, unknown>).lot = 'A1';
    const { role, ...rest } = s.companies.google;
    s.companies.google = { ...rest, role };
    const copy = cloneForResolve(s);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(s));
    const original = objects(s, 'state', new Map());
    for (const [o, path] of objects(copy, 'state', new Map())) {
      if (!original.has(o)) continue;
      const never = path.startsWith('state.scenario') || path.startsWith('state.pending') || /^state\.companies\.\w+\.trail\.\d+/.test(path);
      expect(never, `shared: ${path}`).toBe(true);
    }
  });

  it('a state with pending orders is left unchanged by its resolution, which clears them in the new state', () => {
    let s = states[3]!;
    for (const role of s.settings.activeSeats.filter((r) => !s.companies[r].bankrupt)) {
      const r = reduce(s, { type: 'submitOrders', seat: role, orders: blankOrders(s.quarter, s.companies[role].allocation) });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      s = r.state;
    }
    expect(Object.keys(s.pending).length).toBeGreaterThan(0);
    const before = stableStringify(s);
    const out = reduce(s, { type: 'resolve' });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(stableStringify(s)).toBe(before);
    expect(out.state.pending).toEqual({});
  });

  it('resolving any of these states leaves it unchanged', () => {
    for (const s of states.filter((x) => !x.finished)) {
      const before = stableStringify(s);
      resolveQuarter(s, {}, [], { hash: false });
      expect(stableStringify(s)).toBe(before);
    }
  });
});
