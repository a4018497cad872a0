import type { MatchState } from '../engine/types';
import { statePartHashes } from '../engine/state-hash';
import { hashPairHex } from '../engine/tree-hash';
import type { StateCheck } from './types';

// A state's fingerprint beyond its one hash: the hash of every part the state hash covers (each
// company separately, the same part hashes the state hash is built from) and a few headline
// figures. When a replay's hash differs, comparing fingerprints names the parts and figures that
// moved — the first clue to why.

export function stateCheck(state: MatchState): StateCheck {
  const parts: Record<string, string> = {};
  const values: Record<string, number> = {};
  const hashed = statePartHashes(state);
  for (const key of Object.keys(hashed.parts).sort()) {
    const v = (state as unknown as Record<string, unknown>)[key];
    if (typeof v === 'number') values[key] = v;
    else parts[key] = hashPairHex(hashed.parts[key]!);
  }
  for (const role of Object.keys(hashed.companies).sort()) parts[`companies.${role}`] = hashPairHex(hashed.companies[role]!);
  values['global.mood'] = state.global.mood;
  for (const role of state.settings.activeSeats) {
    const c = state.companies[role];
    values[`${role}.cash`] = c.cash;
    values[`${role}.debt`] = c.debt;
    values[`${role}.sharePrice`] = c.sharePrice;
  }
  return { parts, values };
}

export interface CheckDifference {
  /** A part name (e.g. `companies.meta`, `global`) or a figure (`meta.cash`). */
  name: string;
  kind: 'part' | 'value';
  expected: string | number | null;
  actual: string | number | null;
}

/** What differs between a recorded fingerprint and a replayed one (parts first, then figures). */
export function compareChecks(expected: StateCheck, actual: StateCheck): CheckDifference[] {
  const out: CheckDifference[] = [];
  const partNames = [...new Set([...Object.keys(expected.parts), ...Object.keys(actual.parts)])].sort();
  for (const name of partNames) {
    const e = expected.parts[name] ?? null;
    const a = actual.parts[name] ?? null;
    if (e !== a) out.push({ name, kind: 'part', expected: e, actual: a });
  }
  const valueNames = [...new Set([...Object.keys(expected.values), ...Object.keys(actual.values)])].sort();
  for (const name of valueNames) {
    const e = expected.values[name] ?? null;
    const a = actual.values[name] ?? null;
    if (e !== a && !(Number.isNaN(e) && Number.isNaN(a))) out.push({ name, kind: 'value', expected: e, actual: a });
  }
  return out;
}

export function describeDifference(d: CheckDifference): string {
  if (d.kind === 'part') return `${d.name} (hash ${d.expected ?? 'missing'} recorded, ${d.actual ?? 'missing'} replayed)`;
  return `${d.name}: recorded ${d.expected ?? 'missing'}, replayed ${d.actual ?? 'missing'}`;
}
