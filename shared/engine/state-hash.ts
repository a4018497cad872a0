import type { CompanyState, MatchState } from './types';
import { COHORTS_FIELD } from './cohort-hash';
import { combineHashPairs, hashPairHex, objectHashPairWith, rememberedRows, treeHashPair, type FieldHasher, type HashMemo, type HashPair } from './tree-hash';

// The state hash (docs/REPLAY.md "State hash"): the tree hash of the match state without `scenario`
// (constant for the match and identified by `scenarioHash`, which is hashed). Reports are not part
// of the state (resolveQuarter returns each beside it, carrying the hash of the state it produced);
// a `reports` field on a state saved by engine ≤ 2.0 is left out, as it always was. Since engine
// 2.2 the history rows and news are not in the state either (they are built from the reports).
// Trailing rows are never changed once written (a quarter appends new arrays), so each row's hash
// is computed once and remembered by identity; chip cohorts are hashed from their known fields
// (cohort-hash.ts). Both give the value of the generic walk.

const rowMemo: HashMemo = new WeakMap();

const COMPANY_FIELD_HASHERS: readonly FieldHasher[] = [rememberedRows('trail', rowMemo), COHORTS_FIELD];

function companyHash(c: CompanyState): HashPair {
  return objectHashPairWith(c, COMPANY_FIELD_HASHERS);
}

/** The hash of every top-level part of the state that the state hash covers (companies as one part per role). */
export function statePartHashes(state: MatchState): { parts: Record<string, HashPair>; companies: Record<string, HashPair> } {
  const parts: Record<string, HashPair> = {};
  const companies: Record<string, HashPair> = {};
  for (const key of Object.keys(state) as (keyof MatchState)[]) {
    const v = state[key];
    if (v === undefined || key === 'scenario' || (key as string) === 'reports') continue;
    if (key === 'companies') {
      for (const role of Object.keys(state.companies) as (keyof MatchState['companies'])[]) companies[role] = companyHash(state.companies[role]);
    } else {
      parts[key] = treeHashPair(v);
    }
  }
  return { parts, companies };
}

/** 16 hex digits: the hash of everything that determines the rest of the match (and the rows written so far). */
export function stateHash(state: MatchState): string {
  const { parts, companies } = statePartHashes(state);
  return hashPairHex(combineHashPairs({ ...parts, companies: combineHashPairs(companies) }));
}
