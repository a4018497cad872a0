import { matchMaker } from '@colyseus/core';
import { createMatchRoom, findMatchRoom } from '../room/create';
import type { Match } from '../room/match';
import type { MatchRoom } from '../room/MatchRoom';
import { CLASS_ROOM_NAME } from '../../shared/classroom/protocol';
import { liveClass } from './registry';
import { ClassSession, settingsInput, type ClassGroup } from './session';
import { stageClass, unstageClass } from './staging';
import type { ClassStore, StoredClass } from './store';

// After a restart, the storage layer brings back every match that was being played (same join
// code, same seats). A class whose groups all came back gets its console back too: same class id,
// same host secret (the teacher's console rejoins by itself), a new projector key. Groups that had
// not started get a fresh lobby under their old code. A class with a group that cannot come back
// (it had ended, or its record did not replay) stays available for its debrief only.

export interface ClassRestoreOutcome {
  id: string;
  restored: boolean;
  reason?: string;
}

export const DEFAULT_CLASS_RESTORE_MAX_AGE_MS = 48 * 3600 * 1000;

function groupsToRestore(c: StoredClass, recordIdOf: (m: Match) => string | null): { live: Map<number, MatchRoom> } | { reason: string } {
  const live = new Map<number, MatchRoom>();
  for (const g of c.groups) {
    const room = findMatchRoom(g.code);
    if (!g.recordId) continue;
    if (!room || recordIdOf(room.match) !== g.recordId) return { reason: `group ${g.index + 1} (${g.code}) did not come back (finished, abandoned or not restorable)` };
    live.set(g.index, room);
  }
  return { live };
}

export async function restoreClasses(
  store: ClassStore,
  recordIdOf: (m: Match) => string | null,
  options: { now?: number; maxAgeMs?: number } = {},
): Promise<ClassRestoreOutcome[]> {
  const now = options.now ?? Date.now();
  const since = now - (options.maxAgeMs ?? DEFAULT_CLASS_RESTORE_MAX_AGE_MS);
  const out: ClassRestoreOutcome[] = [];
  for (const id of store.savedSince(since)) {
    if (liveClass(id) || matchMaker.getLocalRoomById(id)) continue;
    const c = store.get(id);
    if (!c || c.groups.length === 0) continue;
    const check = groupsToRestore(c, recordIdOf);
    if ('reason' in check) {
      out.push({ id, restored: false, reason: check.reason });
      continue;
    }
    // Nothing was being played: a class still in its lobby is simply gone (its codes expired).
    if (check.live.size === 0) continue;
    try {
      const groups: ClassGroup[] = [];
      for (const g of c.groups) {
        let room = check.live.get(g.index) ?? null;
        if (room) {
          room.autoDispose = false;
        } else {
          const settings = settingsInput(c.settings);
          room = await createMatchRoom({ settings, autoDispose: false, code: g.code }).catch(() => createMatchRoom({ settings, autoDispose: false }));
        }
        groups.push({ index: g.index, code: room.roomId, room });
      }
      const session = ClassSession.restored(c, groups);
      const key = stageClass(session);
      try {
        await matchMaker.createRoom(CLASS_ROOM_NAME, { stagedClass: key });
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
