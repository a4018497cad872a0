import type { Action, HostEvent } from './engine';
import type { Match } from './match';

// Where match rooms report what must survive a server restart. server/storage registers the
// implementation at boot; without one (tests, `--no-storage`) rooms keep everything in memory.

/** An input of the quarter being planned: kept before it is acknowledged, replayed after a crash. */
export type PendingInput = { kind: 'action'; action: Action } | { kind: 'hostEvent'; event: HostEvent };

/** The input could not be written: it is refused (nothing changed) and the player is told why. */
export class SaveFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SaveFailedError';
  }
}

export interface MatchPersistence {
  /** The match started, resolved a quarter or ended: write its record now. Must not throw (a failure pauses the match). */
  save(match: Match): void;
  /** An input is about to be accepted: write it first. Throws SaveFailedError when it cannot be kept. */
  input(match: Match, input: PendingInput): void;
  /** The room is being disposed (everyone left, or the server is shutting down). Must not throw. */
  disposed(match: Match): void;
  /** For /health: 'degraded' while any match cannot be saved. */
  health?(): { status: 'ok' | 'degraded'; failing: number; problem?: string };
}

let current: MatchPersistence | null = null;

export function setMatchPersistence(p: MatchPersistence | null): void {
  current = p;
}

export function matchPersistence(): MatchPersistence | null {
  return current;
}
