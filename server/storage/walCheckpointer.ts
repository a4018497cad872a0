import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// SQLite's write-ahead log is copied into the database file (a checkpoint) by a worker thread, not
// by the server's connection: an automatic checkpoint runs inside the commit that crosses its
// threshold, copies ~4 MB and fsyncs the database file on the event loop (p999 of a 22 KB write
// 18 ms, worst cases near 40 ms, with every room waiting). The server's connection has
// `wal_autocheckpoint = 0` (sql.ts); the worker owns a second connection to the same file
// (`synchronous = NORMAL`, so the database file is fsynced before the log may be reused) and
// runs a PASSIVE checkpoint, which never blocks the server's writes, once the log has grown past
// the threshold.
//
// The worker finds out by looking at the log file's size, every `intervalMs`, on its own thread:
// nothing is added to the server's commits (no message per write). The size is a fair measure
// because the server's connection has `journal_size_limit` = the threshold: the first commit
// after a completed checkpoint starts the log again from its beginning and cuts the file back to
// the threshold, so the file is past the threshold only when that much has been logged since.
// (Between a completed checkpoint and the next write the size is stale; a checkpoint then finds
// nothing to copy and costs nothing, and the worker skips a log unchanged since its last one.)
//
// A checkpoint overtaken by a commit copies what it can and is tried again at once (the rest is
// small). Should writes keep overtaking it until the log is `hardLimitBytes`, the worker runs a
// RESTART checkpoint, which holds new writes for the little left to copy, so the log stays bounded.

export interface CheckpointOptions {
  /** Checkpoint once the log file is past this many bytes (default 4 MB, SQLite's own automatic checkpoint). */
  thresholdBytes?: number;
  /** How often the worker looks at the log's size (ms, default 500). */
  intervalMs?: number;
  /** A log past this size is checkpointed even if it has to hold writes for it (default 8 × threshold). */
  hardLimitBytes?: number;
  /** The database file the worker opens (default: the server's; a test points it at a damaged file). */
  file?: string;
}

export interface CheckpointStats {
  /** Checkpoints that had something to copy. */
  checkpoints: number;
  /** Log frames of the last checkpoint, and how many of them are now in the database file. */
  lastLogFrames: number;
  lastCopiedFrames: number;
}

export const DEFAULT_CHECKPOINT_BYTES = 4 * 1024 * 1024;
const DEFAULT_INTERVAL_MS = 500;
const STOP_TIMEOUT_MS = 15_000;

export interface CheckpointFailure extends Error {
  code: string;
}

// Where the worker is, in a shared word: the server waits for STOPPED when it closes, unless the
// worker has not even BOOTED (then there is nothing of it to wait for).
const STARTING = 0;
const BOOTED = 1;
const STOPPED = 2;

// Plain JavaScript run with `eval`, so it needs no build step and no TypeScript loader.
const WORKER = `
const BOOTED = ${BOOTED}, STOPPED = ${STOPPED};
const { workerData, parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const Database = require(workerData.sqlitePath);
const { file, walFile, thresholdBytes, hardLimitBytes, intervalMs } = workerData;
const state = new Int32Array(workerData.state);
Atomics.store(state, 0, BOOTED);
let db = null;
let lastDone = null;

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
const incomplete = (r) => r.busy !== 0 || r.checkpointed < r.log;

function tick() {
  try {
    db = db || open();
    const wal = walStat();
    if (wal.size <= thresholdBytes) return;
    if (lastDone && lastDone.size === wal.size && lastDone.mtimeMs === wal.mtimeMs) return;
    let r = checkpoint('PASSIVE');
    if (r.log < 0) throw Object.assign(new Error(file + ' has no write-ahead log to checkpoint'), { code: 'SQLITE_ERROR' });
    for (let i = 0; i < 3 && incomplete(r); i++) r = checkpoint('PASSIVE');
    if (incomplete(r) && wal.size > hardLimitBytes) r = checkpoint('RESTART');
    lastDone = incomplete(r) ? null : wal;
    parentPort.postMessage({ checkpointed: { log: r.log, copied: r.checkpointed } });
  } catch (err) {
    parentPort.postMessage({ failed: { message: String(err && err.message), code: String((err && err.code) || 'SQLITE_ERROR') } });
  }
}

const timer = setInterval(tick, intervalMs);
tick();
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
  private readonly counts: CheckpointStats = { checkpoints: 0, lastLogFrames: 0, lastCopiedFrames: 0 };
  readonly thresholdBytes: number;
  private readonly workerData: Record<string, unknown>;

  /** Starts the worker on the database `file` (its log `walFile`); `failed` hears every checkpoint the disk refused. */
  constructor(
    file: string,
    walFile: string,
    private readonly failed: (err: CheckpointFailure) => void,
    options: CheckpointOptions = {},
  ) {
    this.thresholdBytes = options.thresholdBytes ?? DEFAULT_CHECKPOINT_BYTES;
    const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
    this.workerData = {
      sqlitePath: createRequire(import.meta.url).resolve('better-sqlite3'),
      file: options.file ?? file,
      walFile,
      thresholdBytes: this.thresholdBytes,
      hardLimitBytes: options.hardLimitBytes ?? 8 * this.thresholdBytes,
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
    worker.on('message', (msg: { checkpointed?: { log: number; copied: number }; failed?: { message: string; code: string } }) => {
      if (this.closed) return;
      if (msg.checkpointed) {
        this.counts.checkpoints++;
        this.counts.lastLogFrames = msg.checkpointed.log;
        this.counts.lastCopiedFrames = msg.checkpointed.copied;
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
    if (!this.failing) console.error('[storage] checkpointing the write-ahead log failed:', err);
    this.failing = true;
    this.failed(err);
  }
}
