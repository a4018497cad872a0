import path from 'node:path';
import Database from 'better-sqlite3';
import { StorageUnavailableError, codeOf, explainStorageError } from './problems';

// One server per data directory. The records database is opened by two connections of this
// process (the server's and the checkpoint worker's, walCheckpointer.ts), so it cannot be held in
// SQLite's exclusive locking mode any more; the directory is held instead through a small lock
// file next to it, an empty SQLite database kept in exclusive locking mode for the life of the
// server. The lock is the operating system's file lock: it goes with the process, kill -9
// included, so a new server opens the directory at once.

export const LOCK_FILE_SUFFIX = '.lock';

/**
 * Takes the lock of the data directory holding `dbFile`, without waiting; throws a
 * StorageUnavailableError naming `dbFile` and the server in the way (`owner()`) when another
 * server holds it. Closing the returned connection releases the directory.
 */
export function lockDataDirectory(dbFile: string, owner: () => string | null): Database.Database {
  const lockFile = `${dbFile}${LOCK_FILE_SUFFIX}`;
  let lock: Database.Database;
  try {
    lock = new Database(lockFile);
  } catch (err) {
    throw new StorageUnavailableError(explainStorageError(err, lockFile), { cause: err });
  }
  try {
    lock.pragma('busy_timeout = 0');
    lock.pragma('locking_mode = EXCLUSIVE');
    // No journal file left beside it (exclusive mode keeps one); the only write ever made is the
    // empty database's first page, when the file is new.
    lock.pragma('journal_mode = MEMORY');
    // Takes the exclusive lock; in exclusive locking mode it is kept after the (empty) commit.
    lock.exec('BEGIN EXCLUSIVE; COMMIT;');
  } catch (err) {
    lock.close();
    const code = codeOf(err);
    const busy = code.startsWith('SQLITE_BUSY') || code === 'SQLITE_LOCKED';
    throw new StorageUnavailableError(busy ? explainStorageError(err, dbFile, owner()) : explainStorageError(err, path.resolve(lockFile)), { cause: err });
  }
  return lock;
}
