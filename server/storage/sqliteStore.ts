import type Database from 'better-sqlite3';
import { serializeRecord, type MatchRecord, type QuarterRecord, type RecordListItem, type RecordStatus, type UnsealedRecord } from '../../shared/replay';
import type { ClassStore } from '../classroom/store';
import { SqliteClassStore } from './classStore';
import type { ListQuery, LiveMatch, LiveRoom, MatchProgress, Origin, PendingInput, RecordStore } from './types';

// RecordStore in the embedded SQLite database (tables in db.ts). A match being played is a header
// row (records.record: the record without the quarters it resolved here) plus one record_quarters
// row per resolved quarter, so a quarter costs one small insert; when it is over the whole record
// is sealed once and replaces its rows. The file is locked by this process (db.ts), so leases
// here only mark which matches this process took over.

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
    seats: JSON.parse(r.seats_json),
    standings: JSON.parse(r.standings_json),
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    finishedAt: r.finished_at === null ? null : new Date(r.finished_at).toISOString(),
    sizeBytes: r.size_bytes,
    forkedFrom: r.forked_from,
    note: r.note,
  };
}

export class SqliteRecordStore implements RecordStore {
  readonly classes: ClassStore;

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
    readonly owner: string,
    private readonly leaseMs: number,
  ) {
    this.classes = new SqliteClassStore(db);
    // This process holds the file's exclusive lock: whoever held a lease before is gone.
    db.prepare('UPDATE live_matches SET owner = NULL, lease_until = 0').run();
  }

  startMatch(id: string, record: UnsealedRecord, live: LiveRoom, pending: PendingInput[], now: number): void {
    const text = JSON.stringify({ ...record, checksum: undefined });
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO records (id, origin, status, scenario_id, seed, engine_version, quarters_played, quarters_total, seats_json, standings_json, created_at, updated_at, finished_at, checksum, size_bytes, forked_from, note, record)
           VALUES (@id, 'match', 'playing', @scenarioId, @seed, @engineVersion, @played, @total, @seats, @standings, @now, @now, NULL, '', @size, @forkedFrom, NULL, @record)`,
        )
        .run({
          id,
          scenarioId: record.scenarioId,
          seed: record.seed,
          engineVersion: record.engineVersion,
          played: record.quarters.length,
          total: record.settings.quarters,
          seats: JSON.stringify(record.seats),
          standings: JSON.stringify(record.standings),
          now,
          size: Buffer.byteLength(text),
          forkedFrom: record.meta.forkedFrom?.matchId ?? null,
          record: text,
        });
      this.saveLive(id, live, now);
      for (const input of pending) this.insertPending(id, record.quarters.length, input);
    })();
  }

  appendQuarter(id: string, quarter: QuarterRecord, progress: MatchProgress, live: LiveRoom, now: number): void {
    const text = JSON.stringify(quarter);
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO record_quarters (record_id, quarter, quarter_json) VALUES (?, ?, ?)').run(id, quarter.quarter, text);
      const changed = this.db
        .prepare(
          `UPDATE records SET quarters_played = ?, seats_json = ?, standings_json = ?, updated_at = ?, size_bytes = size_bytes + ?
           WHERE id = ? AND status = 'playing'`,
        )
        .run(quarter.quarter + 1, JSON.stringify(progress.seats), JSON.stringify(progress.standings), now, Buffer.byteLength(text), id).changes;
      if (changed !== 1) throw new Error(`record ${id} is not a match being played`);
      this.db.prepare('DELETE FROM pending_inputs WHERE record_id = ? AND quarter <= ?').run(id, quarter.quarter);
      this.saveLive(id, live, now);
    })();
  }

  addPending(id: string, quarter: number, input: PendingInput): void {
    this.insertPending(id, quarter, input);
  }

  finishMatch(id: string, record: MatchRecord, text: string, now: number, note: string | null = null): void {
    const finished = record.status === 'playing' ? null : now;
    this.db.transaction(() => {
      this.db
        .prepare(
          `UPDATE records SET status = @status, quarters_played = @played, seats_json = @seats, standings_json = @standings, updated_at = @now,
             finished_at = COALESCE(finished_at, @finished), checksum = @checksum, size_bytes = @size, note = @note, record = @record
           WHERE id = @id`,
        )
        .run({
          id,
          status: record.status,
          played: record.quarters.length,
          seats: JSON.stringify(record.seats),
          standings: JSON.stringify(record.standings),
          now,
          finished,
          checksum: record.checksum,
          size: Buffer.byteLength(text),
          note,
          record: text,
        });
      this.db.prepare('DELETE FROM record_quarters WHERE record_id = ?').run(id);
      this.db.prepare('DELETE FROM pending_inputs WHERE record_id = ?').run(id);
      this.db.prepare('DELETE FROM live_matches WHERE record_id = ?').run(id);
    })();
  }

  markAbandoned(id: string, note: string, now: number): void {
    this.db.transaction(() => {
      this.db.prepare(`UPDATE records SET status = 'abandoned', note = ?, updated_at = ? WHERE id = ? AND status = 'playing'`).run(note, now, id);
      this.db.prepare('DELETE FROM pending_inputs WHERE record_id = ?').run(id);
      this.db.prepare('DELETE FROM live_matches WHERE record_id = ?').run(id);
    })();
  }

  claimLiveMatches(now: number, leaseMs: number): LiveMatch[] {
    const owner = this.owner;
    return this.db.transaction(() => {
      this.db.prepare('UPDATE live_matches SET owner = ?, lease_until = ? WHERE owner IS NULL OR lease_until < ?').run(owner, now + leaseMs, now);
      const rows = this.db
        .prepare('SELECT record_id AS id, code, room_json, saved_at FROM live_matches WHERE owner = ? ORDER BY saved_at')
        .all(owner) as { id: string; code: string; room_json: string; saved_at: number }[];
      return rows.map((r) => {
        const live: LiveMatch = { id: r.id, code: r.code, room: JSON.parse(r.room_json) as LiveRoom, savedAt: r.saved_at, record: null, pending: [] };
        try {
          live.record = this.assemble(r.id);
          live.pending = this.pendingOf(r.id, live.record.quarters.length);
        } catch (err) {
          live.unreadable = (err as Error).message;
        }
        return live;
      });
    })();
  }

  renewLeases(now: number, leaseMs: number): number {
    return this.db.prepare('UPDATE live_matches SET lease_until = ? WHERE owner = ?').run(now + leaseMs, this.owner).changes;
  }

  releaseLeases(): void {
    this.db.prepare('UPDATE live_matches SET owner = NULL, lease_until = 0 WHERE owner = ?').run(this.owner);
  }

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
    if (!row) return null;
    if (row.origin === 'upload' || row.status !== 'playing') return { item: toItem(row), text: row.record };
    return { item: toItem(row), text: serializeRecord(this.assemble(id)) };
  }

  list(q: ListQuery): { items: RecordListItem[]; total: number } {
    const where = q.status === 'done' ? `origin = @origin AND status IN ('finished', 'ended')` : `origin = @origin`;
    const total = (this.db.prepare(`SELECT COUNT(*) AS n FROM records WHERE ${where}`).get({ origin: q.origin }) as { n: number }).n;
    const rows = this.db
      .prepare(`SELECT ${LIST_COLUMNS} FROM records WHERE ${where} ORDER BY COALESCE(finished_at, updated_at) DESC, rowid DESC LIMIT @limit OFFSET @offset`)
      .all({ origin: q.origin, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as Row[];
    return { items: rows.map(toItem), total };
  }

  probe(): void {
    this.db.transaction(() => {
      this.db.exec('CREATE TABLE IF NOT EXISTS write_probe (bytes BLOB NOT NULL)');
      this.db.exec('INSERT INTO write_probe VALUES (zeroblob(65536))');
      this.db.exec('DELETE FROM write_probe');
    })();
  }

  close(): void {
    this.db.close();
  }

  /** A match being played, as one record: its header, the quarters it started with and one row per quarter since. */
  private assemble(id: string): UnsealedRecord {
    const row = this.db.prepare('SELECT record, seats_json, standings_json, status, updated_at FROM records WHERE id = ?').get(id) as
      | { record: string; seats_json: string; standings_json: string; status: RecordStatus; updated_at: number }
      | undefined;
    if (!row) throw new Error(`no record ${id}`);
    const header = JSON.parse(row.record) as UnsealedRecord;
    const rows = this.db.prepare('SELECT quarter, quarter_json FROM record_quarters WHERE record_id = ? ORDER BY quarter').all(id) as { quarter: number; quarter_json: string }[];
    const quarters = [...header.quarters];
    for (const r of rows) {
      if (r.quarter < quarters.length) continue;
      if (r.quarter !== quarters.length) throw new Error(`quarter ${quarters.length} is missing from record ${id} (the next stored one is ${r.quarter})`);
      quarters.push(JSON.parse(r.quarter_json) as QuarterRecord);
    }
    return {
      ...header,
      status: row.status,
      seats: JSON.parse(row.seats_json),
      standings: JSON.parse(row.standings_json),
      quarters,
      meta: { ...header.meta, updatedAt: new Date(row.updated_at).toISOString() },
    };
  }

  private pendingOf(id: string, quarter: number): PendingInput[] {
    const rows = this.db.prepare('SELECT input_json FROM pending_inputs WHERE record_id = ? AND quarter = ? ORDER BY seq').all(id, quarter) as { input_json: string }[];
    return rows.map((r) => JSON.parse(r.input_json) as PendingInput);
  }

  private insertPending(id: string, quarter: number, input: PendingInput): void {
    this.db.prepare('INSERT INTO pending_inputs (record_id, quarter, input_json) VALUES (?, ?, ?)').run(id, quarter, JSON.stringify(input));
  }

  private saveLive(id: string, live: LiveRoom, now: number): void {
    this.db.prepare('DELETE FROM live_matches WHERE code = ? AND record_id <> ?').run(live.code, id);
    this.db
      .prepare(
        `INSERT INTO live_matches (record_id, code, room_json, saved_at, owner, lease_until) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (record_id) DO UPDATE SET code = excluded.code, room_json = excluded.room_json, saved_at = excluded.saved_at`,
      )
      .run(id, live.code, JSON.stringify(live), now, this.owner, now + this.leaseMs);
  }
}
