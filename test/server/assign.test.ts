import { Encoder, Reflection } from '@colyseus/schema';
import { describe, expect, it } from 'vitest';
import type { ChipCohort, CompanyHistoryRow, NewsItem } from '../../shared/engine/types';
import { table } from '../../shared/wire/codec';
import { decode } from '../../shared/wire/decode';
import { COHORT } from '../../shared/wire/tables';
import { assign } from '../../server/schema/assign';
import { schemaOf } from '../../server/schema/build';

// The server mirror (server/schema/assign.ts): a field is written only when it changed, and
// immutable rows are appended and dropped from the front without reading the rows already sent.

interface Holder {
  history: CompanyHistoryRow[];
  news: NewsItem[];
}
/** Company history rows as the wire sent them before clients built them from the reports: a real rows table. */
const HISTORY_ROW = table<CompanyHistoryRow>('HistoryRow', {
  quarter: 'number',
  revenue: 'number',
  revenueBySegment: 'numberRecord',
  aiRevenue: 'number',
  cloudRevenue: 'number',
  ebitda: 'number',
  netIncome: 'number',
  operatingCashFlow: 'number',
  capex: 'number',
  cash: 'number',
  debt: 'number',
  sharePrice: 'number',
  marketCap: 'number',
  installedGW: 'number',
  ownCU: 'number',
  quality: 'number',
  sentiment: 'number',
  credibility: 'number',
  cloudStatus: 'string',
  tsr: 'number',
  capexPenalty: 'number',
  unservedDemand: 'number',
  bankrupt: 'boolean',
  circularShare: 'number',
  circularDiscount: 'number',
  costOfCapital: 'number',
  solvencyHeadroom: 'number',
});

const NEWS = table<NewsItem>('TestNews', { quarter: 'number', key: 'string', params: 'json', severity: 'string', role: 'optionalString' });
const HOLDER = table<Holder>('TestRowsHolder', { history: { rows: HISTORY_ROW }, news: { rows: NEWS } });

function row(quarter: number): CompanyHistoryRow {
  const segs = { ads: 1, software: 2, retail: 0, cloudNonAI: 0, cloudAI: 0, aiProducts: quarter };
  return {
    quarter, revenue: 10 + quarter, revenueBySegment: segs, aiRevenue: 1.5, cloudRevenue: 0, ebitda: 2, netIncome: 1, operatingCashFlow: 1,
    capex: 3, cash: 40, debt: 0, sharePrice: 50.123456789, marketCap: 500, installedGW: 1, ownCU: 1, quality: 10, sentiment: 0.1,
    credibility: 0.7, cloudStatus: 'none', tsr: 0.01, capexPenalty: 0, unservedDemand: 0, bankrupt: false,
    circularShare: 0, circularDiscount: 0, costOfCapital: 0.08, solvencyHeadroom: 10,
  };
}

/** A row that fails the test if the mirror reads any of its fields. */
function sealed(r: CompanyHistoryRow): CompanyHistoryRow {
  return new Proxy(r, {
    get(target, key) {
      if (key === 'quarter') return target.quarter;
      throw new Error(`row of quarter ${target.quarter} was read again (${String(key)})`);
    },
  });
}

function news(quarter: number, key: string): NewsItem {
  return { quarter, key, params: { n: quarter }, severity: 'info' };
}

function setup() {
  const Holder = schemaOf(HOLDER);
  const state = new Holder();
  const encoder = new Encoder(state);
  const decoder = Reflection.decode(Reflection.encode(encoder));
  decoder.decode(encoder.encodeAll());
  encoder.discardChanges();
  /** Mirrors, encodes the patch, applies it on the client side; returns the patch size and what the client decodes. */
  const sync = (value: Holder) => {
    assign(state, value, HOLDER);
    const patch = encoder.encode();
    decoder.decode(patch);
    encoder.discardChanges();
    return { bytes: patch.length, seen: decode(decoder.state, HOLDER) };
  };
  return { sync };
}

describe('the server mirror of immutable rows', () => {
  it('appends new rows without reading the old ones, and an unchanged list costs nothing', () => {
    const { sync } = setup();
    const rows = Array.from({ length: 30 }, (_, q) => row(q));
    const first = sync({ history: rows, news: [] });
    expect(first.seen.history).toEqual(rows);

    const next = [...rows.map(sealed), row(30)];
    const appended = sync({ history: next, news: [] });
    expect(appended.seen.history).toEqual([...rows, row(30)]);
    expect(appended.bytes).toBeLessThan(first.bytes / 20);
    expect(sync({ history: next, news: [] }).bytes).toBe(0);
  });

  it('follows a sliding window: drops rows from the front, appends at the end, several rows per quarter', () => {
    const { sync } = setup();
    const all = [news(0, 'a'), news(0, 'b'), news(1, 'c'), news(2, 'd'), news(2, 'e'), news(3, 'f'), news(3, 'g')];
    expect(sync({ history: [], news: all.slice(0, 4) }).seen.news).toEqual(all.slice(0, 4));
    expect(sync({ history: [], news: all.slice(2, 5) }).seen.news).toEqual(all.slice(2, 5));
    expect(sync({ history: [], news: all.slice(3, 7) }).seen.news).toEqual(all.slice(3, 7));
    expect(sync({ history: [], news: all.slice(3, 7) }).bytes).toBe(0);
  });

  it('rebuilds the list when the rows do not continue the ones sent (a restored or forked state)', () => {
    const { sync } = setup();
    const rows = Array.from({ length: 6 }, (_, q) => row(q));
    sync({ history: rows, news: [] });
    const rewound = rows.slice(0, 3).map((r) => ({ ...r, cash: 99 }));
    expect(sync({ history: rewound, news: [] }).seen.history).toEqual(rewound);
    expect(sync({ history: [], news: [] }).seen.history).toEqual([]);
  });
});

describe('the server mirror of lists whose items change', () => {
  interface Cohorts {
    cohorts: ChipCohort[];
  }
  const COHORTS = table<Cohorts>('TestCohorts', { cohorts: { list: COHORT } });
  const cohort = (vintage: number, ageQ: number): ChipCohort => ({ gw: 0.25 + vintage / 100, year: 2026, bookValue: 10 - ageQ / 3, cost: 10 + vintage, ageQ, custom: vintage % 3 === 0, efficiency: 1 + vintage / 40, vintage });
  /** The cohorts bought at quarters `from` to `to` (inclusive), as they stand at quarter `now`. */
  const cohorts = (from: number, to: number, now: number) => Array.from({ length: to - from + 1 }, (_, i) => cohort(from + i, now - from - i));

  function setupList() {
    const state = new (schemaOf(COHORTS))();
    const encoder = new Encoder(state);
    const decoder = Reflection.decode(Reflection.encode(encoder));
    decoder.decode(encoder.encodeAll());
    encoder.discardChanges();
    return (value: Cohorts) => {
      assign(state, value, COHORTS);
      const patch = encoder.encode();
      decoder.decode(patch);
      encoder.discardChanges();
      return { bytes: patch.length, seen: decode(decoder.state, COHORTS) };
    };
  }

  it('removes the items that went (front or middle) instead of rewriting every item after them', () => {
    const sync = setupList();
    expect(sync({ cohorts: cohorts(0, 39, 39) }).seen.cohorts).toEqual(cohorts(0, 39, 39));
    // A quarter later: the oldest cohort retired, a new one delivered, every other one a quarter older.
    const next = cohorts(1, 40, 40);
    const aged = sync({ cohorts: next });
    expect(aged.seen.cohorts).toEqual(next);
    // Each of the 39 kept cohorts changes its age and book value, nothing else (≈ 39 × (2 + 9) bytes).
    expect(aged.bytes).toBeLessThan(39 * 12 + 120);
    // One cohort sold off in the middle: one removal, the items after it stay where they are.
    const sold = next.filter((k) => k.vintage !== 20);
    const removed = sync({ cohorts: sold });
    expect(removed.seen.cohorts).toEqual(sold);
    expect(removed.bytes).toBeLessThan(16);
    expect(sync({ cohorts: sold }).bytes).toBe(0);
  });

  it('ends with exactly the engine list whatever changed (shorter, longer, reordered, emptied)', () => {
    const sync = setupList();
    const steps = [cohorts(0, 5, 5), cohorts(2, 9, 9), [...cohorts(4, 6, 9)].reverse(), cohorts(0, 12, 12), [], cohorts(7, 8, 9)];
    for (const s of steps) expect(sync({ cohorts: s }).seen.cohorts).toEqual(s);
  });
});

