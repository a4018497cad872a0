import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, reduce, stateHash } from '../../shared/index';
import {
  parseRecordText,
  recordFromLog,
  replayRecord,
  replayToQuarter,
  sealRecord,
  serializeRecord,
  summarizeRecord,
  summaryLines,
  verifyRecord,
  forkRecord,
  appendQuarter,
  RecordProblem,
} from '../../shared/replay';
import { playScripted, playedState, recordQuarter } from './helpers';

const played = playScripted({ seed: 'record-test' });

describe('match record', () => {
  it('round-trips through its file text and verifies bit for bit', () => {
    const text = serializeRecord(played.record);
    const read = parseRecordText(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.record).toEqual(played.record);
    const v = verifyRecord(read.record);
    expect(v.failure).toBeUndefined();
    expect(v.ok).toBe(true);
    expect(v.quartersChecked).toBe(12);
    expect(v.hashes.map((h) => h.hash)).toEqual(played.states.slice(1).map(stateHash));
  });

  it('a quarter appended with the engine hash of its state keeps that hash (the server does not hash the state again)', () => {
    const q0 = recordQuarter(played.record, 0);
    const start = { ...played.record, quarters: [], status: 'playing' as const };
    const given = appendQuarter(start, { ...q0, hash: 'feedfacefeedface' }, playedState(played, 1));
    expect(given.quarters[0]?.hash).toBe('feedfacefeedface');
    const computed = appendQuarter(start, { ...q0, hash: undefined }, playedState(played, 1));
    expect(computed.quarters[0]?.hash).toBe(stateHash(playedState(played, 1)));
  });

  it('pretty and compact files carry the same checksum', () => {
    const compact = parseRecordText(serializeRecord(played.record));
    const pretty = parseRecordText(serializeRecord(played.record, { pretty: true }));
    expect(compact.ok && pretty.ok).toBe(true);
    if (compact.ok && pretty.ok) expect(pretty.record.checksum).toBe(compact.record.checksum);
  });

  it('prints the size of a 12-quarter 5-seat record', () => {
    const compact = serializeRecord(played.record);
    const pretty = serializeRecord(played.record, { pretty: true });
    const bytes = new TextEncoder().encode(compact).length;
    console.log(`record size, 12 quarters × 5 seats: ${(bytes / 1024).toFixed(1)} KB compact, ${(new TextEncoder().encode(pretty).length / 1024).toFixed(1)} KB indented`);
    expect(bytes).toBeGreaterThan(1000);
  });

  it('replays to any quarter with the state the match had then', () => {
    for (const n of [0, 1, 5, 12]) expect(stateHash(replayToQuarter(played.record, n))).toBe(stateHash(playedState(played, n)));
    expect(() => replayToQuarter(played.record, 13)).toThrow(/0 to 12/);
    const r = replayRecord(played.record, { to: 4 });
    expect(r.ok).toBe(true);
    expect(r.states).toHaveLength(5);
    expect(r.reports.map((x) => x.quarter)).toEqual([0, 1, 2, 3]);
  });

  it('records deal actions, host events and where each seat’s orders came from', () => {
    const q1 = recordQuarter(played.record, 1);
    expect(q1.dealActions.map((a) => a.type)).toEqual(['proposeDeal', 'respondDeal']);
    expect(played.record.quarters[2]?.hostEvents).toEqual([{ id: 'killerApp' }]);
    expect(played.record.quarters[5]?.hostEvents).toEqual([{ id: 'rumor', target: 'meta' }]);
    expect(Object.keys(q1.orders).sort()).toEqual(['amazon', 'google', 'meta', 'microsoft', 'openai']);
    expect(q1.sources?.meta).toBe('submitted');
    expect(played.record.engineVersion).toBe(ENGINE_VERSION);
    expect(played.record.status).toBe('finished');
  });

  it('builds the same record from a log after the fact', () => {
    const log = played.record.quarters.map((q) => ({ quarter: q.quarter, dealActions: q.dealActions, hostEvents: q.hostEvents, orders: q.orders, sources: q.sources, trigger: q.trigger, hash: q.hash }));
    const rebuilt = recordFromLog(playedState(played, 0), log, { seats: played.record.seats, meta: played.record.meta, status: 'finished' });
    expect(sealRecord(rebuilt)).toEqual(played.record);
    const badLog = log.map((q, i) => (i === 3 ? { ...q, hash: '0000000000000000' } : q));
    expect(() => recordFromLog(playedState(played, 0), badLog, { seats: played.record.seats, meta: played.record.meta })).toThrow(RecordProblem);
  });

  it('forks at quarter N: the first N quarters are shared, the rest is a new match that replays on its own', () => {
    const at = replayToQuarter(played.record, 5);
    let fork = forkRecord(played.record, 5, at, { source: 'test', matchId: 'fork-1' });
    expect(fork.quarters).toHaveLength(5);
    expect(fork.meta.forkedFrom).toEqual({ matchId: 'test-match', checksum: played.record.checksum, quarter: 5 });
    // Continue differently: everyone plays the recorded quarter-5 orders except Meta, which stands still.
    const q5 = recordQuarter(played.record, 5);
    const orders = { ...q5.orders };
    delete orders.meta;
    const r = reduce(at, { type: 'resolve', orders: orders, hostEvents: q5.hostEvents });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    fork = appendQuarter(fork, { quarter: 5, orders: orders, hostEvents: q5.hostEvents }, r.state);
    const sealed = sealRecord(fork);
    expect(verifyRecord(sealed).ok).toBe(true);
    expect(recordQuarter(sealed, 5).hash).not.toBe(q5.hash);
    expect(sealed.quarters[4]?.hash).toBe(recordQuarter(played.record, 4).hash);
  });

  it('summarizes who played and who won', () => {
    const s = summarizeRecord(played.record);
    expect(s.quartersPlayed).toBe(12);
    expect(s.span).toBe('Q1 2026 – Q4 2028');
    expect(s.standings).toHaveLength(5);
    expect(s.standings[0]?.rank).toBe(1);
    const text = summaryLines(s).join('\n');
    expect(text).toContain('seed record-test');
    expect(text).toContain('Final standings');
    expect(text).toContain('Player 1');
  });

  it('records an unfinished match as playing, and it replays as far as it goes', () => {
    const partial = playScripted({ seed: 'partial', quarters: 6, status: 'playing' });
    expect(partial.record.status).toBe('playing');
    expect(partial.record.quarters).toHaveLength(5);
    expect(verifyRecord(partial.record).ok).toBe(true);
  });

  it('works with fewer seats (absent companies)', () => {
    const three = playScripted({ seed: 'three', quarters: 4, seats: ['openai', 'meta', 'google'] });
    expect(three.record.settings.activeSeats).toEqual(['openai', 'meta', 'google']);
    expect(three.record.seats.find((s) => s.role === 'amazon')?.kind).toBe('absent');
    expect(verifyRecord(three.record).ok).toBe(true);
  });
});
