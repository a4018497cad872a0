import { RECLAIM_WINDOW_SECONDS, type HostCommand } from '../../shared/protocol';
import { serverClock } from '../security/clock';
import { ROLES, type Role } from '../../shared/roles';
import { hostEventErrors, type HostEvent } from './engine';
import type { Match } from './match';
import { accepted, refused, type Outcome } from './outcome';
import { SaveFailedError } from './persistence';
import { MAX_HOST_EVENTS_PER_QUARTER } from '../../shared/replay/limits';
import { ECONOMY_SETTING_KEYS, resolveSettings } from './settings';
import { answerSeatRequest, renameSeat } from './seatCommands';

// Every host command, in one place. The room calls this after checking the sender is the host;
// a class session (one teacher, many rooms) can call it directly for each of its rooms.
// `actor` is the host's session id, or null when called from the server side.

export function applyHostCommand(match: Match, cmd: HostCommand, actor: string | null = null, now: number = serverClock.now()): Outcome {
  switch (cmd.command) {
    case 'start':
      return start(match, cmd.force ?? false);
    case 'pause':
      return pause(match);
    case 'resume':
      return resume(match);
    case 'extendTimer':
      return extendTimer(match, cmd.seconds);
    case 'resolveNow':
      if (match.phase !== 'planning') return refused('WRONG_PHASE', `no quarter is being planned (phase is '${match.phase}')`);
      if (!match.mayPlan(match.state.quarter)) {
        return refused('WRONG_QUARTER', `this group came back ahead of its class (quarter ${match.state.quarter + 1}; the class is at ${match.classPace! + 1}): it waits for Next quarter`);
      }
      return match.resolve('host');
    case 'next':
      if (match.phase !== 'results') return refused('WRONG_PHASE', `'next' ends the results phase (phase is '${match.phase}')`);
      if (match.storageProblem) return refused('SERVER_ERROR', `the match stays paused while it cannot be saved (${match.storageProblem}); it goes on by itself once saving works again`);
      if (!match.mayPlan(match.state.quarter)) {
        return refused('WRONG_QUARTER', `this group would be ahead of its class: the class plans quarter ${match.classPace! + 1}; use Next quarter for all groups`);
      }
      match.beginPlanning();
      return accepted({ command: 'next', quarter: match.state.quarter });
    case 'injectEvent':
      return injectEvent(match, cmd.eventId, cmd.target);
    case 'end':
      if (match.phase === 'debrief') return refused('MATCH_OVER', 'the match has already ended');
      match.toDebrief();
      return accepted({ command: 'end' });
    case 'kick':
      return seatsChanged(match, kick(match, cmd.role, cmd.sessionId, actor));
    case 'seatToBot':
      return seatsChanged(match, seatToBot(match, cmd.role, cmd.persona));
    case 'allowReclaim':
      return allowReclaim(match, cmd.role, now);
    case 'answerSeatRequest':
      return answerSeatRequest(match, cmd.requestId, cmd.approve, cmd.role);
    case 'renameSeat':
      return renameSeat(match, cmd.role, cmd.name);
    case 'configure':
      return configure(match, cmd.settings);
  }
}

/** Who holds which seat changed (a token revoked): kept at once, so a restart does not bring the old holder back. */
function seatsChanged(match: Match, outcome: Outcome): Outcome {
  if (outcome.ok) match.seatsChanged();
  return outcome;
}

function start(match: Match, force: boolean): Outcome {
  if (match.phase !== 'lobby') return refused('WRONG_PHASE', `the match has already started (phase is '${match.phase}')`);
  const notReady = match.seats.all().filter((s) => s.tokenHash !== null && !s.ready);
  if (notReady.length && !force) {
    const who = notReady.map((s) => `${s.name} (${s.role})`).join(', ');
    return refused('NOT_READY', `not everyone is ready: ${who}; send start with force: true to start anyway`);
  }
  match.start();
  return accepted({ command: 'start', quarter: match.state.quarter });
}

function pause(match: Match): Outcome {
  if (match.phase !== 'planning' && match.phase !== 'results') return refused('WRONG_PHASE', `nothing to pause in phase '${match.phase}'`);
  if (match.paused) return refused('NO_EFFECT', 'already paused');
  match.paused = true;
  match.timer.pause();
  match.sync();
  return accepted({ command: 'pause' });
}

function resume(match: Match): Outcome {
  if (!match.paused) return refused('NO_EFFECT', 'not paused');
  if (match.storageProblem) return refused('SERVER_ERROR', `the match stays paused while it cannot be saved (${match.storageProblem}); it goes on by itself once saving works again`);
  match.paused = false;
  match.timer.resume();
  match.sync();
  match.settle();
  return accepted({ command: 'resume' });
}

function extendTimer(match: Match, seconds: number): Outcome {
  if (!match.timer.active) {
    return refused('NO_EFFECT', `no timer is running in phase '${match.phase}' (a timer of 0 seconds means no timer)`);
  }
  match.timer.extend(seconds * 1000);
  match.sync();
  return accepted({ command: 'extendTimer' });
}

export function injectEvent(match: Match, eventId: string, target: Role | undefined): Outcome {
  if (match.phase === 'debrief') return refused('MATCH_OVER', 'the match has ended');
  const event: HostEvent = target === undefined ? { id: eventId } : { id: eventId, target };
  const errors = hostEventErrors(match.state, [event]).map((e) => ({
    ...e,
    path: e.path.replace(/^hostEvents\.0\.?/, '') || 'eventId',
    message: e.message.replace(/^hostEvents\.0\.?/, ''),
  }));
  if (errors.length) {
    return refused('UNKNOWN_EVENT', `${errors.map((e) => e.message).join('; ')} (see GET /api/catalogue)`, errors);
  }
  if (match.hostEvents.length >= MAX_HOST_EVENTS_PER_QUARTER) {
    return refused('NO_EFFECT', `at most ${MAX_HOST_EVENTS_PER_QUARTER} events can be injected in one quarter; this quarter has them already`);
  }
  try {
    match.addHostEvent(event);
  } catch (err) {
    if (err instanceof SaveFailedError) return refused('SERVER_ERROR', `injectEvent: ${err.message}`);
    throw err;
  }
  return accepted({ command: 'injectEvent', quarter: match.state.quarter });
}

function kick(match: Match, role: Role | undefined, sessionId: string | undefined, actor: string | null): Outcome {
  if ((role === undefined) === (sessionId === undefined)) return refused('BAD_PAYLOAD', 'kick: give exactly one of role or sessionId');
  if (role !== undefined) {
    const seat = match.seats.get(role);
    if (seat.tokenHash === null) return refused('NO_EFFECT', `nobody holds seat ${role}`);
    if (actor !== null && seat.sessionId === actor) return refused('NO_EFFECT', 'you cannot kick yourself');
    const session = seat.sessionId;
    match.revokeToken(seat, `the host removed ${seat.name || 'the player'} from seat ${role}`);
    match.seats.release(seat);
    if (match.phase !== 'lobby') seat.autopilot = true;
    match.sync();
    if (session) match.disconnect(session, 'removed from the match by the host');
    match.settle();
    return accepted({ command: 'kick' });
  }
  if (actor !== null && sessionId === actor) return refused('NO_EFFECT', 'you cannot kick yourself');
  const seat = match.seats.bySession(sessionId!);
  if (seat) return kick(match, seat.role, undefined, actor);
  // A spectator removed by the host does not come straight back to watch (server/room/MatchRoom.ts).
  match.disconnect(sessionId!, 'removed from the match by the host', true);
  return accepted({ command: 'kick' });
}

function allowReclaim(match: Match, role: Role, now: number): Outcome {
  if (match.phase === 'lobby') return refused('WRONG_PHASE', 'in the lobby a free seat is simply claimed again');
  if (match.phase === 'debrief') return refused('MATCH_OVER', 'the match has ended');
  const seat = match.seats.get(role);
  if (seat.kind !== 'human' || seat.tokenHash === null) return refused('NO_EFFECT', `nobody holds seat ${role}`);
  if (seat.connected) return refused('NO_EFFECT', `${seat.name} is connected to seat ${role}`);
  match.allowReclaim(role, now + RECLAIM_WINDOW_SECONDS * 1000);
  return accepted({ command: 'allowReclaim' });
}

function seatToBot(match: Match, role: Role, persona: import('../../shared/protocol').PersonaId | undefined): Outcome {
  if (match.phase === 'debrief') return refused('MATCH_OVER', 'the match has ended');
  const seat = match.seats.get(role);
  if (seat.kind === 'absent') return refused('SEAT_NOT_HUMAN', `seat ${role} is absent from this match`);
  const holder = seat.sessionId;
  match.revokeToken(seat, `the host handed seat ${role} to a bot`);
  if (seat.tokenHash !== null) match.seats.release(seat);
  seat.kind = 'bot';
  if (persona) seat.persona = persona;
  match.sync();
  if (holder) match.notifySession(holder);
  match.settle();
  return accepted({ command: 'seatToBot' });
}

function configure(match: Match, input: unknown): Outcome {
  if (match.phase !== 'lobby') return refused('WRONG_PHASE', `settings can only change in the lobby (phase is '${match.phase}')`);
  const result = resolveSettings(input, match.settings);
  if (!result.ok) return refused('INVALID_SETTINGS', result.errors.map((e) => e.message).join('; '), result.errors);
  const next = result.settings;
  const prev = match.settings;
  const economyChanged =
    ECONOMY_SETTING_KEYS.some((k) => next[k] !== prev[k]) ||
    ROLES.some((r) => (next.seats[r].kind === 'absent') !== (prev.seats[r].kind === 'absent'));
  if (economyChanged && match.fixedEconomy) {
    return refused('INVALID_SETTINGS', 'settings: scenario, seed, quarters, start and absent seats are fixed by the restored match state');
  }
  for (const r of ROLES) {
    const seat = match.seats.get(r);
    if (seat.tokenHash !== null && next.seats[r].kind !== 'human') {
      return refused('INVALID_SETTINGS', `settings.seats.${r}: ${seat.name} holds this seat; kick them or use seatToBot first`);
    }
  }
  match.settings = next;
  match.seats.applySettings(next);
  if (economyChanged) match.rebuildState();
  match.sync();
  // A rebuilt state may have replaced the private parts the seated clients' views point at.
  for (const seat of match.seats.all()) if (seat.sessionId) match.notifySession(seat.sessionId);
  return accepted({ command: 'configure' });
}
