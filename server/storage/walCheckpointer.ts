import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { countCheckpoint, countCheckpointFailure } from '../metrics';

// SQLite's write-ahead log is copied into the database file (a checkpoint) by a worker thread, not
// by the server's connection: an automatic checkpoint runs inside the commit that crosses its
// threshold (1000 pages), copies ~4 MB and fsyncs the database file on the event loop (p999 of a
// 22 KB write 11–29 ms, worst cases 30–106 ms, with every room waiting). The server's connection
// has `wal_autocheckpoint = 0` (sql.ts); the worker owns a second connection to the same file
// (`synchronous = NORMAL`, so the database file is fsynced before the log may be reused) and runs
// PASSIVE checkpoints, which never hold the server's writes.
//
// When: every `intervalMs` (1 s) the worker looks at the log file (a stat, on its own thread), and
// checkpoints when it changed and the last checkpoint is `periodMs` (5 s) old, or at once when the
// file is past `logLimitBytes` (4 MB). Nothing is added to the server's commits (no message per
// write). Below ~0.8 MB of writes a second (4,000 clients write ~0.35 MB) the log holds at most
// 5 s of writes and the server's next write after a checkpoint starts it again from its
// beginning, over the same disk blocks. Faster, the log is checkpointed every 4 MB, as SQLite
// would, and cut back to 4 MB when it starts again (`journal_size_limit`), so its size says how
// much was logged since; that cut is an ftruncate inside a commit, 1.3–3.3 ms on the event loop,
// which the slower pace avoids. Each checkpoint slows the writes made during its fsyncs by a few
// milliseconds at worst: once a second, that was the p99 of 22 KB writes at 25 a second (1.5–2.7
// ms); every 5 s, 0.5–0.7 ms.
//
// The log only starts again from its beginning when a write finds all of it copied. A checkpoint
// copies what was logged when it began; what the server commits while it copies (and fsyncs) is
// copied by another pass at once, a few times, each shorter, until a pass finds nothing new.
// Should writes keep overtaking it while the log file is past `hardLimitBytes`, the worker runs a
// RESTART checkpoint, which holds the server's writes while it copies the little left, so the log
// stays bounded.

export interface CheckpointOptions {
  /** How often the worker looks at the log (ms, default 1000). */
  intervalMs?: number;
  /** A log that changed is checkpointed this long after the last checkpoint (ms, default 5000). */
  periodMs?: number;
  /** A log file past this size is checkpointed at once, and cut back to it when it starts again (default 4 MB). */
  logLimitBytes?: number;
  /** A log file past this size is checkpointed even if it has to hold writes for it (default 16 MB). */
  hardLimitBytes?: number;
  /** The database file the worker opens (default: the server's; a test points it at a damaged file). */
  file?: string;
}

export interface CheckpointStats {
  /** Checkpoints made (each one PASSIVE pass or several in a row). */
  checkpoints: number;
  /** Of them, those that had to hold the server's writes (a RESTART checkpoint past `hardLimitBytes`). */
  blocking: number;
  /** Log frames of the last checkpoint, how many of them are now in the database file, and whether nothing was logged meanwhile. */
  lastLogFrames: number;
  lastCopiedFrames: number;
  caughtUp: boolean;
}

export const DEFAULT_LOG_LIMIT_BYTES = 4 * 1024 * 1024;
const DEFAULT_INTERVAL_MS = 1000;
const DEFAULT_PERIOD_MS = 5000;
const DEFAULT_HARD_LIMIT_BYTES = 16 * 1024 * 1024;
const STOP_TIMEOUT_MS = 15_000;

export interface CheckpointFailure extends Error {
  code: string;
}

// Where the worker is, in a shared word: the server waits for STOPPED when it closes, unless the
// worker has not even BOOTED (then there is nothing of it to wait for).
const STARTING = 0;
const BOOTED = 1;
const STOPPED = 2;
/** PASSIVE checkpoints in a row, at most, to catch up with the writes made during the first. */
const PASSIVE_PASSES = 6;

// Plain JavaScript run with `eval`, so it needs no build step and no TypeScript loader.
const WORKER = `
const BOOTED = ${BOOTED}, STOPPED = ${STOPPED};
const { workerData, parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const Database = require(workerData.sqlitePath);
const { file, walFile, periodMs, logLimitBytes, hardLimitBytes, intervalMs } = workerData;
const state = new Int32Array(workerData.state);
Atomics.store(state, 0, BOOTED);
let db = null;
let lastDone = null;
let lastAt = -Infinity;

function open() {
  const d = new Database(file, { fileMustExist: true });
  try {
    d.pragma('synchronous = NORMAL');
    d.pragma('busy_timeout = 2000');
    const mode = d.pragma('journal_mode', { simple: true });
    if (mode !== 'wal') throw Object.assign(new Error(file + ' is not in WAL mode (' + mode + ')'), { code: 'SQLITE_ERROR' });
    return d;
  } catch (err) {
    d.close();
    throw err;
  }
}

function walStat() {
  try {
    const s = fs.statSync(walFile);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch (err) {
    if (err.code === 'ENOENT') return { size: 0, mtimeMs: 0 };
    throw err;
  }
}

const checkpoint = (mode) => db.pragma('wal_checkpoint(' + mode + ')')[0];
// Everything logged is in the database file, and nothing was logged since the pass before
// (a pass reports the log as it was when it began, not what was committed while it copied).
const caughtUp = (r, before) => r.busy === 0 && r.checkpointed === r.log && before !== null && r.log === before.log;

function tick() {
  try {
    db = db || open();
    const wal = walStat();
    if (wal.size === 0 || (lastDone && lastDone.size === wal.size && lastDone.mtimeMs === wal.mtimeMs)) return;
    const now = performance.now();
    if (wal.size <= logLimitBytes && now - lastAt < periodMs) return;
    lastAt = now;
    let before = null;
    let r = checkpoint('PASSIVE');
    if (r.log < 0) throw Object.assign(new Error(file + ' has no write-ahead log to checkpoint'), { code: 'SQLITE_ERROR' });
    // Copy what was committed meanwhile, a little each time, until a pass finds nothing new: the
    // next write then starts the log again from its beginning. A pass with nothing to copy costs nothing.
    for (let i = 0; i < ${PASSIVE_PASSES} && !caughtUp(r, before); i++) {
      before = r;
      r = checkpoint('PASSIVE');
    }
    let blocking = false;
    if (!caughtUp(r, before) && wal.size > hardLimitBytes) {
      blocking = true;
      r = checkpoint('RESTART');
    }
    const done = blocking ? r.busy === 0 && r.checkpointed === r.log : caughtUp(r, before);
    lastDone = done ? wal : null;
    parentPort.postMessage({ checkpointed: { log: r.log, copied: r.checkpointed, caughtUp: done, blocking } });
  } catch (err) {
    parentPort.postMessage({ failed: { message: String(err && err.message), code: String((err && err.code) || 'SQLITE_ERROR') } });
  }
}

const timer = setInterval(tick, intervalMs);
parentPort.on('message', (msg) => {
  if (!msg || !msg.stop) return;
  clearInterval(timer);
  try {
    if (db) db.close();
  } finally {
    Atomics.store(state, 0, STOPPED);
    Atomics.notify(state, 0);
    parentPort.close();
  }
});
`;

export class WalCheckpointer {
  private worker: Worker | null = null;
  private running = false;
  private closed = false;
  private failing = false;
  private restart: NodeJS.Timeout | null = null;
  private state = new Int32Array(new SharedArrayBuffer(4));
  private readonly counts: CheckpointStats = { checkpoints: 0, blocking: 0, lastLogFrames: 0, lastCopiedFrames: 0, caughtUp: false };
  private readonly workerData: Record<string, unknown>;

  /** Starts the worker on the database `file` (its log `walFile`); `failed` hears every checkpoint the disk refused. */
  constructor(
    file: string,
    walFile: string,
    private readonly failed: (err: CheckpointFailure) => void,
    options: CheckpointOptions = {},
  ) {
    const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
    this.workerData = {
      sqlitePath: createRequire(import.meta.url).resolve('better-sqlite3'),
      file: options.file ?? file,
      walFile,
      periodMs: options.periodMs ?? DEFAULT_PERIOD_MS,
      logLimitBytes: options.logLimitBytes ?? DEFAULT_LOG_LIMIT_BYTES,
      hardLimitBytes: options.hardLimitBytes ?? DEFAULT_HARD_LIMIT_BYTES,
      intervalMs,
    };
    this.start(intervalMs);
  }

  stats(): CheckpointStats {
    return { ...this.counts };
  }

  /** Stops the worker and closes its connection before returning (waits for a checkpoint in progress). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.restart) clearTimeout(this.restart);
    const worker = this.worker;
    if (!worker) return;
    if (this.running && Atomics.load(this.state, 0) !== STARTING) {
      worker.postMessage({ stop: true });
      if (Atomics.wait(this.state, 0, BOOTED, STOP_TIMEOUT_MS) === 'timed-out')
        console.error(`[storage] the checkpoint worker did not stop within ${STOP_TIMEOUT_MS / 1000} s; ending it`);
    }
    void worker.terminate();
  }

  private start(intervalMs: number): void {
    this.state = new Int32Array(new SharedArrayBuffer(4));
    // No loader options of this process (tsx): the worker is plain JavaScript, and a loader's
    // start-up in the worker may wait on this thread, which waits for the worker when it closes.
    const worker = new Worker(WORKER, { eval: true, workerData: { ...this.workerData, state: this.state.buffer }, execArgv: [] });
    this.worker = worker;
    this.running = true;
    worker.on('message', (msg: { checkpointed?: { log: number; copied: number; caughtUp: boolean; blocking: boolean }; failed?: { message: string; code: string } }) => {
      if (this.closed) return;
      if (msg.checkpointed) {
        this.counts.checkpoints++;
        if (msg.checkpointed.blocking) this.counts.blocking++;
        countCheckpoint(msg.checkpointed.blocking);
        this.counts.lastLogFrames = msg.checkpointed.log;
        this.counts.lastCopiedFrames = msg.checkpointed.copied;
        this.counts.caughtUp = msg.checkpointed.caughtUp;
        this.failing = false;
      } else if (msg.failed) {
        this.fail(Object.assign(new Error(msg.failed.message), { code: msg.failed.code }));
      }
    });
    worker.on('error', (err) => {
      if (!this.closed) this.fail(Object.assign(err, { code: (err as { code?: string }).code ?? 'CHECKPOINT_WORKER' }));
    });
    worker.on('exit', (exitCode) => {
      this.running = false;
      if (this.closed) return;
      // Not asked to stop: the log would grow for ever. Say so, and start another worker.
      this.fail(Object.assign(new Error(`the checkpoint worker stopped (exit code ${exitCode})`), { code: 'CHECKPOINT_WORKER' }));
      this.restart = setTimeout(() => {
        this.restart = null;
        if (!this.closed) this.start(intervalMs);
      }, intervalMs);
      this.restart.unref();
    });
    // After the listeners: a 'message' listener added later would hold the process open again.
    worker.unref();
  }

  private fail(err: CheckpointFailure): void {
    countCheckpointFailure();
    if (!this.failing) console.error('[storage] checkpointing the write-ahead log failed:', err);
    this.failing = true;
    this.failed(err);
  }
}
