import type Database from 'better-sqlite3';
import type { RoomSettings } from '../../shared/protocol';

// Class sessions in the records database: one row per class (settings, a hash of its host secret)
// and one per group (its join code and the match record it played), so a class can be reopened
// for its debrief after its rooms are gone. The host secret itself is never stored.

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

export { secretHash, secretMatches } from '../security/secrets';

export interface StoredClassGroup {
  index: number;
  code: string;
  recordId: string | null;
}

export interface StoredClass {
  id: string;
  title: string;
  secretHash: string;
  viewKeyHash: string;
  seed: string;
  scenarioId: string;
  quarters: number;
  settings: RoomSettings;
  createdAt: number;
  updatedAt: number;
  groups: StoredClassGroup[];
}

export interface ClassToSave {
  id: string;
  title: string;
  secretHash: string;
  viewKeyHash: string;
  settings: RoomSettings;
  createdAt: number;
  groups: StoredClassGroup[];
}

interface ClassRow {
  id: string;
  title: string;
  secret_hash: string;
  view_key_hash: string;
  seed: string;
  scenario_id: string;
  quarters: number;
  settings_json: string;
  created_at: number;
  updated_at: number;
}

export class ClassStore {
  constructor(private readonly db: Database.Database) {
    db.exec(CLASS_TABLES_SQL);
  }

  /** Writes the class and its groups in one transaction (a group's record id is kept once known). */
  save(c: ClassToSave, now: number): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO class_sessions (id, title, secret_hash, view_key_hash, seed, scenario_id, quarters, groups_count, settings_json, created_at, updated_at)
           VALUES (@id, @title, @secretHash, @viewKeyHash, @seed, @scenarioId, @quarters, @groups, @settings, @createdAt, @now)
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, view_key_hash = excluded.view_key_hash, seed = excluded.seed, scenario_id = excluded.scenario_id,
             quarters = excluded.quarters, settings_json = excluded.settings_json, updated_at = excluded.updated_at`,
        )
        .run({
          id: c.id,
          title: c.title,
          secretHash: c.secretHash,
          viewKeyHash: c.viewKeyHash,
          seed: c.settings.seed,
          scenarioId: c.settings.scenario,
          quarters: c.settings.quarters,
          groups: c.groups.length,
          settings: JSON.stringify(c.settings),
          createdAt: c.createdAt,
          now,
        });
      const upsert = this.db.prepare(
        `INSERT INTO class_groups (class_id, group_index, code, record_id) VALUES (?, ?, ?, ?)
         ON CONFLICT (class_id, group_index) DO UPDATE SET code = excluded.code, record_id = COALESCE(excluded.record_id, class_groups.record_id)`,
      );
      for (const g of c.groups) upsert.run(c.id, g.index, g.code, g.recordId);
    })();
  }

  /** Ids of the classes saved since `since` (epoch ms), oldest first. */
  savedSince(since: number): string[] {
    return (this.db.prepare('SELECT id FROM class_sessions WHERE updated_at >= ? ORDER BY updated_at').all(since) as { id: string }[]).map((r) => r.id);
  }

  has(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM class_sessions WHERE id = ?').get(id) !== undefined;
  }

  get(id: string): StoredClass | null {
    const row = this.db.prepare('SELECT * FROM class_sessions WHERE id = ?').get(id) as ClassRow | undefined;
    if (!row) return null;
    const groups = this.db
      .prepare('SELECT group_index AS "index", code, record_id AS recordId FROM class_groups WHERE class_id = ? ORDER BY group_index')
      .all(id) as StoredClassGroup[];
    return {
      id: row.id,
      title: row.title,
      secretHash: row.secret_hash,
      viewKeyHash: row.view_key_hash,
      seed: row.seed,
      scenarioId: row.scenario_id,
      quarters: row.quarters,
      settings: JSON.parse(row.settings_json) as RoomSettings,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      groups,
    };
  }
}
