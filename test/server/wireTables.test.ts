import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, createMatch, defaultOrders, defaultSettings, resolveQuarter, withHistory } from '../../shared/engine';
import type { MatchState, QuarterReport } from '../../shared/engine/types';
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
