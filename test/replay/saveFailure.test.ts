import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GameServer } from '../../server';
import { findMatchRoom } from '../../server/room/create';
import type { RecordStore } from '../../server/storage';
import { openDatabase } from '../../server/storage/db';
import { explainStorageError } from '../../server/storage/problems';
import { sqliteDatabase } from '../../server/storage/sql';
import { SqlRecordStore } from '../../server/storage/sqlStore';
import { createMatch as createEngineMatch, defaultOrders, DEFAULT_SCENARIO } from '../../shared/engine';
import { C2S } from '../../shared/protocol';
import { checkRecord, startRecord } from '../../shared/replay';
import { createClass } from '../classroom/helpers';
import { call, createMatch, startTestServer, type Player } from '../server/helpers';

// A save that fails never fails silently (issue 12, Storage): the match pauses with the reason,
// players and host see it, /health says `degraded`, nothing is acknowledged that was not kept, and
// the match goes on by itself once saving works again.
//
// The failure is injected through the storage interface: the store's write calls throw the error
// better-sqlite3 throws on a full disk (code SQLITE_FULL). A last test makes SQLite itself run out
// of room (max_page_count) to show that the real error reads the same.

const PORT = 2713;
let game: GameServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'cr-savefail-'));
  game = (await startTestServer(PORT, dataDir)).game;
});

afterAll(async () => {
  await game?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const WRITES = ['startMatch', 'appendQuarter', 'addPending', 'finishMatch', 'markAbandoned', 'probe'] as const;

/** Makes the given write calls of the store throw SQLITE_FULL until the returned function is called. */
function diskFull(store: RecordStore, which: readonly (typeof WRITES)[number][] = WRITES): () => void {
  const saved = new Map<string, unknown>();
  for (const name of which) {
    saved.set(name, store[name]);
    (store as unknown as Record<string, unknown>)[name] = () => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    };
  }
  return () => {
    for (const [name, fn] of saved) (store as unknown as Record<string, unknown>)[name] = fn;
  };
}

async function health(): Promise<{ status: string; storage?: { failing: number; problem: string } }> {
  return (await fetch(`http://127.0.0.1:${PORT}/health`)).json();
}

function ordersOf(p: Player) {
  const m = findMatchRoom(p.session().code)!.match;
  return structuredClone(defaultOrders(m.state, 'openai'));
}

describe('a failed save', () => {
  it('pauses the match with the reason, refuses what it cannot keep, and goes on once saving works', async () => {
    const store = game.storage!.store;
    const tracker = game.storage!.tracker;
    const bots = { meta: { kind: 'bot' as const }, microsoft: { kind: 'bot' as const }, amazon: { kind: 'bot' as const }, google: { kind: 'bot' as const } };
    const ada = await createMatch(PORT, { name: 'Ada', role: 'openai', settings: { seed: 'save-fail', quarters: 6, planningSeconds: 600, resultsSeconds: 0, seats: bots } });
    const code = ada.session().code;
    expect((await call(ada, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    const matchId = tracker.idOf(findMatchRoom(code)!.match)!;
    expect(matchId).toBeTruthy();
    expect((await health()).status).toBe('ok');

    // The disk fills up: Ada's orders cannot be kept, so they are not accepted.
    let fixDisk = diskFull(store);
    const refused = await call(ada, C2S.submitOrders, { orders: ordersOf(ada) });
    expect(refused.ok).toBe(false);
    expect(refused.payload.code).toBe('SERVER_ERROR');
    expect(refused.payload.message).toBe(`'submitOrders': this could not be saved (the server's disk is full), so it was not accepted; the match is paused until saving works again`);
    await vi.waitFor(() => expect(ada.room.state.storageProblem).toBe('the server cannot save this match: its disk is full'));
    expect(ada.room.state.timerPaused).toBe(true);
    expect(ada.room.state.seats.get('openai')!.submitted).toBe(false);
    expect(await health()).toMatchObject({ status: 'degraded', storage: { status: 'degraded', failing: 1, problem: 'its disk is full' } });
    // Players, host and /health learn nothing of the server's files; its log has the details.
    expect(JSON.stringify(await health())).not.toContain(dataDir);
    expect(ada.room.state.storageProblem).not.toContain(dataDir);
    // The host cannot play on past it; a retry while the disk is still full changes nothing.
    const resume = await call(ada, C2S.host, { command: 'resume' });
    expect(resume.payload.message).toMatch(/stays paused while it cannot be saved/);
    tracker.retry();
    expect(findMatchRoom(code)!.match.storageProblem).not.toBeNull();

    // Room again: the next retry finds it, the match goes on by itself.
    fixDisk();
    tracker.retry();
    await vi.waitFor(() => expect(ada.room.state.storageProblem).toBe(''));
    expect(ada.room.state.timerPaused).toBe(false);
    expect((await health()).status).toBe('ok');
    expect((await call(ada, C2S.submitOrders, { orders: ordersOf(ada) })).ok).toBe(true);
    await vi.waitFor(() => expect(ada.room.state.phase).toBe('results'));
    expect(checkRecord(JSON.parse(store.get(matchId)!.text))).toMatchObject({ ok: true, record: { quarters: [{ quarter: 0 }] } });

    // A resolved quarter that cannot be written: the results stay paused until it is.
    expect((await call(ada, C2S.host, { command: 'next' })).ok).toBe(true);
    await vi.waitFor(() => expect(ada.room.state.phase).toBe('planning'));
    fixDisk = diskFull(store, ['appendQuarter', 'probe']);
    expect((await call(ada, C2S.submitOrders, { orders: ordersOf(ada) })).ok).toBe(true);
    await vi.waitFor(() => expect(ada.room.state).toMatchObject({ phase: 'results', quarter: 2, timerPaused: true }));
    expect(ada.room.state.storageProblem).toBe('the server cannot save this match: its disk is full');
    expect((await health()).status).toBe('degraded');
    expect(store.get(matchId)!.item.quartersPlayed).toBe(1);
    expect((await call(ada, C2S.host, { command: 'next' })).payload.message).toMatch(/stays paused while it cannot be saved/);
    fixDisk();
    tracker.retry();
    await vi.waitFor(() => expect(ada.room.state.storageProblem).toBe(''));
    expect(store.get(matchId)!.item.quartersPlayed).toBe(2);
    expect((await health()).status).toBe('ok');
    await ada.room.leave();
  });

  it('a class session that cannot be saved makes /health degraded and is saved once it can', async () => {
    const classes = game.storage!.store.classes as unknown as Record<string, unknown>;
    const save = classes.save;
    classes.save = () => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    };
    const teacher = await createClass(PORT, { title: 'Full disk', groups: 2, settings: { seed: 'class-full', quarters: 4 } });
    const classId = teacher.session().classId;
    expect(await health()).toMatchObject({ status: 'degraded', storage: { failing: 1, problem: 'its disk is full' } });
    expect(game.storage!.store.classes.has(classId)).toBe(false);
    classes.save = save;
    game.storage!.tracker.retry();
    expect(game.storage!.store.classes.has(classId)).toBe(true);
    expect((await health()).status).toBe('ok');
    await teacher.room.leave();
  });

  it('reads the same when SQLite itself runs out of room', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cr-full-'));
    // A database of its own (this process already holds the server's), at its size limit.
    const opened = openDatabase(dir);
    const { db, file } = opened;
    const store = new SqlRecordStore(sqliteDatabase(opened), 'test', 60_000);
    try {
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
      const state = createEngineMatch(DEFAULT_SCENARIO, { quarters: 4, activeSeats: ['openai', 'meta'], startYear: 2026, startQuarter: 1 }, 'full');
      const record = startRecord(state, [], { source: 'test' });
      let thrown: unknown;
      try {
        store.startMatch('m1', record, { code: 'ABCDEF', settings: {} as never, hostSecret: 's', seats: [] }, [], Date.now());
      } catch (err) {
        thrown = err;
      }
      expect((thrown as { code?: string }).code).toBe('SQLITE_FULL');
      expect(explainStorageError(thrown, file)).toBe(`the disk holding ${file} is full (database or disk is full): free some space or set COMPUTE_RACE_DATA_DIR to another directory on another disk`);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
