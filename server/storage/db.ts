import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

// The embedded database: one SQLite file in the data directory (default ./data, or
// COMPUTE_RACE_DATA_DIR). No service to run. Migrations are numbered and tracked in user_version.

export const DATA_DIR_ENV = 'COMPUTE_RACE_DATA_DIR';
export const DB_FILE = 'compute-race.sqlite';

export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const v = env[DATA_DIR_ENV];
  return path.resolve(v && v.trim() !== '' ? v : './data');
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
];

export function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  // FULL: a committed quarter survives a crash of the process and of the machine.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length)
    throw new Error(`the database was written by a newer Compute Race (schema ${current}, this build knows ${MIGRATIONS.length}); use that build or another data directory`);
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
