import { reduce } from '../../shared/engine';
import type { Action, HostEvent, MatchState } from '../../shared/engine/types';
import { checkRecord, replayRecord, sealRecord, withStatus, type MatchRecord } from '../../shared/replay';
import { createMatchRoom } from '../room/create';
import { logFromRecord } from './convert';
import type { MatchTracker } from './tracker';
import type { PendingInput, RecordStore } from './types';

// Crash recovery at boot: every match that was being played when the server stopped (kill -9
// included) and that no other server holds is claimed, replayed from its record to the last
// resolved quarter (every hash verified), given back the inputs acknowledged in the quarter being
// planned (orders, deal actions, host events), and reopened under the same join code with the same
// seats. Its players rejoin with their seat token.

export interface RestoreOutcome {
  id: string;
  code: string;
  restored: boolean;
  /** Quarters replayed (restored) or why it could not be restored. */
  quarters?: number;
  /** Inputs of the quarter being planned given back (restored). */
  pending?: number;
  reason?: string;
}

export interface RestoreOptions {
  /** Matches not saved for longer than this are given up (default 48 hours). */
  maxAgeMs?: number;
  now?: () => number;
  leaseMs?: number;
}

export const DEFAULT_RESTORE_MAX_AGE_MS = 48 * 3600 * 1000;

/** The state with the planning-phase inputs applied again, in their order; an input the engine refuses now is reported. */
export function applyPending(state: MatchState, pending: readonly PendingInput[]): { state: MatchState; actions: Action[]; hostEvents: HostEvent[]; refused: string[] } {
  const actions: Action[] = [];
  const hostEvents: HostEvent[] = [];
  const refused: string[] = [];
  for (const input of pending) {
    if (input.kind === 'hostEvent') {
      hostEvents.push(input.event);
      continue;
    }
    const r = reduce(state, input.action);
    if (!r.ok) {
      refused.push(`${input.action.type}: ${r.errors.map((e) => e.message).join('; ')}`);
      continue;
    }
    state = r.state;
    actions.push(input.action);
  }
  return { state, actions, hostEvents, refused };
}

export async function restoreMatches(store: RecordStore, tracker: MatchTracker, options: RestoreOptions = {}): Promise<RestoreOutcome[]> {
  const now = options.now ?? Date.now;
  const maxAge = options.maxAgeMs ?? DEFAULT_RESTORE_MAX_AGE_MS;
  const outcomes: RestoreOutcome[] = [];
  for (const live of store.claimLiveMatches(now(), options.leaseMs ?? 60_000)) {
    const giveUp = (reason: string, record?: MatchRecord) => {
      if (record) {
        const abandoned = sealRecord(withStatus(record, 'abandoned', { updatedAt: new Date(now()).toISOString() }));
        store.finishMatch(live.id, abandoned, JSON.stringify(abandoned), now(), reason);
      } else {
        store.markAbandoned(live.id, reason, now());
      }
      outcomes.push({ id: live.id, code: live.code, restored: false, reason });
      console.warn(`[storage] match ${live.code} (${live.id}) not restored: ${reason}`);
    };
    if (!live.record) {
      giveUp(`its stored record is unreadable (${live.unreadable})`);
      continue;
    }
    const parsed = checkRecord(sealRecord(live.record));
    if (!parsed.ok) {
      giveUp(`its stored record is unusable: ${parsed.error.message}`);
      continue;
    }
    const record = parsed.record;
    if (now() - live.savedAt > maxAge) {
      giveUp(`nobody came back within ${Math.round(maxAge / 3600_000)} hours`, record);
      continue;
    }
    const replay = replayRecord(record, { keepStates: false });
    if (!replay.ok) {
      giveUp(`its record does not replay on this server: ${replay.failure!.message}`, record);
      continue;
    }
    const pending = applyPending(replay.state, live.pending);
    for (const r of pending.refused) console.warn(`[storage] match ${live.code}: an input of quarter ${record.quarters.length} is not valid any more and was dropped (${r})`);
    try {
      const room = await createMatchRoom({
        code: live.code,
        settings: live.room.settings,
        init: {
          state: pending.state,
          reports: replay.reports,
          log: logFromRecord(record),
          resume: { hostSecret: live.room.hostSecret, seats: live.room.seats },
          pending: { actions: pending.actions, hostEvents: pending.hostEvents },
        },
        autoDispose: false,
      });
      tracker.register(room.match, live.id, record, room);
      const given = pending.actions.length + pending.hostEvents.length;
      outcomes.push({ id: live.id, code: live.code, restored: true, quarters: record.quarters.length, pending: given });
      console.log(
        `[storage] restored match ${live.code}: ${record.quarters.length} quarters replayed and verified, ${given} input${given === 1 ? '' : 's'} of quarter ${record.quarters.length} given back, waiting for its players`,
      );
    } catch (err) {
      giveUp(`its room could not be reopened (${(err as Error).message})`, record);
    }
  }
  return outcomes;
}
