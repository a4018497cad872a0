import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, createMatch, defaultOrders, defaultSettings, resolveQuarter, withHistory } from '../../shared/engine';
import type { MatchState, QuarterReport } from '../../shared/engine/types';
import { runBotMatch } from '../../shared/bots/runner';
import { table } from '../../shared/wire/codec';
import * as T from '../../shared/wire/tables';

// The wire tables (shared/wire/tables.ts) are the one place an engine type's wire form is written;
// schema, mirror and client decoding are built from them. These checks make a field the engine
// adds without a wire form fail: at compile time through Fields<T> (the @ts-expect-error lines
// below fail `tsc` if the type check stops catching it) and at run time on a played state.

// @ts-expect-error a field of the engine type without a codec does not compile
table<{ a: number; b: string }>('Missing', { a: 'number' });
// @ts-expect-error a codec that does not fit the field's type does not compile
table<{ a: number }>('Mismatch', { a: 'string' });
// @ts-expect-error an optional number needs the codec that sends absence
table<{ a?: number }>('Optional', { a: 'number' });
// @ts-expect-error null needs the nullable codec
table<{ a: number | null }>('Nullable', { a: 'number' });

function played(quarters: number): { state: MatchState; reports: QuarterReport[] } {
  let s = createMatch(DEFAULT_SCENARIO, defaultSettings(DEFAULT_SCENARIO), 'wire-tables');
  const reports: QuarterReport[] = [];
  for (let q = 0; q < quarters; q++) {
    const orders = Object.fromEntries(s.settings.activeSeats.map((r) => [r, defaultOrders(s, r)]));
    const out = resolveQuarter(s, orders);
    s = out.state;
    reports.push(out.report);
  }
  return { state: s, reports };
}

const keys = (o: object) => Object.keys(o).sort();
const fieldsOf = (t: { fields: object }) => Object.keys(t.fields).sort();

describe('wire tables cover the engine state', () => {
  it('every key of a played state has a wire form', () => {
    const { state: s, reports } = played(3);
    // Private fields go in the seat's own part; history rows are built by the client from the reports.
    const priv = new Set<string>(['allocation', 'lastEquityRaiseQ', 'vendorOffer', 'history']);
    for (const c of Object.values(s.companies).map((x) => withHistory(x, reports))) {
      expect(keys(c).filter((k) => !priv.has(k))).toEqual(fieldsOf(T.COMPANY));
      expect(keys(c.cloud)).toEqual(fieldsOf(T.CLOUD));
      expect(keys(c.allocation)).toEqual(fieldsOf(T.ALLOCATION));
      for (const r of c.trail) expect(keys(r)).toEqual(fieldsOf(T.TRAIL_ROW));
      for (const k of c.cohorts) expect(keys(k)).toEqual(fieldsOf(T.COHORT));
      for (const u of c.shellsUnderConstruction) expect(keys(u)).toEqual(fieldsOf(T.SHELL_BUILD));
      for (const l of c.coreLines) expect(keys(l)).toEqual(fieldsOf(T.CORE_LINE));
      for (const o of c.chipsOnOrder) expect(keys(o)).toEqual(fieldsOf(T.CHIP_ORDER));
    }
    expect(keys(s.global)).toEqual(fieldsOf(T.GLOBAL));
    expect(keys(s.settings)).toEqual(fieldsOf(T.MATCH_SETTINGS));
    for (const c of s.contracts) for (const k of keys(c)) expect(fieldsOf(T.CONTRACT)).toContain(k);
    for (const e of s.events) for (const k of keys(e)) expect(fieldsOf(T.ACTIVE_EVENT)).toContain(k);
  });
});

describe('count fields', () => {
  // `count` travels as Colyseus's variable-length number, which sends a fraction as float32: only
  // whole numbers may use it. Every table with a count field, and where the engine keeps its items.
  const itemsOf: Array<[{ name: string; fields: object }, (c: MatchState['companies'][keyof MatchState['companies']]) => readonly object[]]> = [
    [T.COHORT, (c) => c.cohorts],
    [T.SHELL_BUILD, (c) => c.shellsUnderConstruction],
    [T.CHIP_COMMITMENT, (c) => c.chipCommitments],
    [T.TRAIL_ROW, (c) => c.trail],
  ];
  const countFields = (t: { fields: object }) => Object.entries(t.fields).filter(([, codec]) => codec === 'count').map(([k]) => k);

  it('are checked below for every table that has one', () => {
    const withCounts = Object.values(T).filter((t): t is typeof T.COHORT => typeof t === 'object' && t !== null && 'fields' in t && countFields(t).length > 0);
    expect(withCounts.map((t) => t.name).sort()).toEqual(itemsOf.map(([t]) => t.name).sort());
  });

  it('hold whole numbers through 40 quarters of bot play', () => {
    for (const seed of ['count-1', 'count-2', 'count-3']) {
      let seen = 0;
      for (const s of runBotMatch({ seed, quarters: 40, keepStates: true, hashes: false }).states!) {
        for (const c of Object.values(s.companies)) {
          for (const [t, items] of itemsOf) {
            for (const item of items(c)) {
              for (const k of countFields(t)) {
                const v = (item as Record<string, unknown>)[k];
                expect(Number.isInteger(v), `${t.name}.${k} = ${String(v)} (${seed}, quarter ${s.quarter})`).toBe(true);
                seen++;
              }
            }
          }
        }
      }
      expect(seen).toBeGreaterThan(1000);
    }
  });
});
