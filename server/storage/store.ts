import type Database from 'better-sqlite3';
import type { PersonaId, RoomSettings, SeatKind } from '../../shared/protocol';
import type { Role } from '../../shared/roles';
import type { MatchRecord, RecordListItem, RecordOrigin, RecordStatus } from '../../shared/replay';

// Records in SQLite: one row per match (its record JSON plus the columns the list needs) and, for
// matches still being played, their room's private data (join code, host secret, seat tokens)
// in a separate table that is never served over HTTP.

export type Origin = RecordOrigin;

export interface LiveRoom {
  code: string;
  settings: RoomSettings;
  hostSecret: string;
  seats: { role: Role; kind: SeatKind; persona: PersonaId; name: string; token: string | null }[];
}

export type { RecordListItem };

interface Row {
  id: string;
  origin: Origin;
  status: RecordStatus;
  scenario_id: string;
  seed: string;
  engine_version: string;
  quarters_played: number;
  quarters_total: number;
  seats_json: string;
  standings_json: string;
  created_at: number;
  updated_at: number;
  finished_at: number | null;
  size_bytes: number;
  forked_from: string | null;
  note: string | null;
}

const LIST_COLUMNS = 'id, origin, status, scenario_id, seed, engine_version, quarters_played, quarters_total, seats_json, standings_json, created_at, updated_at, finished_at, size_bytes, forked_from, note';

function toItem(r: Row): RecordListItem {
  return {
    id: r.id,
    origin: r.origin,
    status: r.status,
    scenarioId: r.scenario_id,
    seed: r.seed,
    engineVersion: r.engine_version,
    quartersPlayed: r.quarters_played,
    quartersTotal: r.quarters_total,
    seats: JSON.parse(r.seats_json) as RecordListItem['seats'],
    standings: JSON.parse(r.standings_json) as RecordListItem['standings'],
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    finishedAt: r.finished_at === null ? null : new Date(r.finished_at).toISOString(),
    sizeBytes: r.size_bytes,
    forkedFrom: r.forked_from,
    note: r.note,
  };
}

export interface ListQuery {
  page: number;
  pageSize: number;
  origin: Origin;
  /** 'done': finished or ended early (default); 'all': also abandoned and still playing. */
  status: 'done' | 'all';
}

export class RecordStore {
  constructor(private readonly db: Database.Database) {}

  /** Writes a match's record (and its live room, or removes it once the match is over) in one transaction. */
  saveMatch(id: string, record: MatchRecord, text: string, live: LiveRoom | null, now: number, note: string | null = null): void {
    const finished = record.status === 'playing' ? null : now;
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO records (id, origin, status, scenario_id, seed, engine_version, quarters_played, quarters_total, seats_json, standings_json, created_at, updated_at, finished_at, checksum, size_bytes, forked_from, note, record)
           VALUES (@id, 'match', @status, @scenarioId, @seed, @engineVersion, @played, @total, @seats, @standings, @now, @now, @finished, @checksum, @size, @forkedFrom, @note, @record)
           ON CONFLICT (id) DO UPDATE SET status = excluded.status, quarters_played = excluded.quarters_played, seats_json = excluded.seats_json,
             standings_json = excluded.standings_json, updated_at = excluded.updated_at, finished_at = COALESCE(records.finished_at, excluded.finished_at),
             checksum = excluded.checksum, size_bytes = excluded.size_bytes, note = excluded.note, record = excluded.record`,
        )
        .run({
          id,
          status: record.status,
          scenarioId: record.scenarioId,
          seed: record.seed,
          engineVersion: record.engineVersion,
          played: record.quarters.length,
          total: record.settings.quarters,
          seats: JSON.stringify(record.seats),
          standings: JSON.stringify(record.standings),
          now,
          finished,
          checksum: record.checksum,
          size: Buffer.byteLength(text),
          forkedFrom: record.meta.forkedFrom?.matchId ?? null,
          note,
          record: text,
        });
      if (live) {
        this.db.prepare('DELETE FROM live_matches WHERE code = ? AND record_id <> ?').run(live.code, id);
        this.db
          .prepare(
            `INSERT INTO live_matches (record_id, code, room_json, saved_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (record_id) DO UPDATE SET code = excluded.code, room_json = excluded.room_json, saved_at = excluded.saved_at`,
          )
          .run(id, live.code, JSON.stringify(live), now);
      } else {
        this.db.prepare('DELETE FROM live_matches WHERE record_id = ?').run(id);
      }
    })();
  }

  /** Stores an uploaded record; the same file uploaded twice gets the first one's id. */
  addUpload(id: string, record: MatchRecord, text: string, now: number): { id: string; duplicate: boolean } {
    return this.db.transaction(() => {
      const existing = this.db.prepare(`SELECT id FROM records WHERE origin = 'upload' AND checksum = ?`).get(record.checksum) as { id: string } | undefined;
      if (existing) return { id: existing.id, duplicate: true };
      this.db
        .prepare(
          `INSERT INTO records (id, origin, status, scenario_id, seed, engine_version, quarters_played, quarters_total, seats_json, standings_json, created_at, updated_at, finished_at, checksum, size_bytes, forked_from, note, record)
           VALUES (?, 'upload', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
        )
        .run(id, record.status, record.scenarioId, record.seed, record.engineVersion, record.quarters.length, record.settings.quarters, JSON.stringify(record.seats), JSON.stringify(record.standings), now, now, record.status === 'playing' ? null : now, record.checksum, Buffer.byteLength(text), record.meta.forkedFrom?.matchId ?? null, text);
      return { id, duplicate: false };
    })();
  }

  get(id: string): { item: RecordListItem; text: string } | null {
    const row = this.db.prepare(`SELECT ${LIST_COLUMNS}, record FROM records WHERE id = ?`).get(id) as (Row & { record: string }) | undefined;
    return row ? { item: toItem(row), text: row.record } : null;
  }

  list(q: ListQuery): { items: RecordListItem[]; total: number } {
    const where = q.status === 'done' ? `origin = @origin AND status IN ('finished', 'ended')` : `origin = @origin`;
    const total = (this.db.prepare(`SELECT COUNT(*) AS n FROM records WHERE ${where}`).get({ origin: q.origin }) as { n: number }).n;
    const rows = this.db
      .prepare(`SELECT ${LIST_COLUMNS} FROM records WHERE ${where} ORDER BY COALESCE(finished_at, updated_at) DESC, rowid DESC LIMIT @limit OFFSET @offset`)
      .all({ origin: q.origin, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as Row[];
    return { items: rows.map(toItem), total };
  }

  /** Matches that were being played when the server last stopped. */
  liveMatches(): { id: string; code: string; room: LiveRoom; savedAt: number; text: string }[] {
    const rows = this.db
      .prepare(`SELECT l.record_id AS id, l.code, l.room_json, l.saved_at, r.record FROM live_matches l JOIN records r ON r.id = l.record_id ORDER BY l.saved_at`)
      .all() as { id: string; code: string; room_json: string; saved_at: number; record: string }[];
    return rows.map((r) => ({ id: r.id, code: r.code, room: JSON.parse(r.room_json) as LiveRoom, savedAt: r.saved_at, text: r.record }));
  }

  /** A match nobody will finish: keeps its record (viewable) and forgets its room. */
  markAbandoned(id: string, note: string, now: number): void {
    this.db.transaction(() => {
      this.db.prepare(`UPDATE records SET status = 'abandoned', note = ?, updated_at = ? WHERE id = ? AND status = 'playing'`).run(note, now, id);
      this.db.prepare('DELETE FROM live_matches WHERE record_id = ?').run(id);
    })();
  }
}
