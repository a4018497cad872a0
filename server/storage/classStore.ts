import type { RoomSettings } from '../../shared/protocol';
import type { ArchivedClass, ClassStore, ClassToSave, StoredClass, StoredClassGroup } from '../classroom/store';
import type { ClassOptions } from '../classroom/session';
import type { SqlDatabase } from './sql';

// Class sessions on the records' SQL database, SQLite or PostgreSQL (tables in classTables.ts and pg/schema.ts).

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
  teacher_key_hash: string | null;
  options_json: string | null;
}

function optionsOf(row: Pick<ClassRow, 'teacher_key_hash' | 'options_json'>): ClassOptions {
  const o = JSON.parse(row.options_json || '{}') as Partial<ClassOptions>;
  return { anonymousNames: o.anonymousNames === true, schedule: Array.isArray(o.schedule) ? o.schedule : [], teacherKeyHash: row.teacher_key_hash ?? null };
}

export class SqlClassStore implements ClassStore {
  constructor(private readonly db: SqlDatabase) {}

  /** Writes the class and its groups in one transaction (a group's record id is kept once known). */
  save(c: ClassToSave, now: number): void {
    this.db.transaction(() => {
      this.db.run(
        `INSERT INTO class_sessions (id, title, secret_hash, view_key_hash, seed, scenario_id, quarters, groups_count, settings_json, created_at, updated_at, teacher_key_hash, options_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, view_key_hash = excluded.view_key_hash, seed = excluded.seed, scenario_id = excluded.scenario_id,
           quarters = excluded.quarters, settings_json = excluded.settings_json, updated_at = excluded.updated_at,
           teacher_key_hash = COALESCE(excluded.teacher_key_hash, class_sessions.teacher_key_hash), options_json = excluded.options_json`,
        [
          c.id, c.title, c.secretHash, c.viewKeyHash, c.settings.seed, c.settings.scenario, c.settings.quarters, c.groups.length, JSON.stringify(c.settings), c.createdAt, now,
          c.options.teacherKeyHash, JSON.stringify({ anonymousNames: c.options.anonymousNames, schedule: c.options.schedule }),
        ],
      );
      for (const g of c.groups) {
        this.db.run(
          `INSERT INTO class_groups (class_id, group_index, code, record_id) VALUES (?, ?, ?, ?)
           ON CONFLICT (class_id, group_index) DO UPDATE SET code = excluded.code, record_id = COALESCE(excluded.record_id, class_groups.record_id)`,
          [c.id, g.index, g.code, g.recordId],
        );
      }
    });
  }

  /** Ids of the classes saved since `since` (epoch ms), oldest first. */
  savedSince(since: number): string[] {
    return this.db.all<{ id: string }>('SELECT id FROM class_sessions WHERE updated_at >= ? ORDER BY updated_at', [since]).map((r) => r.id);
  }

  has(id: string): boolean {
    return this.db.get('SELECT 1 AS one FROM class_sessions WHERE id = ?', [id]) !== undefined;
  }

  get(id: string): StoredClass | null {
    const row = this.db.get<ClassRow>('SELECT * FROM class_sessions WHERE id = ?', [id]);
    if (!row) return null;
    const groups = this.db.all<StoredClassGroup>('SELECT group_index AS "index", code, record_id AS "recordId" FROM class_groups WHERE class_id = ? ORDER BY group_index', [id]);
    return {
      id: row.id,
      title: row.title,
      secretHash: row.secret_hash,
      viewKeyHash: row.view_key_hash,
      seed: row.seed,
      scenarioId: row.scenario_id,
      quarters: row.quarters,
      settings: JSON.parse(row.settings_json) as RoomSettings,
      createdAt: Number(row.created_at),
      updatedAt: Number(row.updated_at),
      groups,
      options: optionsOf(row),
    };
  }

  listByTeacher(teacherKeyHash: string, limit: number): ArchivedClass[] {
    const rows = this.db.all<{ id: string; title: string; seed: string; scenario_id: string; quarters: number; groups_count: number; created_at: number; updated_at: number }>(
      'SELECT id, title, seed, scenario_id, quarters, groups_count, created_at, updated_at FROM class_sessions WHERE teacher_key_hash = ? ORDER BY created_at DESC, id LIMIT ?',
      [teacherKeyHash, limit],
    );
    return rows.map((r) => ({ id: r.id, title: r.title, seed: r.seed, scenarioId: r.scenario_id, quarters: Number(r.quarters), groups: Number(r.groups_count), createdAt: Number(r.created_at), updatedAt: Number(r.updated_at) }));
  }
}
