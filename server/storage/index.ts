import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { setMatchPersistence } from '../room/persistence';
import { dataDirFromEnv, openDatabase, type OpenOptions } from './db';
import { restoreMatches, type RestoreOptions, type RestoreOutcome } from './recover';
import { sqliteDatabase, type SqlDatabase } from './sql';
import { DATABASE_URL_ENV, openPostgres } from './pg/open';
import { SqlRecordStore } from './sqlStore';
import { MatchTracker, type StorageHealth } from './tracker';
import type { RecordStore } from './types';

// Storage of match records and crash recovery (docs/REPLAY.md): open the database in the data
// directory (refusing to start when it cannot keep records), follow every match room, and restore
// the matches a previous run left unfinished.

export { DATA_DIR_ENV, MIN_FREE_ENV, dataDirFromEnv } from './db';
export { DATABASE_URL_ENV } from './pg/open';
export { StorageUnavailableError } from './problems';
export type { RecordListItem } from '../../shared/replay';
export type { LiveRoom, RecordStore } from './types';
export type { RestoreOutcome } from './recover';
export type { StorageHealth } from './tracker';

/** How long a server holds a live match without renewing (matters for a database shared by several servers). */
export const LEASE_MS = 60_000;

export interface Storage {
  dataDir: string;
  store: RecordStore;
  tracker: MatchTracker;
  /** Reopens the matches left unfinished (call once the game server listens). */
  restore(options?: RestoreOptions): Promise<RestoreOutcome[]>;
  health(): StorageHealth;
  /** Stop following rooms (the server shuts down: live matches stay restorable) and close the database. */
  close(): void;
}

export interface StorageOptions extends OpenOptions {
  /** How often a failed save is tried again (ms, default 5 s). */
  retryMs?: number;
  /** PostgreSQL instead of the SQLite file in the data directory (default: the DATABASE_URL variable; null: SQLite). */
  databaseUrl?: string | null;
}

/** The SQL database the records live in: PostgreSQL when a URL is given, else the SQLite file in `dataDir`. */
function openSql(dataDir: string, options: StorageOptions): SqlDatabase {
  const url = options.databaseUrl === undefined ? process.env[DATABASE_URL_ENV] : options.databaseUrl;
  if (url && url.trim() !== '') return openPostgres(url.trim());
  return sqliteDatabase(openDatabase(dataDir, options));
}

export function openStorage(dataDir: string = dataDirFromEnv(), options: StorageOptions = {}): Storage {
  const sql = openSql(dataDir, options);
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const store = new SqlRecordStore(sql, owner, LEASE_MS);
  const tracker = new MatchTracker(store, Date.now, options.retryMs);
  setMatchPersistence(tracker);
  const renew = setInterval(() => {
    try {
      store.renewLeases(Date.now(), LEASE_MS);
    } catch {
      // A failing database shows in the saves themselves (the matches pause, /health is degraded).
    }
  }, LEASE_MS / 3);
  renew.unref();
  let closed = false;
  return {
    dataDir,
    store,
    tracker,
    restore: (o) => restoreMatches(store, tracker, { ...o, leaseMs: LEASE_MS }),
    health: () => tracker.health(),
    close() {
      if (closed) return;
      closed = true;
      clearInterval(renew);
      tracker.suspend();
      setMatchPersistence(null);
      try {
        store.releaseLeases();
      } catch {
        // Closing anyway: the lease runs out by itself.
      }
      store.close();
    },
  };
}
