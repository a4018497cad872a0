import type { MatchState, QuarterReport } from '../engine/types';
import { createMatch } from '../engine/create';
import { reduce } from '../engine/reduce';
import { loadScenario, scenarioHash } from '../engine/scenario';
import { stateHash } from '../engine/state-hash';
import { stableStringify } from '../engine/hash';
import { standings } from '../engine/standings';
import { calendarLabel, calendarOf } from '../engine/calendar';
import { EngineInputError, ScenarioError } from '../engine/errors';
import { compareChecks, describeDifference, stateCheck, type CheckDifference } from './check';
import { engineVersionProblem } from './parse';
import { recordError, RecordProblem, type RecordError } from './errors';
import type { MatchRecord, QuarterRecord } from './types';
import type { UnsealedRecord } from './build';

// Re-running a record with the engine: from createMatch, each quarter's deal actions in order,
// then its resolution with the recorded orders and host events. Nothing is re-decided (no bots),
// so the same engine reproduces the same hashes bit for bit, in Node and in a browser.

export interface Divergence {
  /** First quarter whose state differs (0-based) and its calendar label. */
  quarter: number;
  label: string;
  expectedHash: string;
  actualHash: string;
  differences: CheckDifference[];
}

export interface ReplayFailure extends RecordError {
  /** The quarter being replayed when it failed (null: before quarter 0). */
  quarter: number | null;
  divergence?: Divergence;
}

export interface ReplayResult {
  ok: boolean;
  /** States after 0, 1, … quarters (states[0] is the start), up to the last one reproduced. */
  states: MatchState[];
  /** The last state reproduced. */
  state: MatchState;
  /** Reports of the quarters reproduced. */
  reports: QuarterReport[];
  failure?: ReplayFailure;
}

export interface ReplayOptions {
  /** Stop after this many quarters (default: all recorded). */
  to?: number;
  /** Compare every hash with the record (default true). */
  verify?: boolean;
  /** Keep every intermediate state in `states` (default true; false keeps only the start and the last). */
  keepStates?: boolean;
}

type AnyRecord = MatchRecord | UnsealedRecord;

function label(record: AnyRecord, quarter: number): string {
  return calendarLabel(calendarOf(record.settings, quarter));
}

function failure(kind: RecordError['kind'], quarter: number | null, message: string, details: string[] = [], divergence?: Divergence): ReplayFailure {
  return { ...recordError(kind, message, details), quarter, ...(divergence ? { divergence } : {}) };
}

/** The match's state before quarter 0, rebuilt from the embedded scenario, settings and seed. */
export function initialState(record: AnyRecord): { ok: true; state: MatchState } | { ok: false; failure: ReplayFailure } {
  const version = engineVersionProblem(record);
  if (version) return { ok: false, failure: { ...version, quarter: null } };
  if (scenarioHash(record.scenario) !== record.scenarioHash)
    return { ok: false, failure: failure('tampered', null, 'The embedded scenario was modified: it no longer matches the scenario hash recorded with it.', [`scenarioHash ${record.scenarioHash} recorded, scenario hashes to ${scenarioHash(record.scenario)}`]) };
  let state: MatchState;
  try {
    const scenario = loadScenario(record.scenario);
    state = createMatch(scenario, record.settings, record.seed);
  } catch (err) {
    if (err instanceof ScenarioError) return { ok: false, failure: failure('corrupt', null, 'The embedded scenario is invalid for this engine.', err.issues.map((i) => `${i.path}: ${i.message}`)) };
    if (err instanceof EngineInputError) return { ok: false, failure: failure('corrupt', null, 'The recorded settings or seed are invalid.', err.errors.map((e) => e.message)) };
    throw err;
  }
  if (stateHash(state) !== record.startHash)
    return { ok: false, failure: failure('tampered', null, 'The start of the match does not reproduce: the state before quarter 0 differs from the record.', [`startHash ${record.startHash} recorded, replay gives ${stateHash(state)}`]) };
  return { ok: true, state };
}

/** Applies one recorded quarter to `state` (which must be at that quarter). */
export function replayQuarter(state: MatchState, q: QuarterRecord, lbl = `quarter ${q.quarter}`): { ok: true; state: MatchState; report: QuarterReport } | { ok: false; failure: ReplayFailure } {
  if (state.quarter !== q.quarter) return { ok: false, failure: failure('corrupt', q.quarter, `${lbl}: the match is at quarter ${state.quarter}, the record entry is for quarter ${q.quarter}.`) };
  let s = state;
  for (const [i, a] of q.dealActions.entries()) {
    const r = reduce(s, a);
    if (!r.ok)
      return {
        ok: false,
        failure: failure('tampered', q.quarter, `${lbl}: the engine refuses deal action ${i + 1} (${a.type} by ${a.seat}) recorded in this quarter.`, r.errors.map((e) => e.message)),
      };
    s = r.state;
  }
  const r = reduce(s, { type: 'resolve', orders: q.orders, hostEvents: q.hostEvents });
  if (!r.ok || !r.report)
    return {
      ok: false,
      failure: failure('tampered', q.quarter, `${lbl}: the engine refuses the recorded orders or host events.`, r.ok ? ['no report produced'] : r.errors.map((e) => e.message)),
    };
  return { ok: true, state: r.state, report: r.report };
}

/** Replays a record (up to `to` quarters), checking every hash unless verify is false. */
export function replayRecord(record: AnyRecord, options: ReplayOptions = {}): ReplayResult {
  const verify = options.verify ?? true;
  const keep = options.keepStates ?? true;
  const to = Math.min(options.to ?? record.quarters.length, record.quarters.length);
  const start = initialState(record);
  if (!start.ok) return { ok: false, states: [], state: undefined as unknown as MatchState, reports: [], failure: start.failure };
  const states: MatchState[] = [start.state];
  const reports: QuarterReport[] = [];
  let state = start.state;
  for (const [i, q] of record.quarters.slice(0, to).entries()) {
    const lbl = `quarter ${i} (${label(record, i)})`;
    const step = replayQuarter(state, q, lbl);
    if (!step.ok) return { ok: false, states, state, reports, failure: step.failure };
    const hash = stateHash(step.state);
    if (verify && hash !== q.hash) {
      const differences = compareChecks(q.check, stateCheck(step.state));
      const divergence: Divergence = { quarter: i, label: label(record, i), expectedHash: q.hash, actualHash: hash, differences };
      return {
        ok: false,
        states,
        state,
        reports,
        failure: failure('tampered', i, `${lbl} does not reproduce: the replayed state differs from the record.`, [`hash ${q.hash} recorded, ${hash} replayed`, ...differences.map(describeDifference)], divergence),
      };
    }
    state = step.state;
    reports.push(step.report);
    if (keep) states.push(state);
    else states[1] = state;
  }
  if (verify && to === record.quarters.length) {
    const mine = stableStringify(standings(state));
    if (mine !== stableStringify(record.standings))
      return { ok: false, states, state, reports, failure: failure('tampered', null, 'The recorded standings differ from the replayed ones.', [`recorded ${stableStringify(record.standings)}`, `replayed ${mine}`]) };
    if (record.status === 'finished' && !state.finished)
      return { ok: false, states, state, reports, failure: failure('tampered', null, "The record says 'finished' but the replayed match is not over.") };
  }
  return { ok: true, states, state, reports };
}

/** The state after `n` quarters (0 = the start); throws RecordProblem when the record does not reproduce. */
export function replayToQuarter(record: AnyRecord, n: number): MatchState {
  if (!Number.isInteger(n) || n < 0 || n > record.quarters.length)
    throw new RangeError(`quarter must be a whole number from 0 to ${record.quarters.length} (quarters recorded), got ${n}`);
  const r = replayRecord(record, { to: n, keepStates: false });
  if (!r.ok) throw new RecordProblem(r.failure!);
  return r.state;
}

export interface VerifyReport {
  ok: boolean;
  quartersChecked: number;
  /** Recorded and replayed hash of every quarter reproduced. */
  hashes: { quarter: number; label: string; hash: string }[];
  failure?: ReplayFailure;
}

/** Re-runs the whole record and compares every hash (and the final standings). */
export function verifyRecord(record: AnyRecord): VerifyReport {
  const r = replayRecord(record, { keepStates: false });
  const hashes = r.reports.map((rep) => ({ quarter: rep.quarter, label: label(record, rep.quarter), hash: rep.hash }));
  return { ok: r.ok, quartersChecked: r.reports.length, hashes, ...(r.failure ? { failure: r.failure } : {}) };
}
