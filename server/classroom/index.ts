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
export { ClassSession } from './session';
export { restoreClasses, type ClassRestoreOutcome } from './restore';

/** The parts of server/storage the classroom uses. */
export interface ClassStorageDeps {
  classes: ClassStore;
  recordIdOf(match: Match): string | null;
  recordText(id: string): string | null;
}

/** Stores class sessions next to the match records (or nowhere without storage); returns what the HTTP routes need. */
export function attachClassStorage(deps: ClassStorageDeps | null, now: () => number = Date.now): ClassHttpDeps {
  if (!deps) {
    setClassPersistence(null);
    return { store: null, records: null };
  }
  const store = deps.classes;
  const records: RecordSource = { recordIdOf: (m) => deps.recordIdOf(m), recordText: (id) => deps.recordText(id) };
  setClassPersistence({
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
          },
          now(),
        );
      } catch (err) {
        console.error(`[class ${session.id}] could not be saved:`, err);
      }
    },
    knows: (id) => store.has(id),
  });
  return { store, records };
}
