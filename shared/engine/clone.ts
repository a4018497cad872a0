import type { MatchState } from './types';

// A private deep copy of everything a quarter may change. The scenario and past reports are
// immutable and shared by reference.

function deep<T>(x: T): T {
  return structuredClone(x);
}

export function cloneForResolve(state: MatchState): MatchState {
  return {
    ...state,
    settings: deep(state.settings),
    global: deep(state.global),
    companies: deep(state.companies),
    contracts: deep(state.contracts),
    proposals: deep(state.proposals),
    events: deep(state.events),
    statements: deep(state.statements),
    pending: deep(state.pending),
    news: [...state.news],
    reports: [...state.reports],
  };
}
