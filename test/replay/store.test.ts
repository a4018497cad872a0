import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/storage/db';
import { openPostgres } from '../../server/storage/pg/open';
import { sqliteDatabase, type SqlDatabase } from '../../server/storage/sql';
import { SqlRecordStore } from '../../server/storage/sqlStore';
import type { LiveRoom, PendingInput, RecordStore } from '../../server/storage/types';
import { checkRecord, sealRecord, verifyRecord, type MatchRecord } from '../../shared/replay';
import { playScripted, recordQuarter } from './helpers';
import { postgresMissing, startPostgres, type TestPostgres } from './support/postgres';
import { must } from '../../shared/lists';

// The storage interface's contract (docs/REPLAY.md §3), run against both implementations: the
// embedded SQLite file and PostgreSQL (a real server started for the test from the Debian
// binaries; skipped, saying so, when they are not installed). A match is written as it is played
// (a header, one row per quarter, the inputs of the quarter being planned), read back whole by
// the next server, sealed once at the end; one server at a time plays a live match.

const PG_PORT = 2715;
const missing = postgresMissing();
if (missing) console.warn(missing);

let postgres: TestPostgres | null = null;
const dirs: string[] = [];
let dbCount = 0;

interface Backend {
  name: string;
  /** Opens the storage a fresh server would (same place for the same key). */
  open(key: string): SqlDatabase;
  /** Whether a second server on the same data is refused at once (SQLite) rather than kept off the live matches (PostgreSQL). */
  exclusive: boolean;
}

const urls = new Map<string, string>();
const sqliteDirs = new Map<string, string>();

const backends: Backend[] = [
  {
    name: 'SQLite',
    exclusive: true,
    open(key) {
      if (!sqliteDirs.has(key)) {
        const d = mkdtempSync(path.join(tmpdir(), 'cr-store-'));
        dirs.push(d);
        sqliteDirs.set(key, d);
      }
      return sqliteDatabase(openDatabase(sqliteDirs.get(key)!));
    },
  },
  {
    name: 'PostgreSQL',
    exclusive: false,
    open(key) {
      return openPostgres(urls.get(key)!);
    },
  },
];

beforeAll(async () => {
  if (missing) return;
  postgres = await startPostgres(PG_PORT);
  for (const key of ['lifecycle', 'owners', 'classes']) urls.set(key, await postgres.createDatabase(`cr_${key}_${++dbCount}`));
}, 60_000);

afterAll(async () => {
  await postgres?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const ROOM: LiveRoom = { code: 'ABCDEF', settings: { planningSeconds: 60 } as never, hostSecret: 'host-secret', seats: [] };

function header(record: MatchRecord) {
  const { checksum: _c, ...rest } = record;
  void _c;
  return { ...rest, status: 'playing' as const, quarters: [] };
}

const pendingOrders = (record: MatchRecord, quarter: number): PendingInput => ({
  kind: 'action',
  action: { type: 'submitOrders', seat: 'openai', orders: recordQuarter(record, quarter).orders.openai! } as never,
});

describe.each(backends)('$name record store', (backend) => {
  const skip = backend.name === 'PostgreSQL' && missing !== null;

  it.skipIf(skip)('writes a match as it is played, gives it back whole to the next server, seals it once at the end', () => {
    const played = playScripted({ seed: `store-${backend.name}`, quarters: 5 });
    const full = played.record;
    let store: RecordStore = new SqlRecordStore(backend.open('lifecycle'), 'server-a', 60_000);
    store.startMatch('m1', header(full), ROOM, [{ kind: 'hostEvent', event: { id: 'rateCut' } }], 1000);
    for (let q = 0; q < 3; q++) {
      store.appendQuarter('m1', recordQuarter(full, q), { seats: full.seats, standings: full.standings }, ROOM, 2000 + q);
    }
    store.addPending('m1', 3, pendingOrders(full, 3));
    // While it is played: listed with status=all, readable as a sealed record of 3 quarters.
    expect(store.list({ page: 1, pageSize: 10, origin: 'match', status: 'done' }).total).toBe(0);
    expect(store.list({ page: 1, pageSize: 10, origin: 'match', status: 'all' }).items[0]).toMatchObject({ id: 'm1', status: 'playing', quartersPlayed: 3 });
    const partial = checkRecord(JSON.parse(store.get('m1')!.text));
    expect(partial.ok && partial.record.quarters.map((q) => q.hash)).toEqual(full.quarters.slice(0, 3).map((q) => q.hash));
    store.close();

    // The next server: the match, its 3 quarters and the inputs of quarter 3 (the host event of quarter 0 went with quarter 0).
    store = new SqlRecordStore(backend.open('lifecycle'), 'server-b', 60_000);
    const live = must(store.claimLiveMatches(5000, 60_000)[0], 'the live match');
    expect(live).toMatchObject({ id: 'm1', code: 'ABCDEF', room: { hostSecret: 'host-secret' } });
    expect(live.record!.quarters).toHaveLength(3);
    expect(live.pending).toEqual([pendingOrders(full, 3)]);
    expect(store.claimLiveMatches(5000, 60_000)).toEqual([]);

    store.appendQuarter('m1', recordQuarter(full, 3), { seats: full.seats, standings: full.standings }, ROOM, 6000);
    store.appendQuarter('m1', recordQuarter(full, 4), { seats: full.seats, standings: full.standings }, ROOM, 7000);
    const sealed = sealRecord({ ...live.record!, quarters: full.quarters, status: 'finished' });
    store.finishMatch('m1', sealed, JSON.stringify(sealed), 8000);
    const done = store.get('m1')!;
    expect(done.item).toMatchObject({ status: 'finished', quartersPlayed: 5, finishedAt: new Date(8000).toISOString() });
    const read = checkRecord(JSON.parse(done.text));
    expect(read.ok).toBe(true);
    if (read.ok) expect(verifyRecord(read.record).ok).toBe(true);
    expect(store.claimLiveMatches(9000, 60_000)).toEqual([]);

    // Uploads: the same file twice is stored once.
    const up = store.addUpload('u1', full, JSON.stringify(full), 9000);
    expect(up).toEqual({ id: 'u1', duplicate: false });
    expect(store.addUpload('u2', full, JSON.stringify(full), 9001)).toEqual({ id: 'u1', duplicate: true });
    expect(store.list({ page: 1, pageSize: 10, origin: 'upload', status: 'done' }).items.map((i) => i.id)).toEqual(['u1']);
    store.probe();
    store.close();
  });

  it.skipIf(skip)('one server at a time plays a live match; the next one takes it over once the first is gone', () => {
    const full = playScripted({ seed: `owners-${backend.name}`, quarters: 4 }).record;
    const a = new SqlRecordStore(backend.open('owners'), 'server-a', 60_000);
    a.startMatch('m2', header(full), ROOM, [], 1000);
    a.appendQuarter('m2', recordQuarter(full, 0), { seats: full.seats, standings: full.standings }, ROOM, 2000);
    if (backend.exclusive) {
      // SQLite: the file is locked by the first server, a second one does not even open it.
      expect(() => backend.open('owners')).toThrow(/is in use by another Compute Race server/);
    } else {
      // PostgreSQL: a second server shares the database but does not get the first one's match.
      const b = new SqlRecordStore(backend.open('owners'), 'server-b', 60_000);
      expect(b.claimLiveMatches(3000, 60_000)).toEqual([]);
      b.close();
    }
    a.close();
    const c = new SqlRecordStore(backend.open('owners'), 'server-c', 60_000);
    expect(c.claimLiveMatches(4000, 60_000).map((m) => [m.id, m.record!.quarters.length])).toEqual([['m2', 1]]);
    c.close();
  });

  it.skipIf(skip)('keeps class sessions next to the records', () => {
    const store = new SqlRecordStore(backend.open('classes'), 'server-a', 60_000);
    const settings = { seed: 's', scenario: 'default-2026', quarters: 8 } as never;
    const options = { anonymousNames: true, schedule: [{ id: 's1', quarter: 2, eventId: 'bubbleCall', queuedIn: [0] }], teacherKeyHash: 'd'.repeat(64) };
    store.classes.save({ id: 'CLASS1', title: 'Mon', secretHash: 'a'.repeat(64), viewKeyHash: 'b'.repeat(64), settings, createdAt: 10, groups: [{ index: 0, code: 'AAAAAA', recordId: null }], options }, 20);
    store.classes.save({ id: 'CLASS1', title: 'Mon', secretHash: 'a'.repeat(64), viewKeyHash: 'c'.repeat(64), settings, createdAt: 10, groups: [{ index: 0, code: 'AAAAAA', recordId: null }], options }, 30);
    store.classes.save({ id: 'CLASS3', title: 'Tue', secretHash: 'a'.repeat(64), viewKeyHash: 'c'.repeat(64), settings, createdAt: 40, groups: [], options: { ...options, teacherKeyHash: 'e'.repeat(64) } }, 40);
    // A teacher's archive: only the classes of that teacher key, newest first, bounded.
    expect(store.classes.listByTeacher('d'.repeat(64), 10).map((c) => c.id)).toEqual(['CLASS1']);
    expect(store.classes.listByTeacher('e'.repeat(64), 10)).toEqual([{ id: 'CLASS3', title: 'Tue', seed: 's', scenarioId: 'default-2026', quarters: 8, groups: 0, createdAt: 40, updatedAt: 40 }]);
    expect(store.classes.listByTeacher('f'.repeat(64), 10)).toEqual([]);
    expect(store.classes.get('CLASS1')!.options).toEqual(options);
    expect(store.classes.has('CLASS1')).toBe(true);
    expect(store.classes.has('CLASS2')).toBe(false);
    expect(store.classes.savedSince(25)).toEqual(['CLASS1', 'CLASS3']);
    expect(store.classes.get('CLASS1')).toMatchObject({ title: 'Mon', viewKeyHash: 'c'.repeat(64), createdAt: 10, updatedAt: 30, groups: [{ index: 0, code: 'AAAAAA', recordId: null }] });
    store.close();
  });
});

describe('PostgreSQL that cannot be used', () => {
  it('refuses to start with a sentence that names the database (password hidden) and what to check', () => {
    expect(() => openPostgres('postgres://cr:secret@127.0.0.1:1/records')).toThrow(
      /^PostgreSQL at postgres:\/\/cr:\*\*\*@127\.0\.0\.1:1\/records cannot be reached \(.*ECONNREFUSED.*\): check DATABASE_URL and that the database server runs$/,
    );
  });
});
