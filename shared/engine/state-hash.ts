import type { MatchState } from './types';
import { stableHash } from './hash';

/**
 * Hash of everything that determines the rest of the match. `reports` are left out: they are
 * outputs derived from the same inputs and each one records the hash of the state it produced.
 */
export function stateHash(state: MatchState): string {
  const { reports: _reports, ...rest } = state;
  void _reports;
  return stableHash(rest);
}
