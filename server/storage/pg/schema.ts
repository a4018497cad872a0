// The PostgreSQL tables: the same as SQLite's (db.ts, classTables.ts) with PostgreSQL types
// (epoch milliseconds in BIGINT, an insertion sequence instead of SQLite's rowid). Migrations are
// numbered; schema_migrations records those applied.

export const PG_MIGRATIONS: string[] = [
  `CREATE TABLE records (
     seq BIGSERIAL UNIQUE,
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
     created_at BIGINT NOT NULL,
     updated_at BIGINT NOT NULL,
     finished_at BIGINT,
     checksum TEXT NOT NULL,
     size_bytes BIGINT NOT NULL,
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
     saved_at BIGINT NOT NULL,
     owner TEXT,
     lease_until BIGINT NOT NULL DEFAULT 0
   );
   CREATE TABLE record_quarters (
     record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
     quarter INTEGER NOT NULL,
     quarter_json TEXT NOT NULL,
     PRIMARY KEY (record_id, quarter)
   );
   CREATE TABLE pending_inputs (
     seq BIGSERIAL PRIMARY KEY,
     record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
     quarter INTEGER NOT NULL,
     input_json TEXT NOT NULL
   );
   CREATE INDEX pending_inputs_match ON pending_inputs (record_id, quarter, seq);
   CREATE TABLE class_sessions (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     secret_hash TEXT NOT NULL,
     view_key_hash TEXT NOT NULL,
     seed TEXT NOT NULL,
     scenario_id TEXT NOT NULL,
     quarters INTEGER NOT NULL,
     groups_count INTEGER NOT NULL,
     settings_json TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     updated_at BIGINT NOT NULL
   );
   CREATE TABLE class_groups (
     class_id TEXT NOT NULL REFERENCES class_sessions (id) ON DELETE CASCADE,
     group_index INTEGER NOT NULL,
     code TEXT NOT NULL,
     record_id TEXT REFERENCES records (id) ON DELETE SET NULL,
     PRIMARY KEY (class_id, group_index)
   );
   CREATE INDEX class_groups_record ON class_groups (record_id);
   CREATE TABLE write_probe (bytes BYTEA NOT NULL);`,
  `ALTER TABLE class_sessions ADD COLUMN teacher_key_hash TEXT;
   ALTER TABLE class_sessions ADD COLUMN options_json TEXT NOT NULL DEFAULT '{}';
   UPDATE class_sessions SET teacher_key_hash = secret_hash;
   CREATE INDEX class_sessions_teacher ON class_sessions (teacher_key_hash, created_at);`,
];
