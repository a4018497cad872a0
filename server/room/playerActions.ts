import {
  checkDisplayName,
  nameKey,
  type ClaimSeatPayload,
  type JoinOptions,
  type ProposeDealPayload,
  type ReadyPayload,
  type RespondDealPayload,
  type WithdrawOrdersPayload,
} from '../../shared/protocol';
import type { Role } from '../../shared/roles';
import { MAX_DEAL_ACTIONS_PER_SEAT_PER_QUARTER } from '../../shared/replay/limits';
import { checkOrders } from './engine';
import type { Match } from './match';
import { accepted, refused, type Outcome } from './outcome';
import type { SeatRecord } from './seats';
import { secretHash } from '../security/secrets';

// What a player can do in a match room. Each function checks everything first and changes the
// match only when the whole action is valid; the seat always comes from the session, never from
// the payload.

function seatOf(match: Match, sessionId: string): SeatRecord | Outcome {
  const seat = match.seats.bySession(sessionId);
  if (!seat) return refused('NO_SEAT', 'you do not hold a seat: claim one in the lobby (claimSeat) or join with your seat token');
  return seat;
}

function isOutcome(x: SeatRecord | Outcome): x is Outcome {
  return 'ok' in x;
}

function playingSeat(match: Match, sessionId: string): SeatRecord | Outcome {
  const seat = seatOf(match, sessionId);
  if (isOutcome(seat)) return seat;
  if (match.phase !== 'planning') return refused('WRONG_PHASE', `orders and deals are only accepted during planning (phase is '${match.phase}')`);
  if (!match.companyPlays(seat.role)) return refused('MATCH_OVER', `${seat.role} no longer plays (bankrupt): the seat watches`);
  return seat;
}

/** Checks a claim without changing anything; returns the trimmed name. */
export function checkClaim(match: Match, sessionId: string, role: Role, rawName: unknown): { name: string } | Outcome {
  if (match.phase !== 'lobby') {
    return refused('WRONG_PHASE', `seats can only be claimed in the lobby (phase is '${match.phase}'); come back to your seat with your seat token`);
  }
  const seat = match.seats.get(role);
  if (seat.kind !== 'human') return refused('SEAT_NOT_HUMAN', `seat ${role} is ${seat.kind === 'bot' ? 'played by a bot' : 'absent from this match'}`);
  if (seat.token !== null && seat.sessionId !== sessionId) return refused('SEAT_TAKEN', `seat ${role} is taken by ${seat.name || 'another player'}`);
  const name = checkDisplayName(rawName);
  if (!name.ok) return refused('BAD_NAME', name.message, [{ path: 'name', key: 'protocol.bad_name', params: {}, message: name.message }]);
  const key = nameKey(name.name);
  const twin = match.seats.all().find((s) => s.role !== role && s.tokenHash !== null && s.sessionId !== sessionId && nameKey(s.name) === key);
  if (twin) {
    const message = `name: '${twin.name}' already plays in this room (${twin.role}); names must differ beyond case and lookalike letters`;
    return refused('BAD_NAME', message, [{ path: 'name', key: 'protocol.name_taken', params: { name: twin.name }, message }]);
  }
  return { name: name.name };
}

export function claimSeat(match: Match, sessionId: string, p: ClaimSeatPayload): Outcome {
  const check = checkClaim(match, sessionId, p.role, p.name);
  if ('ok' in check) return check;
  const current = match.seats.bySession(sessionId);
  if (current && current.role !== p.role) match.seats.release(current);
  const name = match.storedName(p.role, check.name);
  if (current && current.role === p.role) current.name = name;
  else match.seats.claim(p.role, sessionId, name);
  match.sync();
  return accepted();
}

export function releaseSeat(match: Match, sessionId: string): Outcome {
  const seat = seatOf(match, sessionId);
  if (isOutcome(seat)) return seat;
  if (match.phase !== 'lobby') return refused('WRONG_PHASE', `a seat can only be given up in the lobby (phase is '${match.phase}')`);
  match.seats.release(seat);
  match.sync();
  return accepted();
}

export function ready(match: Match, sessionId: string, p: ReadyPayload): Outcome {
  const seat = seatOf(match, sessionId);
  if (isOutcome(seat)) return seat;
  if (match.phase !== 'lobby' && match.phase !== 'results') {
    return refused('WRONG_PHASE', `ready is for the lobby and the results (phase is '${match.phase}')`);
  }
  seat.ready = p.ready;
  match.sync();
  return accepted();
}

export function submitOrders(match: Match, sessionId: string, p: { orders: Record<string, unknown> }): Outcome {
  const seat = playingSeat(match, sessionId);
  if (isOutcome(seat)) return seat;
  const quarter = p.orders.quarter;
  if (typeof quarter === 'number' && Number.isFinite(quarter) && quarter !== match.state.quarter) {
    return refused('WRONG_QUARTER', `orders.quarter: orders are for quarter ${match.state.quarter}, got ${quarter}`, [
      { path: 'quarter', key: 'orders.quarter.mismatch', params: { expected: match.state.quarter, got: quarter }, message: `quarter: expected ${match.state.quarter}, got ${quarter}` },
    ]);
  }
  const check = checkOrders(p.orders, match.state, seat.role);
  if (!check.ok) return refused('INVALID_ORDERS', `orders rejected: ${check.errors.map((e) => e.message).join('; ')}`, check.errors);
  const applied = match.applyAction({ type: 'submitOrders', seat: seat.role, orders: check.orders });
  if (!applied.ok) return refused('INVALID_ORDERS', `orders rejected: ${applied.errors.map((e) => e.message).join('; ')}`, applied.errors);
  match.noteSubmitter(seat.role, seat.name);
  match.sync();
  return accepted({ quarter: match.state.quarter });
}

export function withdrawOrders(match: Match, sessionId: string, p: WithdrawOrdersPayload): Outcome {
  const seat = playingSeat(match, sessionId);
  if (isOutcome(seat)) return seat;
  if (p.quarter !== match.state.quarter) return refused('WRONG_QUARTER', `quarter: the quarter being planned is ${match.state.quarter}, got ${p.quarter}`);
  if (match.state.pending[seat.role] === undefined) return refused('NO_EFFECT', 'there are no submitted orders to withdraw');
  const applied = match.applyAction({ type: 'withdrawOrders', seat: seat.role });
  if (!applied.ok) return refused('INVALID_ORDERS', applied.errors.map((e) => e.message).join('; '), applied.errors);
  match.sync();
  return accepted({ quarter: match.state.quarter });
}

/** Refuses a deal action past the per-quarter bound that keeps every quarter of the match's record valid. */
function dealBudget(match: Match, role: Role): Outcome | null {
  const used = match.log.pendingActions.filter((a) => (a.type === 'proposeDeal' || a.type === 'respondDeal') && a.seat === role).length;
  if (used < MAX_DEAL_ACTIONS_PER_SEAT_PER_QUARTER) return null;
  return refused('INVALID_DEAL', `a company can make at most ${MAX_DEAL_ACTIONS_PER_SEAT_PER_QUARTER} deal proposals and answers while a quarter is planned; ${role} has made them all this quarter`);
}

export function proposeDeal(match: Match, sessionId: string, p: ProposeDealPayload): Outcome {
  const seat = playingSeat(match, sessionId);
  if (isOutcome(seat)) return seat;
  const spent = dealBudget(match, seat.role);
  if (spent) return spent;
  if (p.to === seat.role) return refused('INVALID_DEAL', 'to: you cannot propose a deal to yourself');
  const before = new Set(match.state.proposals.map((x) => x.id));
  const applied = match.applyAction({ type: 'proposeDeal', seat: seat.role, to: p.to, terms: p.terms });
  if (!applied.ok) return refused('INVALID_DEAL', `deal rejected: ${applied.errors.map((e) => e.message).join('; ')}`, applied.errors);
  const created = match.state.proposals.find((x) => !before.has(x.id));
  match.sync();
  return accepted({ quarter: match.state.quarter, proposalId: created?.id });
}

export function respondDeal(match: Match, sessionId: string, p: RespondDealPayload): Outcome {
  const seat = playingSeat(match, sessionId);
  if (isOutcome(seat)) return seat;
  const spent = dealBudget(match, seat.role);
  if (spent) return spent;
  const proposal = match.state.proposals.find((x) => x.id === p.proposalId);
  if (!proposal) return refused('INVALID_DEAL', `proposalId: no proposal '${p.proposalId}'`);
  if (proposal.to !== seat.role) return refused('NOT_YOUR_SEAT', `proposal '${p.proposalId}' is addressed to ${proposal.to}, not to you (${seat.role})`);
  const applied = match.applyAction({ type: 'respondDeal', seat: seat.role, proposalId: p.proposalId, accept: p.accept });
  if (!applied.ok) return refused('INVALID_DEAL', `response rejected: ${applied.errors.map((e) => e.message).join('; ')}`, applied.errors);
  match.sync();
  return accepted({ quarter: match.state.quarter, proposalId: p.proposalId });
}

export function claimHost(match: Match, sessionId: string, secret: string): Outcome {
  if (!match.isHostSecret(secret)) return refused('BAD_SECRET', 'hostSecret: not the host secret of this room');
  const previous = match.hostSessionId;
  match.hostSessionId = sessionId;
  match.hostSecret = secret;
  match.sync();
  if (previous && previous !== sessionId) match.notifySession(previous);
  return accepted();
}

/**
 * Checks join options before the client is admitted; returns the plan or a refusal. Nothing
 * changes until `admit` runs the plan.
 */
export type JoinPlan = (
  | { kind: 'spectator' }
  | { kind: 'claim'; role: Role; name: string }
  /** Back with the seat token (`token`), or by name with the host's leave (a new token is issued). */
  | { kind: 'reclaim'; seat: SeatRecord; token: string | null }
) & { host: boolean; hostSecret?: string };

export function planJoin(match: Match, sessionId: string, o: JoinOptions, creator: boolean): JoinPlan | Outcome {
  let host = creator;
  const secret: { hostSecret?: string } = {};
  if (o.hostSecret !== undefined) {
    if (!match.isHostSecret(o.hostSecret)) return refused('BAD_SECRET', 'hostSecret: not the host secret of this room');
    host = true;
    secret.hostSecret = o.hostSecret;
  }
  if (o.seatToken !== undefined) {
    const seat = match.seats.byToken(o.seatToken);
    if (!seat) {
      const why = match.revokedTokens.reason(secretHash(o.seatToken));
      if (why) return refused('BAD_TOKEN', `seatToken: this seat token no longer works: ${why}`);
      return refused('BAD_TOKEN', 'seatToken: no seat in this room has this token (it may have been kicked or turned into a bot)');
    }
    return { kind: 'reclaim', seat, token: o.seatToken, host, ...secret };
  }
  if (o.role !== undefined) {
    if (match.phase !== 'lobby') {
      const back = match.reclaimByName(o.role, o.name ?? '');
      if (back === 'wrongName') return refused('BAD_TOKEN', `seat ${o.role} is kept for its player: that is not the name they played under`);
      if (back === 'notAllowed') {
        const seat = match.seats.get(o.role);
        if (seat.tokenHash !== null) {
          return refused('BAD_TOKEN', `seat ${o.role} is kept for its player: come back with your seat token, or ask the host to let you take it back (allowReclaim)`);
        }
      } else {
        return { kind: 'reclaim', seat: back, token: null, host, ...secret };
      }
    }
    const check = checkClaim(match, sessionId, o.role, o.name ?? '');
    if ('ok' in check) return check;
    return { kind: 'claim', role: o.role, name: check.name, host, ...secret };
  }
  if (o.name !== undefined) {
    const name = checkDisplayName(o.name);
    if (!name.ok) return refused('BAD_NAME', name.message);
  }
  return { kind: 'spectator', host, ...secret };
}

/**
 * Applies a join plan. Returns the session that held the reclaimed seat before (to be removed) and
 * the previous host session (to be told it is no longer host).
 */
export function admit(match: Match, sessionId: string, plan: JoinPlan): { displaced: string | null; previousHost: string | null } {
  let displaced: string | null = null;
  let previousHost: string | null = null;
  if (plan.host) {
    if (match.hostSessionId && match.hostSessionId !== sessionId) previousHost = match.hostSessionId;
    match.hostSessionId = sessionId;
    if (plan.hostSecret !== undefined) match.hostSecret = plan.hostSecret;
  }
  if (plan.kind === 'claim') match.seats.claim(plan.role, sessionId, match.storedName(plan.role, plan.name));
  if (plan.kind === 'reclaim') {
    if (plan.seat.sessionId && plan.seat.sessionId !== sessionId) displaced = plan.seat.sessionId;
    if (plan.token === null) {
      match.revokeToken(plan.seat, `${plan.seat.name} took seat ${plan.seat.role} back by name on another device`);
      match.seats.issueToken(plan.seat);
    }
    match.seats.attach(plan.seat, sessionId, plan.token ?? undefined);
  }
  match.sync();
  return { displaced, previousHost };
}
