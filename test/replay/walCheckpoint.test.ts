import { spawn } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registry } from '../../server/metrics';
import { openDatabase } from '../../server/storage/db';
import { explainStorageError, publicStorageReason } from '../../server/storage/problems';
import { sqliteDatabase, type SqliteDatabase } from '../../server/storage/sql';
import type { Worker } from 'node:worker_threads';
import { WalCheckpointer, type CheckpointFailure, type CheckpointOptions } from '../../server/storage/walCheckpointer';
import { testTempDir } from '../support/tempDirs';

// SQLite's log is copied into the database file by a worker thread (server/storage/walCheckpointer.ts),
// never inside one of the server's writes, where it held the event loop for up to ~40 ms with
// every room waiting. What the tests look at: the database file only grows when pages are copied
// into it, and the log file is cut back once it starts again after a checkpoint of a burst.

const ROW = 'q'.repeat(22_000); // about what a resolved quarter writes
const MB = 1024 * 1024;
// The worker is a thread on a machine other tests keep busy: give it time (this is not a figure).
const WAIT = { timeout: 20_000, interval: 10 };

let open: SqliteDatabase[] = [];
afterEach(() => {
  for (const sql of open) sql.close();
  open = [];
  vi.restoreAllMocks();
});

function database(checkpoint: CheckpointOptions | null) {
  const opened = openDatabase(testTempDir('cr-checkpoint-'));
  const sql = sqliteDatabase(opened, { checkpoint });
  open.push(sql);
  sql.run('CREATE TABLE quarters (n INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  return { sql, file: opened.file, wal: `${opened.file}-wal` };
}

function writeQuarters(sql: SqliteDatabase, from: number, count: number): void {
  for (let n = from; n < from + count; n++) sql.run('INSERT INTO quarters (n, body) VALUES (?, ?)', [n, ROW]);
}

const size = (file: string) => statSync(file).size;

/** A counter of this process's /metrics (the series with `labels`). */
async function metric(name: string, labels: Record<string, string> = {}): Promise<number> {
  const counter = registry.getSingleMetric(name);
  if (!counter) throw new Error(`no metric ${name} in /metrics`);
  const series = (await counter.get()).values.find((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x));
  return series?.value ?? 0;
}
const CHECKPOINTS = 'compute_race_wal_checkpoints_total';
const FAILURES = 'compute_race_wal_checkpoint_failures_total';

describe('checkpoints of the SQLite log', () => {
  it('are not made by the server’s own writes, however much they log', () => {
    // No worker: whatever is copied is copied by the writes themselves.
    const { sql, file, wal } = database(null);
    const before = size(file);
    writeQuarters(sql, 0, 250); // 5.5 MB, past SQLite's automatic checkpoint (1000 pages, ~4 MB)
    expect(size(wal)).toBeGreaterThan(5 * MB);
    expect(size(file)).toBe(before);
    expect(sql.checkpoints().checkpoints).toBe(0);
    expect(sql.get<{ n: number }>('SELECT count(*) AS n FROM quarters')).toEqual({ n: 250 });
  });

  it('are made by the worker as soon as the log is past its limit, and the log then starts again, cut back', async () => {
    const limit = 256 * 1024;
    const countedBefore = await metric(CHECKPOINTS, { kind: 'passive' });
    // A period never reached after the first checkpoint: only the size can bring another.
    const { sql, file, wal } = database({ intervalMs: 10, periodMs: 1e9, logLimitBytes: limit });
    await vi.waitFor(() => expect(sql.checkpoints().checkpoints).toBe(1), WAIT); // the table's creation
    // One commit of 3.3 MB (the log may pass the limit before it commits, with pages SQLite
    // spills from its cache: a checkpoint then has nothing committed to copy).
    sql.transaction(() => writeQuarters(sql, 0, 150));
    expect(size(file)).toBeLessThan(MB);
    // Every frame of the log (a 32-byte header, then a page and its 24-byte header each).
    const pageSize = sql.get<{ page_size: number }>('PRAGMA page_size')!.page_size;
    const frames = (size(wal) - 32) / (pageSize + 24);
    expect(frames * pageSize).toBeGreaterThan(3 * MB);
    await vi.waitFor(() => expect(sql.checkpoints()).toMatchObject({ lastLogFrames: frames, lastCopiedFrames: frames, caughtUp: true }), WAIT);
    expect(size(file)).toBeGreaterThan(3 * MB);
    // Each one is counted on /metrics (two or more: pages spilled during the commit may pass the
    // limit before it commits and bring one with nothing committed to copy).
    const made = sql.checkpoints().checkpoints;
    expect(made).toBeGreaterThanOrEqual(2);
    expect((await metric(CHECKPOINTS, { kind: 'passive' })) - countedBefore).toBe(made);

    // The next write starts the log from its beginning and cuts the file back to the limit.
    writeQuarters(sql, 150, 1);
    expect(size(wal)).toBeLessThanOrEqual(limit);
    expect(sql.get<{ n: number }>('SELECT count(*) AS n FROM quarters')).toEqual({ n: 151 });
  });

  it('keep up with a stream of writes: the log keeps starting again while they keep coming', async () => {
    const { sql, file, wal } = database({ intervalMs: 100, periodMs: 0, logLimitBytes: 256 * 1024, hardLimitBytes: 4 * MB });
    // Writes a few milliseconds apart, while each checkpoint copies and fsyncs a hundred or so:
    // every checkpoint is overtaken by some of them, and the log must start again all the same
    // (by more passes, or past the hard limit by one that holds the writes). Without that, the
    // log file would hold all 600 of them (15 MB).
    let largest = 0;
    for (let n = 0; n < 600; n++) {
      writeQuarters(sql, n, 1);
      largest = Math.max(largest, size(wal));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(largest).toBeLessThan(8 * MB);
    expect(sql.checkpoints().checkpoints).toBeGreaterThan(0);
    expect(size(file)).toBeGreaterThan(MB);
    expect(sql.get<{ n: number }>('SELECT count(*) AS n FROM quarters')).toEqual({ n: 600 });
  }, 60_000);

  it('that fail make the next write fail with the reason, as a refused flush does', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failuresBefore = await metric(FAILURES);
    // A database file the worker cannot read stands for a disk that refuses the checkpoint.
    const damaged = path.join(testTempDir('cr-checkpoint-'), 'damaged.sqlite');
    writeFileSync(damaged, 'this is not a database '.repeat(400));
    const { sql, file } = database({ intervalMs: 10, periodMs: 0, file: damaged });
    writeQuarters(sql, 0, 1);
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith('[storage] checkpointing the write-ahead log failed:', expect.any(Error)), WAIT);
    expect(await metric(FAILURES)).toBeGreaterThan(failuresBefore);

    let thrown: unknown;
    try {
      writeQuarters(sql, 1, 1);
    } catch (err) {
      thrown = err;
    }
    expect((thrown as Error | undefined)?.message).toBe(`the writes logged for ${file} could not be copied into it (file is not a database)`);
    expect((thrown as { code?: string }).code).toBe('SQLITE_NOTADB');
    expect(publicStorageReason(thrown)).toBe('its database is damaged');
    expect(explainStorageError(thrown, file)).toContain('could not be copied into it');
    expect(sql.all('SELECT n FROM quarters')).toEqual([{ n: 0 }]);
  });

  it('stop with the database: closing waits for the worker, which leaves nothing open behind it', () => {
    const { sql, file, wal } = database({ intervalMs: 10, periodMs: 0 });
    writeQuarters(sql, 0, 40);
    sql.close();
    open = [];
    // The last connection closed has copied the whole log and removed it.
    expect(existsSync(wal)).toBe(false);
    expect(existsSync(`${file}-shm`)).toBe(false);
    // The directory is free again at once.
    const again = sqliteDatabase(openDatabase(path.dirname(file)));
    open.push(again);
    expect(again.get<{ n: number }>('SELECT count(*) AS n FROM quarters')).toEqual({ n: 40 });
  });
});

describe('a checkpoint worker that stops without being asked', () => {
  it('is reported as a failure and replaced by a new worker that checkpoints again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The server's connection without a worker of its own; this one is driven by the test.
    const { sql, file, wal } = database(null);
    const failures: CheckpointFailure[] = [];
    const checkpointer = new WalCheckpointer(file, wal, (err) => failures.push(err), { intervalMs: 10, periodMs: 0 });
    const workerOf = () => (checkpointer as unknown as { worker: Worker }).worker;
    try {
      writeQuarters(sql, 0, 5);
      await vi.waitFor(() => expect(checkpointer.stats().checkpoints).toBeGreaterThan(0), WAIT);
      const first = workerOf();
      await first.terminate(); // as a thread that crashed would

      await vi.waitFor(() => expect(failures.map((f) => [f.message, f.code])).toEqual([['the checkpoint worker stopped (exit code 1)', 'CHECKPOINT_WORKER']]), WAIT);
      expect(error).toHaveBeenCalledWith('[storage] checkpointing the write-ahead log failed:', expect.any(Error));
      // Another worker takes over and copies what is written after the first one stopped.
      const before = checkpointer.stats().checkpoints;
      writeQuarters(sql, 5, 5);
      await vi.waitFor(() => expect(checkpointer.stats()).toMatchObject({ checkpoints: expect.toSatisfy((n: number) => n > before), caughtUp: true }), WAIT);
      expect(workerOf()).not.toBe(first);
      expect(failures).toHaveLength(1);
      expect(size(file)).toBeGreaterThan(10 * ROW.length);
    } finally {
      checkpointer.close();
    }
  });
});

describe('the checkpoint worker in a process of its own', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  // A Node process that opens the database, writes 2 MB and then closes it or not: it must end by
  // itself (the event loop empty) either way, with the worker's thread gone.
  const run = (dir: string, close: boolean) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const script = [
        `import { openDatabase } from './server/storage/db.ts';`,
        `import { sqliteDatabase } from './server/storage/sql.ts';`,
        `const sql = sqliteDatabase(openDatabase(${JSON.stringify(dir)}), { checkpoint: { intervalMs: 10, periodMs: 0 } });`,
        `sql.run('CREATE TABLE IF NOT EXISTS quarters (n INTEGER PRIMARY KEY, body TEXT NOT NULL)');`,
        `for (let n = 0; n < 100; n++) sql.run('INSERT INTO quarters (body) VALUES (?)', ['q'.repeat(22000)]);`,
        close ? `sql.close();` : '',
        `console.log('written');`,
      ].join('\n');
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.once('exit', (code) => resolve({ code, output }));
    });

  it('ends when the database is closed, and when it is not', async () => {
    const dir = testTempDir('cr-checkpoint-');
    const closed = await run(dir, true);
    expect(closed, closed.output).toEqual({ code: 0, output: 'written\n' });
    expect(existsSync(path.join(dir, 'compute-race.sqlite-wal'))).toBe(false);
    // Not closed (a server that fails on its way out): the worker does not keep the process alive.
    const left = await run(dir, false);
    expect(left, left.output).toEqual({ code: 0, output: 'written\n' });
    const sql = sqliteDatabase(openDatabase(dir));
    open.push(sql);
    expect(sql.get<{ n: number }>('SELECT count(*) AS n FROM quarters')).toEqual({ n: 200 });
  }, 60_000);
});

describe('the data directory', () => {
  it('is refused to a second opener in this process with the message a second server gets, and free once closed', () => {
    const dir = testTempDir('cr-checkpoint-');
    const first = sqliteDatabase(openDatabase(dir));
    open.push(first);
    expect(() => openDatabase(dir)).toThrow(/compute-race\.sqlite is in use by another Compute Race server \(process \d+ on .*stop the other server/);
    first.close();
    open = [];
    open.push(sqliteDatabase(openDatabase(dir)));
  });
});
