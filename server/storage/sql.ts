import type Database from 'better-sqlite3';
import type { OpenedDatabase } from './db';
import { DEFAULT_LOG_LIMIT_BYTES, WalCheckpointer, type CheckpointFailure, type CheckpointOptions, type CheckpointStats } from './walCheckpointer';
import { WalFlusher } from './walFlusher';

// The few calls the record and class stores make on a SQL database, with `?` placeholders, so one
// implementation of each store runs on the embedded SQLite file and on PostgreSQL. Every call is
// synchronous: a write has committed when it returns, which is what lets a room acknowledge an
// input only once it is kept (PostgreSQL is reached through a blocking worker, pg/syncClient.ts;
// SQLite's commit is in its log when it returns and on the disk shortly after, walFlusher.ts, and
// copied into the database file by a worker thread, walCheckpointer.ts).

export type SqlValue = string | number | null;

export interface BatchStatement {
  sql: string;
  params?: readonly SqlValue[];
  changes?: number;
  /** Why it matters when `changes` is not met (the error's message). */
  otherwise?: string;
}

export interface SqlDatabase {
  readonly dialect: 'sqlite' | 'postgres';
  /** Where the data lives, for messages (a file, or a URL without its password). */
  readonly location: string;
  all<T>(sql: string, params?: readonly SqlValue[]): T[];
  get<T>(sql: string, params?: readonly SqlValue[]): T | undefined;
  /** Runs a statement; returns the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): number;
  /** Runs `fn` in one transaction: all of it is kept, or none of it. */
  transaction<T>(fn: () => T): T;
  /**
   * Runs statements in one transaction in a single trip to the database (what a resolved quarter
   * writes); a statement with `changes` must change exactly that many rows or nothing is kept.
   */
  batch(statements: readonly BatchStatement[]): void;
  /**
   * Takes the lock that makes this process the only one to play match `key`, without waiting;
   * false when another server process holds it. It goes with the process (kill -9 included).
   */
  tryLock(key: string): boolean;
  unlock(key: string): void;
  /** A small real write and its removal (is there room on the disk, may we write). */
  probe(): void;
  close(): void;
}

export interface SqliteOptions {
  /** The log file the flusher fsyncs (default: the database's; a test points it at a missing file). */
  walFile?: string;
  /** null: no checkpoints at all, the log grows for ever (what a test or a benchmark compares with). */
  checkpoint?: CheckpointOptions | null;
}

export interface SqliteDatabase extends SqlDatabase {
  /** What the checkpoint worker has done (walCheckpointer.ts). */
  checkpoints(): CheckpointStats;
}

/**
 * better-sqlite3 behind SqlDatabase. The data directory is locked by this process (db.ts), so every
 * match lock is granted. Commits are flushed to the disk by WalFlusher and the log is copied into
 * the database file by WalCheckpointer's worker, both off the event loop.
 */
export function sqliteDatabase(opened: OpenedDatabase, options: SqliteOptions = {}): SqliteDatabase {
  const { db, file, lock } = opened;
  const walFile = options.walFile ?? `${file}-wal`;
  // A flush or a checkpoint the disk refused fails the next write, so the storage tracker shows it
  // to the players and on /health (a paused match, a banner) like any other failed save, not only
  // in the log.
  let failure: Error | null = null;
  const flusher = new WalFlusher(walFile, (err) => {
    console.error(`[storage] flushing ${walFile} to the disk failed:`, err);
    failure = Object.assign(new Error(`the last writes to ${file} could not be flushed to the disk (${err.message})`), { code: (err as NodeJS.ErrnoException).code });
  });
  const checkpointer = startCheckpoints(db, file, (err) => {
    failure = Object.assign(new Error(`the writes logged for ${file} could not be copied into it (${err.message})`), { code: err.code });
  }, options.checkpoint);
  const checkFlushed = () => {
    const err = failure;
    if (!err) return;
    failure = null;
    throw err;
  };
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };
  return {
    dialect: 'sqlite',
    location: file,
    all: <T>(sql: string, params: readonly SqlValue[] = []) => prepared(sql).all(...params) as T[],
    get: <T>(sql: string, params: readonly SqlValue[] = []) => prepared(sql).get(...params) as T | undefined,
    run: (sql, params = []) => {
      checkFlushed();
      const changed = prepared(sql).run(...params).changes;
      flusher.request();
      return changed;
    },
    transaction: <T>(fn: () => T) => {
      checkFlushed();
      const result = db.transaction(fn)();
      flusher.request();
      return result;
    },
    batch: (statements) => {
      checkFlushed();
      db.transaction(() => {
        for (const st of statements) {
          const changed = prepared(st.sql).run(...(st.params ?? [])).changes;
          if (st.changes !== undefined && changed !== st.changes) throw new Error(st.otherwise ?? `expected ${st.changes} rows changed, got ${changed}`);
        }
      })();
      flusher.request();
    },
    tryLock: () => true,
    unlock: () => undefined,
    probe() {
      checkFlushed();
      db.transaction(() => {
        db.exec('CREATE TABLE IF NOT EXISTS write_probe (bytes BLOB NOT NULL)');
        db.exec('INSERT INTO write_probe VALUES (zeroblob(65536))');
        db.exec('DELETE FROM write_probe');
      })();
    },
    checkpoints: () => checkpointer?.stats() ?? { checkpoints: 0, blocking: 0, lastLogFrames: 0, lastCopiedFrames: 0, caughtUp: false },
    close: () => {
      checkpointer?.close();
      flusher.close();
      try {
        db.close();
      } finally {
        lock.close();
      }
    },
  };
}

/** The server's connection stops checkpointing inside its commits; a worker does it (walCheckpointer.ts). */
function startCheckpoints(db: Database.Database, file: string, failed: (err: CheckpointFailure) => void, options: CheckpointOptions | null = {}): WalCheckpointer | null {
  db.pragma('wal_autocheckpoint = 0');
  // After a burst the log file is cut back when it starts again, so it does not stay that large.
  db.pragma(`journal_size_limit = ${Math.floor(options?.logLimitBytes ?? DEFAULT_LOG_LIMIT_BYTES)}`);
  return options ? new WalCheckpointer(file, `${file}-wal`, failed, options) : null;
}
