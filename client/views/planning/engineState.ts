import { DEFAULT_SCENARIO, SCENARIOS } from '../../../shared/engine';
import type { MatchState, Scenario } from '../../../shared/engine/types';
import type { MatchSnapshot } from '../../state/model';

// The shared validator and preview take an engine MatchState. The client rebuilds the parts it
// can see from its seat's own view (rebuilt by client/state/mirror.ts from the room state) plus the
// scenario it imports from shared/: enough for validateOrders and previewOrders on its own role, with
// the same numbers the server uses (the preview takes the last report as its own argument).

let cacheKey: unknown = null;
let cached: MatchState | null = null;

export function scenarioById(id: string | undefined): Scenario {
  return (id && Object.values(SCENARIOS).find((s) => s.id === id)) || DEFAULT_SCENARIO;
}

export function engineState(s: MatchSnapshot): MatchState | null {
  const v = s.own?.view;
  if (!v || !v.seat || !v.own) return null;
  if (cacheKey === v && cached) return cached;
  const companies = { ...v.companies, [v.seat]: v.own } as unknown as MatchState['companies'];
  cached = {
    engineVersion: s.engineVersion,
    scenario: scenarioById(v.scenarioId),
    scenarioHash: '',
    seed: s.settings.seed,
    settings: v.settings,
    quarter: v.quarter,
    finished: v.finished,
    global: v.global,
    companies,
    contracts: v.contracts,
    proposals: v.proposals,
    events: v.events,
    statements: [],
    pending: {},
    nextId: 0,
  };
  cacheKey = v;
  return cached;
}
