import { groupDataFromState, type GroupData, type GroupSeat, type GroupStatus } from '../../shared/classroom/data';
import { createMatch } from '../../shared/engine';
import { checkRecord, recordFromLog, replayRecord, sealRecord, withStatus, type MatchRecord, type RecordStatus } from '../../shared/replay';
import { ROLES } from '../../shared/roles';
import type { Match } from '../room/match';
import type { ClassGroup, ClassSession } from './session';

// Match records of a class's groups: the stored record when the server keeps records, otherwise
// one built from the room's action log; and a group's debrief data rebuilt from a stored record
// (a class reopened after its rooms are gone).

/** What the record store offers the classroom (server/storage implements it). */
export interface RecordSource {
  /** Id of the record the storage keeps for this live match, once it has one. */
  recordIdOf(match: Match): string | null;
  /** The stored record's JSON text. */
  recordText(id: string): string | null;
}

function statusOf(session: ClassSession, m: Match): RecordStatus {
  const s = session.statusOf(m);
  return s === 'lobby' ? 'playing' : s === 'abandoned' ? 'abandoned' : s;
}

/** A group's record as of now. */
export function liveGroupRecord(session: ClassSession, g: ClassGroup, source: RecordSource | null): MatchRecord {
  const m = g.room.match;
  const id = source?.recordIdOf(m) ?? null;
  const text = id ? source!.recordText(id) : null;
  if (text) {
    const read = checkRecord(JSON.parse(text));
    if (read.ok && read.record.quarters.length === m.log.quarters.length) return read.record;
  }
  const initial = createMatch(m.state.scenario, m.state.settings, m.state.seed);
  const seats = session.seatsOf(m).map((s) => ({ role: s.role, kind: s.kind, persona: s.persona, name: s.name }));
  const record = recordFromLog(initial, m.log.quarters, {
    seats,
    meta: { source: 'server', ...(id ? { matchId: id } : {}), note: classNote(session, g.index) },
  });
  return sealRecord(withStatus(record, statusOf(session, m)));
}

export function classNote(session: Pick<ClassSession, 'id' | 'title'>, index: number): string {
  return `class ${session.id}${session.title ? ` (${session.title})` : ''}, group ${index + 1}`;
}

/** A group's debrief data from its stored record (replayed with the engine). */
export function groupDataFromRecord(record: MatchRecord, info: { group: number; code: string; recordId: string | null }): GroupData {
  const replay = replayRecord(record, { keepStates: false, verify: false });
  if (!replay.ok || !replay.state) throw new Error(`the record of group ${info.group + 1} does not replay: ${replay.failure?.message ?? 'unknown problem'}`);
  const seats: GroupSeat[] = ROLES.map((role) => {
    const s = record.seats.find((x) => x.role === role);
    return { role, kind: s?.kind ?? 'absent', persona: s?.persona ?? 'classic', name: s?.name ?? '' };
  });
  const status: GroupStatus = record.status === 'playing' ? (record.quarters.length === 0 ? 'lobby' : 'abandoned') : record.status;
  return groupDataFromState(replay.state, replay.reports, { group: info.group, code: info.code, status, seats, recordId: info.recordId, inputs: record.quarters });
}
