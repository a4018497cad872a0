import { ROLES } from '../../shared/roles';
import type { MatchRecord, RecordSeat } from '../../shared/replay';
import type { QuarterLog } from '../room/actionLog';
import type { Match } from '../room/match';
import type { LiveRoom } from './types';

// Between a live match room and its record: the seats a record shows, the private room data kept
// for recovery, and the room's action log rebuilt from a record.

export function recordSeats(match: Match): RecordSeat[] {
  return ROLES.map((role) => {
    const seat = match.seats.get(role);
    const plays = match.state.settings.activeSeats.includes(role);
    return { role, kind: plays ? seat.kind : 'absent', persona: seat.persona, name: plays && seat.kind === 'human' ? seat.name : '' };
  });
}

export function liveRoom(match: Match): LiveRoom {
  return {
    code: match.code,
    settings: structuredClone(match.settings),
    hostSecret: match.hostSecretHash,
    seats: match.seats.all().map((s) => ({ role: s.role, kind: s.kind, persona: s.persona, name: s.name, token: s.tokenHash })),
  };
}

/** The room's action log for a record's quarters (deal actions are the only planning actions that matter). */
export function logFromRecord(record: Pick<MatchRecord, 'quarters'>): QuarterLog[] {
  return record.quarters.map((q) => ({
    quarter: q.quarter,
    actions: q.dealActions.map((a) => structuredClone(a)),
    hostEvents: q.hostEvents.map((e) => ({ ...e })),
    orders: structuredClone(q.orders) as QuarterLog['orders'],
    sources: { ...(q.sources ?? {}) },
    ...(q.decidedBy ? { decidedBy: structuredClone(q.decidedBy) } : {}),
    trigger: q.trigger ?? 'host',
    hash: q.hash,
  }));
}
