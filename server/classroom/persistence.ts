import type { ClassSession } from './session';

// Where class sessions are written so a class can be reopened for its debrief later. The storage
// layer registers the implementation at boot; without one (tests, no storage) sessions live in
// memory only, for as long as their class room.

export interface ClassPersistence {
  /** The session was created, or a command changed its groups: write it now. Must not throw. */
  saveClass(session: ClassSession): void;
  /** A class with this id was ever stored (class ids are never reused). */
  knows(id: string): boolean;
}

let current: ClassPersistence | null = null;

export function setClassPersistence(p: ClassPersistence | null): void {
  current = p;
}

export function classPersistence(): ClassPersistence | null {
  return current;
}
