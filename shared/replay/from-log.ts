import type { MatchState } from '../engine/types';
import { stateHash } from '../engine/state-hash';
import { appendQuarter, dealActionsOf, startRecord, withStatus, type QuarterInput, type UnsealedRecord } from './build';
import { replayQuarter } from './replay';
import { RecordProblem, recordError } from './errors';
import type { RecordMeta, RecordSeat, RecordStatus } from './types';

// Building a whole record from a log after the fact (when the states after each quarter were not
// kept): the log is replayed from the initial state to fingerprint every quarter. When the log
// carries the hashes it was played with, each one is checked on the way.

export interface LoggedQuarter extends QuarterInput {
  /** The hash the match had after this quarter, if known. */
  hash?: string;
}

export function recordFromLog(
  initial: MatchState,
  log: readonly LoggedQuarter[],
  info: { seats: readonly RecordSeat[]; meta: RecordMeta; status?: RecordStatus },
): UnsealedRecord {
  let record = startRecord(initial, info.seats, info.meta);
  let state = initial;
  for (const entry of log) {
    const dealActions = entry.dealActions ? [...entry.dealActions] : dealActionsOf(entry.actions ?? []);
    const step = replayQuarter(state, { quarter: entry.quarter, dealActions, hostEvents: entry.hostEvents ?? [], orders: entry.orders, hash: '', check: { parts: {}, values: {} } });
    if (!step.ok) throw new RecordProblem(step.failure);
    if (entry.hash !== undefined && stateHash(step.state) !== entry.hash)
      throw new RecordProblem(recordError('tampered', `quarter ${entry.quarter}: the log does not reproduce (hash ${entry.hash} logged, ${stateHash(step.state)} replayed).`));
    record = appendQuarter(record, { ...entry, dealActions }, step.state);
    state = step.state;
  }
  return info.status ? withStatus(record, info.status) : record;
}
