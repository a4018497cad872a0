import type { CompanyState, MatchState } from './types';

// A private copy of everything a quarter may change, so resolveQuarter stays pure. The scenario
// and each company's trailing rows are never changed once written (a quarter appends new arrays),
// so they are shared by reference; the rest is copied by a plain-data walk (the state is JSON-like:
// objects, arrays, numbers, strings, booleans, null), several times faster than structuredClone.
// An object is copied by a spread and then its nested objects, and a company's lists of flat
// records row by row (test/engine/clone.test.ts checks that nothing else is shared).

function copyPlain<T>(x: T): T {
  if (x === null || typeof x !== 'object') return x;
  if (Array.isArray(x)) {
    const items = x as unknown[];
    const out: unknown[] = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) out[i] = copyPlain(items[i]);
    return out as T;
  }
  const out: Record<string, unknown> = { ...(x as Record<string, unknown>) };
  for (const k in out) {
    const v = out[k];
    if (v !== null && typeof v === 'object') out[k] = copyPlain(v);
  }
  return out as T;
}

/** Company fields that are lists of flat records (numbers, strings, booleans and null only). */
const FLAT_ROW_LISTS: ReadonlySet<string> = new Set(['coreLines', 'cohorts', 'chipsOnOrder', 'shellsUnderConstruction', 'chipCommitments']);

function copyFlatRows(rows: readonly object[]): object[] {
  const out: object[] = new Array<object>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = { ...rows[i] };
  return out;
}

function copyCompany(c: CompanyState): CompanyState {
  const out: Record<string, unknown> = { ...c };
  for (const key in out) {
    const v = out[key];
    if (v === null || typeof v !== 'object') continue;
    if (key === 'trail') out[key] = (v as unknown[]).slice();
    else if (FLAT_ROW_LISTS.has(key)) out[key] = copyFlatRows(v as object[]);
    else out[key] = copyPlain(v);
  }
  return out as unknown as CompanyState;
}

function cloneCompanies(companies: MatchState['companies']): MatchState['companies'] {
  const out = {} as MatchState['companies'];
  for (const role of Object.keys(companies) as (keyof MatchState['companies'])[]) out[role] = copyCompany(companies[role]);
  return out;
}

export function cloneForResolve(state: MatchState): MatchState {
  return {
    ...state,
    settings: copyPlain(state.settings),
    global: copyPlain(state.global),
    companies: cloneCompanies(state.companies),
    contracts: copyPlain(state.contracts),
    proposals: copyPlain(state.proposals),
    events: copyPlain(state.events),
    statements: copyPlain(state.statements),
    pending: copyPlain(state.pending),
  };
}
