import { ROLES, type Role } from '../../shared/roles';
import { PERSONA_IDS, type PersonaId, type SeatKind } from '../../shared/protocol';
import { forkRecord, replayRecord, type MatchRecord } from '../../shared/replay';
import { createMatchRoom } from '../room/create';
import { logFromRecord } from './convert';
import { newRecordId, type MatchTracker } from './tracker';

// "Play from here": a new live match that starts as a recorded one did, with its first N quarters
// replayed (and verified), in the lobby under a new join code. Seats that a person played are
// open for people again, bot seats stay bots; whoever asked for the fork gets the host secret.

export interface ForkRequest {
  /** Number of recorded quarters to keep; planning resumes at this quarter. */
  quarter: number;
  /** Seat kinds for the fork; default: human where a person played, the bot and its persona elsewhere. */
  seats?: Partial<Record<Role, { kind: SeatKind; persona?: PersonaId }>>;
  planningSeconds?: number;
  resultsSeconds?: number;
}

export type ForkResult =
  | { ok: true; code: string; hostSecret: string; matchId: string; quarter: number }
  | { ok: false; status: number; kind: string; message: string; details?: string[] };

export async function forkMatch(tracker: MatchTracker, source: MatchRecord, sourceId: string, req: ForkRequest): Promise<ForkResult> {
  const n = req.quarter;
  if (!Number.isInteger(n) || n < 0 || n > source.quarters.length)
    return { ok: false, status: 400, kind: 'badQuarter', message: `quarter: must be a whole number from 0 to ${source.quarters.length} (the quarters this record holds), got ${JSON.stringify(n)}` };
  if (n >= source.settings.quarters)
    return { ok: false, status: 400, kind: 'badQuarter', message: `quarter: the match is over after quarter ${source.settings.quarters - 1}; fork at ${source.settings.quarters - 1} or earlier to play a quarter again` };
  const replay = replayRecord(source, { to: n, keepStates: false });
  if (!replay.ok) {
    const f = replay.failure!;
    return { ok: false, status: f.kind === 'engineVersion' ? 409 : 422, kind: f.kind, message: f.message, details: f.details };
  }
  const seats = {} as Record<Role, { kind: SeatKind; persona?: PersonaId }>;
  for (const role of ROLES) {
    const was = source.seats.find((s) => s.role === role);
    const plays = source.settings.activeSeats.includes(role);
    const given = req.seats?.[role];
    const wanted = given?.persona ?? was?.persona;
    const persona = (PERSONA_IDS as readonly string[]).includes(wanted ?? '') ? (wanted as PersonaId) : undefined;
    const kind: SeatKind = !plays ? 'absent' : given?.kind === 'bot' || given?.kind === 'human' ? given.kind : was?.kind === 'bot' ? 'bot' : 'human';
    seats[role] = persona ? { kind, persona } : { kind };
  }
  let room;
  try {
    room = await createMatchRoom({
      init: { state: replay.state, reports: replay.reports, log: logFromRecord({ quarters: source.quarters.slice(0, n) }) },
      settings: {
        seats,
        ...(req.planningSeconds !== undefined ? { planningSeconds: req.planningSeconds } : {}),
        ...(req.resultsSeconds !== undefined ? { resultsSeconds: req.resultsSeconds } : {}),
      },
    });
  } catch (err) {
    return { ok: false, status: 400, kind: 'invalid', message: `the fork could not be opened: ${(err as Error).message}` };
  }
  const matchId = newRecordId();
  const record = forkRecord(source, n, replay.state, {
    source: 'server',
    matchId,
    createdAt: new Date().toISOString(),
  });
  record.meta.forkedFrom = { ...record.meta.forkedFrom!, matchId: sourceId };
  tracker.register(room.match, matchId, record);
  const hostSecret = room.match.hostSecret;
  if (hostSecret === null) throw new Error('a forked room draws a new host secret');
  return { ok: true, code: room.match.code, hostSecret, matchId, quarter: n };
}
