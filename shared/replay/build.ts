import type { Action, MatchState } from '../engine/types';
import { stateHash } from '../engine/state-hash';
import { standings } from '../engine/standings';
import { stateCheck } from './check';
import { RECORD_FORMAT, RECORD_FORMAT_VERSION, type DealAction, type MatchRecord, type QuarterRecord, type RecordMeta, type RecordSeat, type RecordStatus } from './types';

// Building a record while a match is played (server, sim): start it from the match's initial
// state, append each resolved quarter with the state it produced, set the status at the end.
// Records are treated as immutable: every function returns a new one. serializeRecord seals it.

export type UnsealedRecord = Omit<MatchRecord, 'checksum'> & { checksum?: string };

/** What happened in one quarter, as the caller logged it. */
export interface QuarterInput {
  quarter: number;
  /** The engine actions accepted during planning, in order; only deal actions are kept. */
  actions?: readonly Action[];
  /** Or the deal actions directly. */
  dealActions?: readonly DealAction[];
  hostEvents?: QuarterRecord['hostEvents'];
  orders: QuarterRecord['orders'];
  sources?: QuarterRecord['sources'];
  decidedBy?: QuarterRecord['decidedBy'];
  trigger?: QuarterRecord['trigger'];
  /** stateHash of the state after the quarter when the caller has it (the engine's report hash): not computed again. */
  hash?: string;
}

/** The deal actions among a quarter's engine actions (submit/withdraw only touch pending orders). */
export function dealActionsOf(actions: readonly Action[]): DealAction[] {
  const out: DealAction[] = [];
  for (const a of actions) {
    if (a.type === 'proposeDeal') out.push({ type: 'proposeDeal', seat: a.seat, to: a.to, terms: { ...a.terms } });
    else if (a.type === 'respondDeal') out.push({ type: 'respondDeal', seat: a.seat, proposalId: a.proposalId, accept: a.accept });
  }
  return out;
}

/** A new record for a match that has not resolved any quarter yet. */
export function startRecord(initial: MatchState, seats: readonly RecordSeat[], meta: RecordMeta): UnsealedRecord {
  if (initial.quarter !== 0)
    throw new Error(`startRecord needs the match's initial state (quarter 0), got quarter ${initial.quarter}`);
  return {
    format: RECORD_FORMAT,
    formatVersion: RECORD_FORMAT_VERSION,
    engineVersion: initial.engineVersion,
    scenarioId: initial.scenario.id,
    scenarioHash: initial.scenarioHash,
    status: 'playing',
    seed: initial.seed,
    settings: structuredClone(initial.settings),
    seats: seats.map((s) => ({ ...s })),
    meta: { ...meta },
    standings: standings(initial),
    startHash: stateHash(initial),
    quarters: [],
    scenario: structuredClone(initial.scenario),
  };
}

/** One quarter's entry: its inputs and the fingerprint of the state it produced. */
export function quarterRecord(input: QuarterInput, after: MatchState): QuarterRecord {
  if (after.quarter !== input.quarter + 1)
    throw new Error(`quarterRecord: the state given is after quarter ${after.quarter - 1}, not after quarter ${input.quarter}`);
  const q: QuarterRecord = {
    quarter: input.quarter,
    dealActions: input.dealActions ? input.dealActions.map((a) => structuredClone(a)) : dealActionsOf(input.actions ?? []),
    hostEvents: (input.hostEvents ?? []).map((e) => (e.target === undefined ? { id: e.id } : { id: e.id, target: e.target })),
    orders: structuredClone(input.orders),
    hash: input.hash ? input.hash : stateHash(after),
    check: stateCheck(after),
  };
  if (input.sources) q.sources = { ...input.sources };
  if (input.decidedBy) q.decidedBy = structuredClone(input.decidedBy);
  if (input.trigger) q.trigger = input.trigger;
  return q;
}

/** The record with one more quarter; standings and status follow the state. */
export function appendQuarter(record: UnsealedRecord, input: QuarterInput, after: MatchState): UnsealedRecord {
  if (input.quarter !== record.quarters.length)
    throw new Error(`appendQuarter: the record has ${record.quarters.length} quarters, cannot append quarter ${input.quarter}`);
  return {
    ...record,
    quarters: [...record.quarters, quarterRecord(input, after)],
    standings: standings(after),
    status: after.finished ? 'finished' : record.status,
  };
}

export function withStatus(record: UnsealedRecord, status: RecordStatus, meta?: Partial<RecordMeta>): UnsealedRecord {
  return { ...record, status, meta: { ...record.meta, ...(meta ?? {}) } };
}

export function withSeats(record: UnsealedRecord, seats: readonly RecordSeat[]): UnsealedRecord {
  return { ...record, seats: seats.map((s) => ({ ...s })) };
}

export function withMeta(record: UnsealedRecord, meta: Partial<RecordMeta>): UnsealedRecord {
  return { ...record, meta: { ...record.meta, ...meta } };
}

/**
 * A new match's record that starts as `source` did and continues from quarter `quarter` (its first
 * `quarter` quarters copied): a "what if" fork. `atQuarter` is the state after those quarters.
 */
export function forkRecord(source: MatchRecord | UnsealedRecord, quarter: number, atQuarter: MatchState, meta: RecordMeta): UnsealedRecord {
  if (!Number.isInteger(quarter) || quarter < 0 || quarter > source.quarters.length)
    throw new Error(`forkRecord: quarter must be 0–${source.quarters.length}, got ${quarter}`);
  if (atQuarter.quarter !== quarter) throw new Error(`forkRecord: the state given is at quarter ${atQuarter.quarter}, not ${quarter}`);
  return {
    ...source,
    status: 'playing',
    quarters: source.quarters.slice(0, quarter).map((q) => structuredClone(q)),
    standings: standings(atQuarter),
    meta: { ...meta, forkedFrom: { ...(source.meta.matchId ? { matchId: source.meta.matchId } : {}), ...(source.checksum ? { checksum: source.checksum } : {}), quarter } },
  };
}
