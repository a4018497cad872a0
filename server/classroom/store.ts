import type { ArchivedClass } from '../../shared/classroom/protocol';
import type { RoomSettings } from '../../shared/protocol';
import type { ClassOptions } from './session';

// Class sessions as the storage keeps them (server/storage implements ClassStore next to the match
// records): the class's settings, a hash of its host secret and, per group, its join code and the
// match record it played, so a class can be reopened after a restart or for its debrief after its
// rooms are gone. The host secret itself is never stored.

export { secretHash, secretMatches } from '../security/secrets';
export type { ArchivedClass };

export interface StoredClassGroup {
  index: number;
  code: string;
  recordId: string | null;
}

export interface StoredClass {
  id: string;
  title: string;
  secretHash: string;
  viewKeyHash: string;
  seed: string;
  scenarioId: string;
  quarters: number;
  settings: RoomSettings;
  createdAt: number;
  updatedAt: number;
  groups: StoredClassGroup[];
  options: ClassOptions;
}

export interface ClassToSave {
  id: string;
  title: string;
  secretHash: string;
  viewKeyHash: string;
  settings: RoomSettings;
  createdAt: number;
  groups: StoredClassGroup[];
  options: ClassOptions;
}

/** Classes one teacher key lists at most (newest first). */
export const MAX_ARCHIVE_LISTING = 100;

export interface ClassStore {
  /** Writes the class and its groups in one transaction (a group's record id is kept once known). */
  save(c: ClassToSave, now: number): void;
  /** Ids of the classes saved since `since` (epoch ms), oldest first. */
  savedSince(since: number): string[];
  has(id: string): boolean;
  get(id: string): StoredClass | null;
  /** The classes archived under a teacher key's hash, newest first, at most `limit`. */
  listByTeacher(teacherKeyHash: string, limit: number): ArchivedClass[];
}
