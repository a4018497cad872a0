import { matchMaker } from '@colyseus/core';
import { createMatchRoom, findMatchRoom } from '../room/create';
import type { Match } from '../room/match';
import type { MatchRoom } from '../room/MatchRoom';
import { CLASS_ROOM_NAME } from '../../shared/classroom/protocol';
import { liveClass } from './registry';
import { ClassSession, settingsInput, type ClassGroup } from './session';
import { stageClass, unstageClass } from './staging';
import type { ClassStore, StoredClass } from './store';
import type { SettingsInput } from '../../shared/protocol';

// After a restart, the storage layer brings back every match that was being played (same join
// code, same seats). A class whose groups all came back gets its console back too: same class id,
// same host secret (the teacher's console rejoins by itself), a new projector key. Groups that had
// not started get a fresh lobby under their old code; groups whose match had ended reopen in their
// debrief from the stored record. Every group's room stays open with the class (none auto-disposes
// when nobody is connected to it). A class with a group that cannot come back (its record did not
// replay) stays available for its debrief only.

/** What class restore needs from the storage layer. */
export interface ClassRestoreDeps {
  recordIdOf(match: Match): string | null;
  /** The class keeps this restored room open: it must not auto-dispose once its match moves on. */
  keepOpen(match: Match): void;
  /** Reopens, in its debrief, the room of a group whose match had ended (throws when its record cannot). */
  reopenEnded(recordId: string, code: string, settings: SettingsInput): Promise<MatchRoom>;
}

export interface ClassRestoreOutcome {
  id: string;
  restored: boolean;
  reason?: string;
}

export const DEFAULT_CLASS_RESTORE_MAX_AGE_MS = 48 * 3600 * 1000;

async function groupsToRestore(c: StoredClass, deps: ClassRestoreDeps): Promise<{ live: Map<number, MatchRoom>; playing: number } | { reason: string }> {
  const live = new Map<number, MatchRoom>();
  let playing = 0;
  for (const g of c.groups) {
    const room = findMatchRoom(g.code);
    if (!g.recordId) continue;
    if (room && deps.recordIdOf(room.match) === g.recordId) {
      live.set(g.index, room);
      playing++;
      continue;
    }
    if (room) return { reason: `group ${g.index + 1}'s code ${g.code} is taken by another match` };
    try {
      live.set(g.index, await deps.reopenEnded(g.recordId, g.code, settingsInput(c.settings)));
    } catch (err) {
      for (const opened of live.values()) if (opened.match.phase === 'debrief') await opened.disconnect().catch(() => undefined);
      return { reason: `group ${g.index + 1} (${g.code}) did not come back: ${(err as Error).message}` };
    }
  }
  return { live, playing };
}

export async function restoreClasses(
  store: ClassStore,
  deps: ClassRestoreDeps,
  options: { now?: number; maxAgeMs?: number; onlyWithGroupCodes?: ReadonlySet<string> } = {},
): Promise<ClassRestoreOutcome[]> {
  const now = options.now ?? Date.now();
  const since = now - (options.maxAgeMs ?? DEFAULT_CLASS_RESTORE_MAX_AGE_MS);
  const out: ClassRestoreOutcome[] = [];
  for (const id of store.savedSince(since)) {
    if (liveClass(id) || matchMaker.getLocalRoomById(id)) continue;
    const c = store.get(id);
    if (!c || c.groups.length === 0) continue;
    // Taking over from a server process that stopped: only the classes of the groups reopened here,
    // and not one whose console another process still runs.
    if (options.onlyWithGroupCodes && !c.groups.some((g) => options.onlyWithGroupCodes!.has(g.code))) continue;
    if (await matchMaker.driver.has(id)) continue;
    const check = await groupsToRestore(c, deps);
    if ('reason' in check) {
      out.push({ id, restored: false, reason: check.reason });
      console.warn(`[class ${id}] not restored: ${check.reason}`);
      continue;
    }
    // Nothing was being played: a class still in its lobby, or all over, is not reopened.
    if (check.playing === 0) {
      for (const room of check.live.values()) await room.disconnect().catch(() => undefined);
      continue;
    }
    try {
      const groups: ClassGroup[] = [];
      for (const g of c.groups) {
        let room = check.live.get(g.index) ?? null;
        if (room) {
          room.autoDispose = false;
          deps.keepOpen(room.match);
        } else {
          const settings = settingsInput(c.settings);
          room = await createMatchRoom({ settings, autoDispose: false, code: g.code }).catch(() => createMatchRoom({ settings, autoDispose: false }));
        }
        groups.push({ index: g.index, code: room.roomId, room });
      }
      const session = ClassSession.restored(c, groups);
      const key = stageClass(session);
      try {
        await matchMaker.handleCreateRoom(CLASS_ROOM_NAME, { stagedClass: key });
      } finally {
        unstageClass(key);
      }
      out.push({ id, restored: true });
    } catch (err) {
      out.push({ id, restored: false, reason: (err as Error).message });
      console.warn(`[class ${id}] not restored:`, err);
    }
  }
  return out;
}
