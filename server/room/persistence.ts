import type { Match } from './match';

// Where match rooms report what must survive a server restart. server/storage registers the
// implementation at boot; without one (tests, `--no-storage`) rooms keep everything in memory.

export interface MatchPersistence {
  /** The match started, resolved a quarter or ended: write its record now. Must not throw. */
  save(match: Match): void;
  /** The room is being disposed (everyone left, or the server is shutting down). Must not throw. */
  disposed(match: Match): void;
}

let current: MatchPersistence | null = null;

export function setMatchPersistence(p: MatchPersistence | null): void {
  current = p;
}

export function matchPersistence(): MatchPersistence | null {
  return current;
}
