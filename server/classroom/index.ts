import type { Match } from '../room/match';
import type { ClassHttpDeps } from './http';
import { setClassPersistence } from './persistence';
import type { RecordSource } from './records';
import { secretHash, type ClassStore } from './store';
import type { ClassSession } from './session';

// Classroom mode on the game server: the `class` room, its HTTP endpoints and, when the server
// keeps records, the class sessions table next to them.

export { ClassRoom } from './ClassRoom';
export { classRoutes } from './http';
export { archiveRoutes } from './archive';
export { ClassSession } from './session';
export { restoreClasses, type ClassRestoreOutcome } from './restore';

/** The parts of server/storage the classroom uses. */
export interface ClassStorageDeps {
  classes: ClassStore;
  recordIdOf(match: Match): string | null;
  recordText(id: string): string | null;
  /** A class could not be saved: report it (health, log) and call `retry` until it works; `saved` once it does. */
  saveFailed(classId: string, err: unknown, retry: () => void): void;
  saved(classId: string): void;
}

/** Stores class sessions next to the match records (or nowhere without storage); returns what the HTTP routes need. */
export function attachClassStorage(deps: ClassStorageDeps | null, now: () => number = Date.now): ClassHttpDeps {
  if (!deps) {
    setClassPersistence(null);
    return { store: null, records: null };
  }
  const store = deps.classes;
  const records: RecordSource = { recordIdOf: (m) => deps.recordIdOf(m), recordText: (id) => deps.recordText(id) };
  const persistence = {
    saveClass(session: ClassSession) {
      try {
        store.save(
          {
            id: session.id,
            title: session.title,
            secretHash: session.secretHash,
            viewKeyHash: secretHash(session.viewKey),
            settings: session.settings,
            createdAt: session.createdAt,
            groups: session.groups.map((g) => ({ index: g.index, code: g.code, recordId: deps.recordIdOf(g.room.match) })),
            options: { ...session.options, schedule: session.schedule.entries.map((e) => ({ id: e.id, quarter: e.quarter, eventId: e.eventId, ...(e.target ? { target: e.target } : {}), queuedIn: [...e.queuedIn] })) },
          },
          now(),
        );
        deps.saved(session.id);
      } catch (err) {
        deps.saveFailed(session.id, err, () => persistence.saveClass(session));
      }
    },
    knows: (id: string) => store.has(id),
  };
  setClassPersistence(persistence);
  return { store, records };
}
