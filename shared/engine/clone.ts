import type { CompanyState, MatchState } from './types';

// A private copy of everything a quarter may change, so resolveQuarter stays pure. The scenario
// and each company's trailing rows are never changed once written (a quarter appends new arrays),
// so they are shared by reference; the rest is copied by a plain-data walk (the state is JSON-like:
// objects, arrays, numbers, strings, booleans, null), several times faster than structuredClone.

function copyPlain<T>(x: T): T {
  if (x === null || typeof x !== 'object') return x;
  if (Array.isArray(x)) {
    const items = x as unknown[];
    const out: unknown[] = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) out[i] = copyPlain(items[i]);
    return out as T;
  }
  const src = x as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(src);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    out[k] = copyPlain(src[k]);
  }
  return out as T;
}

function copyCompany(c: CompanyState): CompanyState {
  const out = {} as Record<string, unknown>;
  for (const key of Object.keys(c) as (keyof CompanyState)[]) out[key] = key === 'trail' ? [...c.trail] : copyPlain(c[key]);
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
