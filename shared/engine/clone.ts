import type { MatchState } from './types';

// A private deep copy of everything a quarter may change. The scenario, past reports and each
// company's history rows are never changed once written (a quarter appends a new history array),
// so they are shared by reference instead of copied again every quarter.

function deep<T>(x: T): T {
  return structuredClone(x);
}

function cloneCompanies(companies: MatchState['companies']): MatchState['companies'] {
  const out = {} as MatchState['companies'];
  for (const role of Object.keys(companies) as (keyof MatchState['companies'])[]) {
    const { history, ...rest } = companies[role];
    out[role] = { ...deep(rest), history };
  }
  return out;
}

export function cloneForResolve(state: MatchState): MatchState {
  return {
    ...state,
    settings: deep(state.settings),
    global: deep(state.global),
    companies: cloneCompanies(state.companies),
    contracts: deep(state.contracts),
    proposals: deep(state.proposals),
    events: deep(state.events),
    statements: deep(state.statements),
    pending: deep(state.pending),
    news: [...state.news],
    reports: [...state.reports],
  };
}
