import { serializeRecord, type MatchRecord, type QuarterRecord, type RecordListItem, type RecordStatus, type UnsealedRecord } from '../../shared/replay';
import type { ClassStore } from '../classroom/store';
import { SqlClassStore } from './classStore';
import type { SqlDatabase } from './sql';
import type { ListQuery, LiveMatch, LiveRoom, MatchProgress, Origin, PendingInput, RecordStore } from './types';

// RecordStore on a SQL database, SQLite or PostgreSQL (tables in db.ts and pg/schema.ts). A match
// being played is a header row (records.record: the record without the quarters it resolved here)
// plus one record_quarters row per resolved quarter, so a quarter costs one small insert; when it
// is over the whole record is sealed once and replaces its rows. A live match is played by one
// server process at a time: the one holding its lock (SqlDatabase.tryLock), whose id is in
// live_matches.owner with a lease it renews.

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

export class SqlRecordStore implements RecordStore {
  readonly classes: ClassStore;
  readonly location: string;
  /** Insertion order, to break ties in the list. */
  private readonly order: string;

  constructor(
    private readonly db: SqlDatabase,
    readonly owner: string,
    private readonly leaseMs: number,
  ) {
    this.classes = new SqlClassStore(db);
    this.location = db.location;
    this.order = db.dialect === 'sqlite' ? 'rowid' : 'seq';
  }

  startMatch(id: string, record: UnsealedRecord, live: LiveRoom, pending: PendingInput[], now: number): void {
    const text = JSON.stringify({ ...record, checksum: undefined });
    if (!this.db.tryLock(id)) throw new Error(`match ${id} is already played by another server`);
    this.db.transaction(() => {
      this.insertRecord(id, 'match', record, text, { status: 'playing', finishedAt: null, checksum: '' }, now);
      this.saveLive(id, live, now);
      for (const input of pending) this.insertPending(id, record.quarters.length, input);
    });
  }

  appendQuarter(id: string, quarter: QuarterRecord, progress: MatchProgress, live: LiveRoom, now: number): void {
    const text = JSON.stringify(quarter);
    // One trip to the database: the quarter, the list columns, the quarter's inputs gone, the room.
    this.db.batch([
      { sql: 'INSERT INTO record_quarters (record_id, quarter, quarter_json) VALUES (?, ?, ?)', params: [id, quarter.quarter, text] },
      {
        sql: `UPDATE records SET quarters_played = ?, seats_json = ?, standings_json = ?, updated_at = ?, size_bytes = size_bytes + ?
              WHERE id = ? AND status = 'playing'`,
        params: [quarter.quarter + 1, JSON.stringify(progress.seats), JSON.stringify(progress.standings), now, Buffer.byteLength(text), id],
        changes: 1,
        otherwise: `record ${id} is not a match being played`,
      },
      { sql: 'DELETE FROM pending_inputs WHERE record_id = ? AND quarter <= ?', params: [id, quarter.quarter] },
      {
        sql: 'UPDATE live_matches SET room_json = ?, saved_at = ?, owner = ?, lease_until = ? WHERE record_id = ? AND code = ?',
        params: [JSON.stringify(live), now, this.owner, now + this.leaseMs, id, live.code],
        changes: 1,
        otherwise: `match ${id} has no live room with code ${live.code}`,
      },
    ]);
  }

  updateRoom(id: string, live: LiveRoom, now: number): void {
    if (this.db.run('UPDATE live_matches SET room_json = ?, saved_at = ? WHERE record_id = ? AND code = ?', [JSON.stringify(live), now, id, live.code]) !== 1)
      throw new Error(`match ${id} has no live room with code ${live.code}`);
  }

  addPending(id: string, quarter: number, input: PendingInput): void {
    this.insertPending(id, quarter, input);
  }

  finishMatch(id: string, record: MatchRecord, text: string, now: number, note: string | null = null): void {
    this.db.batch([
      {
        sql: `UPDATE records SET status = ?, quarters_played = ?, seats_json = ?, standings_json = ?, updated_at = ?,
                finished_at = COALESCE(finished_at, ?), checksum = ?, size_bytes = ?, note = ?, record = ?
              WHERE id = ?`,
        params: [
          record.status,
          record.quarters.length,
          JSON.stringify(record.seats),
          JSON.stringify(record.standings),
          now,
          record.status === 'playing' ? null : now,
          record.checksum,
          Buffer.byteLength(text),
          note,
          text,
          id,
        ],
        changes: 1,
        otherwise: `no record ${id}`,
      },
      { sql: 'DELETE FROM record_quarters WHERE record_id = ?', params: [id] },
      { sql: 'DELETE FROM pending_inputs WHERE record_id = ?', params: [id] },
      { sql: 'DELETE FROM live_matches WHERE record_id = ?', params: [id] },
    ]);
    this.db.unlock(id);
  }

  markAbandoned(id: string, note: string, now: number): void {
    this.db.batch([
      { sql: `UPDATE records SET status = 'abandoned', note = ?, updated_at = ? WHERE id = ? AND status = 'playing'`, params: [note, now, id] },
      { sql: 'DELETE FROM pending_inputs WHERE record_id = ?', params: [id] },
      { sql: 'DELETE FROM live_matches WHERE record_id = ?', params: [id] },
    ]);
    this.db.unlock(id);
  }

  claimLiveMatches(now: number, leaseMs: number): LiveMatch[] {
    const rows = this.db.all<{ id: string; code: string; room_json: string; saved_at: number; owner: string | null }>(
      'SELECT record_id AS id, code, room_json, saved_at, owner FROM live_matches ORDER BY saved_at',
    );
    const claimed: LiveMatch[] = [];
    for (const r of rows) {
      // Ours already, or held by a server process that is still running.
      if (r.owner === this.owner || !this.db.tryLock(r.id)) continue;
      this.db.run('UPDATE live_matches SET owner = ?, lease_until = ? WHERE record_id = ?', [this.owner, now + leaseMs, r.id]);
      const live: LiveMatch = { id: r.id, code: r.code, room: JSON.parse(r.room_json) as LiveRoom, savedAt: Number(r.saved_at), record: null, pending: [] };
      try {
        live.record = this.assemble(r.id);
        live.pending = this.pendingOf(r.id, live.record.quarters.length);
      } catch (err) {
        live.unreadable = (err as Error).message;
      }
      claimed.push(live);
    }
    return claimed;
  }

  renewLeases(now: number, leaseMs: number): number {
    return this.db.run('UPDATE live_matches SET lease_until = ? WHERE owner = ?', [now + leaseMs, this.owner]);
  }

  releaseLeases(): void {
    const mine = this.db.all<{ id: string }>('SELECT record_id AS id FROM live_matches WHERE owner = ?', [this.owner]);
    this.db.run('UPDATE live_matches SET owner = NULL, lease_until = 0 WHERE owner = ?', [this.owner]);
    for (const m of mine) this.db.unlock(m.id);
  }

  addUpload(id: string, record: MatchRecord, text: string, now: number): { id: string; duplicate: boolean } {
    return this.db.transaction(() => {
      const existing = this.db.get<{ id: string }>(`SELECT id FROM records WHERE origin = 'upload' AND checksum = ?`, [record.checksum]);
      if (existing) return { id: existing.id, duplicate: true };
      this.insertRecord(id, 'upload', record, text, { status: record.status, finishedAt: record.status === 'playing' ? null : now, checksum: record.checksum }, now);
      return { id, duplicate: false };
    });
  }

  get(id: string): { item: RecordListItem; text: string } | null {
    const row = this.db.get<Row & { record: string }>(`SELECT ${LIST_COLUMNS}, record FROM records WHERE id = ?`, [id]);
    if (!row) return null;
    if (row.origin === 'upload' || row.status !== 'playing') return { item: toItem(row), text: row.record };
    return { item: toItem(row), text: serializeRecord(this.assemble(id)) };
  }

  list(q: ListQuery, options: { hideClassRecords?: boolean } = {}): { items: RecordListItem[]; total: number } {
    const hide = options.hideClassRecords ? ' AND id NOT IN (SELECT record_id FROM class_groups WHERE record_id IS NOT NULL)' : '';
    const where = (q.status === 'done' ? `origin = ? AND status IN ('finished', 'ended')` : `origin = ?`) + hide;
    const total = Number(this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM records WHERE ${where}`, [q.origin])!.n);
    const rows = this.db.all<Row>(`SELECT ${LIST_COLUMNS} FROM records WHERE ${where} ORDER BY COALESCE(finished_at, updated_at) DESC, ${this.order} DESC LIMIT ? OFFSET ?`, [
      q.origin,
      q.pageSize,
      (q.page - 1) * q.pageSize,
    ]);
    return { items: rows.map(toItem), total };
  }

  classSecretHashOf(recordId: string): string | null {
    const row = this.db.get<{ hash: string }>('SELECT s.secret_hash AS hash FROM class_groups g JOIN class_sessions s ON s.id = g.class_id WHERE g.record_id = ?', [recordId]);
    return row?.hash ?? null;
  }

  uploadedBytes(): number {
    return Number(this.db.get<{ n: number }>(`SELECT COALESCE(SUM(size_bytes), 0) AS n FROM records WHERE origin = 'upload'`)!.n);
  }

  probe(): void {
    this.db.probe();
  }

  close(): void {
    this.db.close();
  }

  /** A match being played, as one record: its header, the quarters it started with and one row per quarter since. */
  private assemble(id: string): UnsealedRecord {
    const row = this.db.get<{ record: string; seats_json: string; standings_json: string; status: RecordStatus; updated_at: number }>(
      'SELECT record, seats_json, standings_json, status, updated_at FROM records WHERE id = ?',
      [id],
    );
    if (!row) throw new Error(`no record ${id}`);
    const header = JSON.parse(row.record) as UnsealedRecord;
    const rows = this.db.all<{ quarter: number; quarter_json: string }>('SELECT quarter, quarter_json FROM record_quarters WHERE record_id = ? ORDER BY quarter', [id]);
    const quarters = [...header.quarters];
    for (const r of rows) {
      if (r.quarter < quarters.length) continue;
      if (r.quarter !== quarters.length) throw new Error(`quarter ${quarters.length} is missing from record ${id} (the next stored one is ${r.quarter})`);
      quarters.push(JSON.parse(r.quarter_json) as QuarterRecord);
    }
    return {
      ...header,
      status: row.status,
      seats: JSON.parse(row.seats_json) as UnsealedRecord['seats'],
      standings: JSON.parse(row.standings_json) as UnsealedRecord['standings'],
      quarters,
      meta: { ...header.meta, updatedAt: new Date(Number(row.updated_at)).toISOString() },
    };
  }

  private pendingOf(id: string, quarter: number): PendingInput[] {
    const rows = this.db.all<{ input_json: string }>('SELECT input_json FROM pending_inputs WHERE record_id = ? AND quarter = ? ORDER BY seq', [id, quarter]);
    return rows.map((r) => JSON.parse(r.input_json) as PendingInput);
  }

  private insertRecord(
    id: string,
    origin: Origin,
    record: UnsealedRecord,
    text: string,
    seal: { status: RecordStatus; finishedAt: number | null; checksum: string },
    now: number,
  ): void {
    this.db.run(
      `INSERT INTO records (id, origin, status, scenario_id, seed, engine_version, quarters_played, quarters_total, seats_json, standings_json, created_at, updated_at, finished_at, checksum, size_bytes, forked_from, note, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
      [
        id,
        origin,
        seal.status,
        record.scenarioId,
        record.seed,
        record.engineVersion,
        record.quarters.length,
        record.settings.quarters,
        JSON.stringify(record.seats),
        JSON.stringify(record.standings),
        now,
        now,
        seal.finishedAt,
        seal.checksum,
        Buffer.byteLength(text),
        record.meta.forkedFrom?.matchId ?? null,
        text,
      ],
    );
  }

  private insertPending(id: string, quarter: number, input: PendingInput): void {
    this.db.run('INSERT INTO pending_inputs (record_id, quarter, input_json) VALUES (?, ?, ?)', [id, quarter, JSON.stringify(input)]);
  }

  private saveLive(id: string, live: LiveRoom, now: number): void {
    // A join code is reused once its match is gone; a match another running server plays keeps it.
    for (const other of this.db.all<{ id: string }>('SELECT record_id AS id FROM live_matches WHERE code = ? AND record_id <> ?', [live.code, id])) {
      if (!this.db.tryLock(other.id)) throw new Error(`join code ${live.code} belongs to a match another server plays`);
      this.db.run('DELETE FROM live_matches WHERE record_id = ?', [other.id]);
      this.db.unlock(other.id);
    }
    this.db.run(
      `INSERT INTO live_matches (record_id, code, room_json, saved_at, owner, lease_until) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (record_id) DO UPDATE SET code = excluded.code, room_json = excluded.room_json, saved_at = excluded.saved_at, owner = excluded.owner, lease_until = excluded.lease_until`,
      [id, live.code, JSON.stringify(live), now, this.owner, now + this.leaseMs],
    );
  }
}
