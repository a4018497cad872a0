import { checkRecord, replayRecord, serializeRecord, sealRecord, withStatus, type MatchRecord } from '../../shared/replay';
import { createMatchRoom } from '../room/create';
import { logFromRecord } from './convert';
import type { RecordStore } from './store';
import type { MatchTracker } from './tracker';

// Crash recovery at boot: every match that was being played when the server stopped (kill -9
// included) is replayed from its record to the last resolved quarter, every hash verified, and
// reopened under the same join code with the same seats. Its players rejoin with their seat
// token; the quarter that was being planned is planned again.

export interface RestoreOutcome {
  id: string;
  code: string;
  restored: boolean;
  /** Quarters replayed (restored) or why it could not be restored. */
  quarters?: number;
  reason?: string;
}

export interface RestoreOptions {
  /** Matches not saved for longer than this are given up (default 48 hours). */
  maxAgeMs?: number;
  now?: () => number;
}

export const DEFAULT_RESTORE_MAX_AGE_MS = 48 * 3600 * 1000;

export async function restoreMatches(store: RecordStore, tracker: MatchTracker, options: RestoreOptions = {}): Promise<RestoreOutcome[]> {
  const now = options.now ?? Date.now;
  const maxAge = options.maxAgeMs ?? DEFAULT_RESTORE_MAX_AGE_MS;
  const outcomes: RestoreOutcome[] = [];
  for (const live of store.liveMatches()) {
    const giveUp = (reason: string, record?: MatchRecord) => {
      if (record) {
        const abandoned = sealRecord(withStatus(record, 'abandoned', { updatedAt: new Date(now()).toISOString() }));
        store.saveMatch(live.id, abandoned, serializeRecord(abandoned), null, now(), reason);
      } else {
        store.markAbandoned(live.id, reason, now());
      }
      outcomes.push({ id: live.id, code: live.code, restored: false, reason });
      console.warn(`[storage] match ${live.code} (${live.id}) not restored: ${reason}`);
    };
    let parsed;
    try {
      parsed = checkRecord(JSON.parse(live.text));
    } catch (err) {
      giveUp(`its stored record is unreadable (${(err as Error).message})`);
      continue;
    }
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
    try {
      const room = await createMatchRoom({
        code: live.code,
        settings: live.room.settings,
        init: { state: replay.state, log: logFromRecord(record), resume: { hostSecret: live.room.hostSecret, seats: live.room.seats } },
        autoDispose: false,
      });
      tracker.register(room.match, live.id, record, room);
      outcomes.push({ id: live.id, code: live.code, restored: true, quarters: record.quarters.length });
      console.log(`[storage] restored match ${live.code}: ${record.quarters.length} quarters replayed and verified, waiting for its players`);
    } catch (err) {
      giveUp(`its room could not be reopened (${(err as Error).message})`, record);
    }
  }
  return outcomes;
}
