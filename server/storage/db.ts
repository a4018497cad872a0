import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, statfsSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CLASS_ARCHIVE_SQL, CLASS_TABLES_SQL } from './classTables';
import { lockDataDirectory } from './dirLock';
import { StorageUnavailableError, codeOf, explainStorageError } from './problems';

// The embedded database: one SQLite file in the data directory (default ./data, or
// COMPUTE_RACE_DATA_DIR). No service to run. Migrations are numbered and tracked in user_version.
//
// Opening it checks, before the server listens, that it can really keep records: the directory
// can be created and written, the disk has room, the file is a database, and no other server uses
// it. The directory is held with an exclusive lock for the life of the process (dirLock.ts; the
// operating system drops it when the process dies, kill -9 included), so a second server on the
// same data directory stops with a message instead of restoring and overwriting the same matches.

export const DATA_DIR_ENV = 'COMPUTE_RACE_DATA_DIR';
export const MIN_FREE_ENV = 'COMPUTE_RACE_MIN_FREE_MB';
export const DB_FILE = 'compute-race.sqlite';
/** Who holds the database, next to it (read by a second server to say which process is in the way). */
export const OWNER_FILE = `${DB_FILE}.owner`;
const DEFAULT_MIN_FREE_MB = 32;

export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const v = env[DATA_DIR_ENV];
  return path.resolve(v && v.trim() !== '' ? v : './data');
}

export function minFreeBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env[MIN_FREE_ENV]);
  return (Number.isFinite(v) && v >= 0 ? v : DEFAULT_MIN_FREE_MB) * 1024 * 1024;
}

const MIGRATIONS: string[] = [
  `CREATE TABLE records (
     id TEXT PRIMARY KEY,
     origin TEXT NOT NULL CHECK (origin IN ('match', 'upload')),
     status TEXT NOT NULL CHECK (status IN ('playing', 'finished', 'ended', 'abandoned')),
     scenario_id TEXT NOT NULL,
     seed TEXT NOT NULL,
     engine_version TEXT NOT NULL,
     quarters_played INTEGER NOT NULL,
     quarters_total INTEGER NOT NULL,
     seats_json TEXT NOT NULL,
     standings_json TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     finished_at INTEGER,
     checksum TEXT NOT NULL,
     size_bytes INTEGER NOT NULL,
     forked_from TEXT,
     note TEXT,
     record TEXT NOT NULL
   );
   CREATE INDEX records_listing ON records (origin, status, updated_at DESC);
   CREATE UNIQUE INDEX records_upload_checksum ON records (checksum) WHERE origin = 'upload';
   CREATE TABLE live_matches (
     record_id TEXT PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
     code TEXT NOT NULL UNIQUE,
     room_json TEXT NOT NULL,
     saved_at INTEGER NOT NULL
   );`,
  // While a match is played, records.record holds its header (quarters it started with only) and
  // each resolved quarter is one row; the inputs of the quarter being planned are rows too. Live
  // matches get an owner and a lease.
  `CREATE TABLE record_quarters (
     record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
     quarter INTEGER NOT NULL,
     quarter_json TEXT NOT NULL,
     PRIMARY KEY (record_id, quarter)
   );
   CREATE TABLE pending_inputs (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
     quarter INTEGER NOT NULL,
     input_json TEXT NOT NULL
   );
   CREATE INDEX pending_inputs_match ON pending_inputs (record_id, quarter, seq);
   ALTER TABLE live_matches ADD COLUMN owner TEXT;
   ALTER TABLE live_matches ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0;`,
  CLASS_TABLES_SQL,
  CLASS_ARCHIVE_SQL,
];

export interface OpenOptions {
  /** Refuse to start with less free space than this on the data directory's disk (default COMPUTE_RACE_MIN_FREE_MB or 32 MB). */
  minFreeBytes?: number;
}

export interface OpenedDatabase {
  db: Database.Database;
  file: string;
  /** Holds the data directory for this process (dirLock.ts): close it after `db`. */
  lock: Database.Database;
}

/** Opens (creating when needed) the database in `dataDir`, or throws a StorageUnavailableError that says why and what to do. */
export function openDatabase(dataDir: string, options: OpenOptions = {}): OpenedDatabase {
  const file = path.join(dataDir, DB_FILE);
  checkDirectory(dataDir, file, options.minFreeBytes ?? minFreeBytesFromEnv());
  // Before the database is touched: a second server stops here, having changed nothing.
  const lock = lockDataDirectory(file, () => readOwner(dataDir));
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (err) {
    lock.close();
    throw new StorageUnavailableError(explainStorageError(err, file), { cause: err });
  }
  try {
    db.pragma('busy_timeout = 1000');
    db.pragma('journal_mode = WAL');
    // NORMAL: a commit survives a crash of the process when it returns; WalFlusher (sql.ts) puts
    // it on the disk right after without holding the event loop, so it survives the machine too.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
    // A real committed write: a read-only file or a full disk is found now, not at the first quarter.
    db.exec('CREATE TABLE IF NOT EXISTS server_runs (id INTEGER PRIMARY KEY, pid INTEGER NOT NULL, host TEXT NOT NULL, started_at INTEGER NOT NULL)');
    db.prepare('INSERT INTO server_runs (pid, host, started_at) VALUES (?, ?, ?)').run(process.pid, hostname(), Date.now());
    db.exec('DELETE FROM server_runs WHERE id NOT IN (SELECT id FROM server_runs ORDER BY id DESC LIMIT 20)');
  } catch (err) {
    const owner = codeOf(err).startsWith('SQLITE_BUSY') ? readOwner(dataDir) : null;
    db.close();
    lock.close();
    if (err instanceof StorageUnavailableError) throw err;
    throw new StorageUnavailableError(explainStorageError(err, file, owner), { cause: err });
  }
  writeOwner(dataDir);
  return { db, file, lock };
}

function checkDirectory(dataDir: string, file: string, minFree: number): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw new StorageUnavailableError(`the data directory ${dataDir} cannot be created: ${explainStorageError(err, dataDir)}`, { cause: err });
  }
  const probe = path.join(dataDir, `.write-check-${process.pid}`);
  try {
    const fd = openSync(probe, 'w');
    try {
      writeSync(fd, Buffer.alloc(4096));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
      unlinkSync(probe);
    }
  } catch (err) {
    throw new StorageUnavailableError(`the data directory ${dataDir} cannot be written, so ${file} could not keep records: ${explainStorageError(err, dataDir)}`, { cause: err });
  }
  const fs = statfsSync(dataDir);
  const free = fs.bavail * fs.bsize;
  if (free < minFree) {
    const mb = (n: number) => `${Math.floor(n / 1024 / 1024)} MB`;
    throw new StorageUnavailableError(
      `the disk holding ${file} has ${mb(free)} free, less than the ${mb(minFree)} the server needs to keep records: ` +
        `free some space, set COMPUTE_RACE_DATA_DIR to a directory on another disk, or lower ${MIN_FREE_ENV}`,
    );
  }
}

function writeOwner(dataDir: string): void {
  try {
    writeFileSync(path.join(dataDir, OWNER_FILE), JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }) + '\n');
  } catch {
    // Only informative: the lock itself is the lock file's (dirLock.ts).
  }
}

function readOwner(dataDir: string): string | null {
  try {
    const o = JSON.parse(readFileSync(path.join(dataDir, OWNER_FILE), 'utf8')) as { pid?: number; host?: string; startedAt?: string };
    return `process ${o.pid} on ${o.host}, started ${o.startedAt}`;
  } catch {
    return null;
  }
}

function migrate(db: Database.Database, file: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length)
    throw new StorageUnavailableError(
      `${file} was written by a newer Compute Race (schema ${current}, this build knows ${MIGRATIONS.length}): run that version, or set COMPUTE_RACE_DATA_DIR to another directory`,
    );
  for (const [k, sql] of MIGRATIONS.slice(current).entries()) {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + k + 1}`);
    })();
  }
}
