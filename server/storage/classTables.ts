// Class sessions in the records database (migration 3; the tables were created outside migrations
// before, hence IF NOT EXISTS): one row per class (settings, a hash of its host secret) and one per
// group (its join code and the match record it played). The host secret itself is never stored.

export const CLASS_TABLES_SQL = `
  CREATE TABLE IF NOT EXISTS class_sessions (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    view_key_hash TEXT NOT NULL,
    seed TEXT NOT NULL,
    scenario_id TEXT NOT NULL,
    quarters INTEGER NOT NULL,
    groups_count INTEGER NOT NULL,
    settings_json TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS class_groups (
    class_id TEXT NOT NULL REFERENCES class_sessions (id) ON DELETE CASCADE,
    group_index INTEGER NOT NULL,
    code TEXT NOT NULL,
    record_id TEXT REFERENCES records (id) ON DELETE SET NULL,
    PRIMARY KEY (class_id, group_index)
  );
  CREATE INDEX IF NOT EXISTS class_groups_record ON class_groups (record_id);
`;

/**
 * Migration 4: the teacher key a class is archived under (a hash; the teacher key is the host
 * secret, so classes stored before join their key's archive) and the class's own options
 * (anonymous names, scheduled events).
 */
export const CLASS_ARCHIVE_SQL = `
  ALTER TABLE class_sessions ADD COLUMN teacher_key_hash TEXT;
  ALTER TABLE class_sessions ADD COLUMN options_json TEXT NOT NULL DEFAULT '{}';
  UPDATE class_sessions SET teacher_key_hash = secret_hash;
  CREATE INDEX class_sessions_teacher ON class_sessions (teacher_key_hash, created_at);
`;
