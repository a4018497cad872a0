import { S2C, checkDisplayName, nameKey, type RequestSeatPayload, type SeatRequestPayload } from '../../shared/protocol';
import type { Role } from '../../shared/roles';
import type { Match } from './match';
import { accepted, refused, type Outcome } from './outcome';

// Seats after the start: a student asks for a seat by name (requestSeat), the host answers
// (answerSeatRequest: their own seat back, or a seat a bot or the autopilot plays, with a new seat
// token; the old one stops working with a clear answer), and the host renames a seat's player or
// takes their name off (renameSeat).

/** Checks a display name and that no other seat's player has it (beyond case and lookalikes). */
function checkSeatName(match: Match, raw: string, role: Role | null): { name: string } | Outcome {
  const name = checkDisplayName(raw);
  if (!name.ok) return refused('BAD_NAME', name.message, [{ path: 'name', key: 'protocol.bad_name', params: {}, message: name.message }]);
  const key = nameKey(name.name);
  const twin = match.seats.all().find((s) => s.role !== role && s.tokenHash !== null && nameKey(s.name) === key);
  if (twin) {
    const message = `name: '${twin.name}' already plays in this room (${twin.role}); names must differ beyond case and lookalike letters`;
    return refused('BAD_NAME', message, [{ path: 'name', key: 'protocol.name_taken', params: { name: twin.name }, message }]);
  }
  return { name: name.name };
}

/** Why a seat cannot be handed to a person now, or null. */
function seatProblem(match: Match, role: Role): Outcome | null {
  const seat = match.seats.get(role);
  if (seat.kind === 'absent' || !match.state.settings.activeSeats.includes(role)) return refused('SEAT_NOT_HUMAN', `seat ${role} is absent from this match`);
  if (!match.companyPlays(role)) return refused('MATCH_OVER', `${role} no longer plays (bankrupt)`);
  return null;
}

export function requestSeat(match: Match, sessionId: string, p: RequestSeatPayload): Outcome {
  const held = match.seats.bySession(sessionId);
  if (held) return refused('NO_EFFECT', `you already hold seat ${held.role}`);
  if (match.phase === 'lobby') return refused('WRONG_PHASE', 'in the lobby, claim a free seat (claimSeat) instead of asking for one');
  if (match.phase === 'debrief') return refused('MATCH_OVER', 'the match has ended');
  const role = p.role ?? null;
  if (role) {
    const problem = seatProblem(match, role);
    if (problem) return problem;
  }
  const name = checkSeatName(match, p.name, role);
  if ('ok' in name) return name;
  match.expireSeatRequests();
  const cap = match.seatRequests.capProblem(sessionId) ?? (match.seatRequests.bySession(sessionId) ? null : match.classRequestCap?.() ?? null);
  if (cap) return refused('RATE_LIMITED', cap);
  const request = match.seatRequests.add(sessionId, name.name, role, match.now());
  match.sync();
  return accepted({ requestId: request.id });
}

export function answerSeatRequest(match: Match, requestId: string, approve: boolean, pick: Role | undefined): Outcome {
  const request = match.seatRequests.get(requestId);
  if (!request) return refused('NO_EFFECT', `requestId: no seat request '${requestId}' is waiting (answered, withdrawn or expired)`);
  const tell = (payload: SeatRequestPayload) => match.tell(request.sessionId, S2C.seatRequest, payload);
  if (!approve) {
    match.seatRequests.remove(request.sessionId);
    match.sync();
    tell({ requestId, status: 'denied', message: 'the teacher did not give you a seat; ask them' });
    return accepted({ command: 'answerSeatRequest', requestId });
  }
  if (match.phase !== 'planning' && match.phase !== 'results') return refused('WRONG_PHASE', `seats are handed out in planning or results (phase is '${match.phase}')`);
  const role = pick ?? request.role;
  if (!role) return refused('BAD_PAYLOAD', `role: ${request.name} asked for no particular seat; say which one to give`);
  const problem = seatProblem(match, role);
  if (problem) return problem;
  const checked = checkSeatName(match, request.name, role);
  if ('ok' in checked) return checked;
  const seat = match.seats.get(role);
  const name = match.storedName(role, checked.name);
  const previous = seat.sessionId;
  match.revokeToken(seat, `the teacher gave seat ${role} to ${name}; ask the teacher if that was you`);
  match.seatRequests.remove(request.sessionId);
  seat.kind = 'human';
  match.seats.claim(role, request.sessionId, name);
  match.sync();
  match.notifySession(request.sessionId);
  tell({ requestId, status: 'approved', role, message: `the teacher gave you seat ${role}` });
  if (previous && previous !== request.sessionId) match.disconnect(previous, `the teacher gave your seat to ${name}`);
  match.seatsChanged();
  return accepted({ command: 'answerSeatRequest', requestId });
}

export function renameSeat(match: Match, role: Role, rawName: string | undefined): Outcome {
  const seat = match.seats.get(role);
  if (seat.tokenHash === null) return refused('NO_EFFECT', `nobody holds seat ${role}`);
  let name: string;
  if (rawName === undefined) {
    name = match.seatLabel(role);
  } else {
    const checked = checkSeatName(match, rawName, role);
    if ('ok' in checked) return checked;
    name = checked.name;
  }
  seat.name = name;
  match.sync();
  match.seatsChanged();
  return accepted({ command: 'renameSeat' });
}
