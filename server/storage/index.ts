import type Database from 'better-sqlite3';
import { setMatchPersistence } from '../room/persistence';
import { dataDirFromEnv, openDatabase } from './db';
import { restoreMatches, type RestoreOptions, type RestoreOutcome } from './recover';
import { RecordStore } from './store';
import { MatchTracker } from './tracker';

// Storage of match records and crash recovery (docs/REPLAY.md): open the database in the data
// directory, follow every match room, and restore the matches a previous run left unfinished.

export { DATA_DIR_ENV, dataDirFromEnv } from './db';
export type { RecordListItem, LiveRoom } from './store';
export type { RestoreOutcome } from './recover';

export interface Storage {
  dataDir: string;
  /** The database itself, for tables other modules keep next to the records (class sessions). */
  db: Database.Database;
  store: RecordStore;
  tracker: MatchTracker;
  /** Reopens the matches left unfinished (call once the game server listens). */
  restore(options?: RestoreOptions): Promise<RestoreOutcome[]>;
  /** Stop following rooms (the server shuts down: live matches stay restorable) and close the database. */
  close(): void;
}

export function openStorage(dataDir: string = dataDirFromEnv()): Storage {
  const db: Database.Database = openDatabase(dataDir);
  const store = new RecordStore(db);
  const tracker = new MatchTracker(store);
  setMatchPersistence(tracker);
  let closed = false;
  return {
    dataDir,
    db,
    store,
    tracker,
    restore: (options) => restoreMatches(store, tracker, options),
    close() {
      if (closed) return;
      closed = true;
      tracker.suspend();
      setMatchPersistence(null);
      db.close();
    },
  };
}
