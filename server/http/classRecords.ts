import type { RecordStore } from '../storage/types';
import { secretMatches } from '../security/secrets';

// Records of a class's groups carry the students' names: they are not listed publicly (the store's
// list hides them) and are served only to the class's teacher (the host secret in the
// x-class-secret header).

/** True when the record is public or the request brings its class's host secret. */
export function mayReadRecord(store: RecordStore, recordId: string, secret: string | null): boolean {
  const hash = store.classSecretHashOf(recordId);
  return hash === null || (secret !== null && secretMatches(secret, hash));
}
