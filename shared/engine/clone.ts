import type { ActiveEvent, ChipCohort, ChipCommitment, CompanyState, Contract, CoreLine, DealProposal, GlobalState, MatchState, PendingStatement, ShellUnderConstruction } from './types';

// A private copy of everything a quarter may change, so resolveQuarter stays pure. Shared by
// reference, because a quarter never changes them: the scenario; each company's trailing rows
// (never changed once written, a quarter appends to a new array); the pending orders (a quarter
// only reads them and the advance step puts a new empty record in their place).
// Every other object is copied (the state is JSON-like: objects, arrays, numbers, strings,
// booleans, null). The parts the model defines are copied by spreads written out one per kind of
// object: a spread is fast where it always sees objects of one shape and several times slower
// where it sees every kind (as a generic walk does). An object field the model gains later is
// still copied, by the generic walk (copyUnknownFields). test/engine/clone.test.ts checks that
// the copy equals the state and shares nothing else with it.

function copyPlain<T>(x: T): T {
  if (x === null || typeof x !== 'object') return x;
  if (Array.isArray(x)) {
    // slice() copies numbers and strings at once; only nested objects need a walk.
    const out = (x as unknown[]).slice();
    for (let i = 0; i < out.length; i++) {
      const v = out[i];
      if (v !== null && typeof v === 'object') out[i] = copyPlain(v);
    }
    return out as T;
  }
  const out: Record<string, unknown> = { ...(x as Record<string, unknown>) };
  for (const k in out) {
    const v = out[k];
    if (v !== null && typeof v === 'object') out[k] = copyPlain(v);
  }
  return out as T;
}

const NONE: ReadonlySet<string> = new Set();
const SHARED_STATE_FIELDS: ReadonlySet<string> = new Set(['scenario', 'pending']);

/** Copies every object field of `copy` that is still the source's own (one the copy below does not know), except the `shared` ones. */
function copyUnknownFields(copy: object, source: object, shared: ReadonlySet<string>): void {
  const to = copy as Record<string, unknown>;
  const from = source as Record<string, unknown>;
  for (const key in to) {
    const v = to[key];
    if (v !== null && typeof v === 'object' && v === from[key] && !shared.has(key)) to[key] = copyPlain(v);
  }
}

const copyCoreLines = (rows: readonly CoreLine[]): CoreLine[] => rows.map((r) => ({ ...r }));
const copyCohorts = (rows: readonly ChipCohort[]): ChipCohort[] => rows.map((r) => ({ ...r }));
const copyChipOrders = (rows: CompanyState['chipsOnOrder']): CompanyState['chipsOnOrder'] => rows.map((r) => ({ ...r }));
const copyShells = (rows: readonly ShellUnderConstruction[]): ShellUnderConstruction[] => rows.map((r) => ({ ...r }));
const copyCommitments = (rows: readonly ChipCommitment[]): ChipCommitment[] => rows.map((r) => ({ ...r }));
const copyContracts = (rows: readonly Contract[]): Contract[] => rows.map((r) => ({ ...r }));
const copyProposals = (rows: readonly DealProposal[]): DealProposal[] => rows.map((r) => ({ ...r, terms: { ...r.terms } }));
const copyEvents = (rows: readonly ActiveEvent[]): ActiveEvent[] => rows.map((r) => ({ ...r }));
const copyStatements = (rows: readonly PendingStatement[]): PendingStatement[] => rows.map((r) => ({ ...r }));

function copyCompany(c: CompanyState): CompanyState {
  const out: CompanyState = { ...c };
  out.coreLines = copyCoreLines(c.coreLines);
  out.cohorts = copyCohorts(c.cohorts);
  out.chipsOnOrder = copyChipOrders(c.chipsOnOrder);
  out.shellsUnderConstruction = copyShells(c.shellsUnderConstruction);
  out.cloud = { ...c.cloud };
  out.allocation = { ...c.allocation };
  out.orderedCapexHistory = c.orderedCapexHistory.slice();
  out.vendorOffer = c.vendorOffer === null ? null : { ...c.vendorOffer };
  out.chipCommitments = copyCommitments(c.chipCommitments);
  out.trail = c.trail.slice();
  copyUnknownFields(out, c, NONE);
  return out;
}

function copyGlobal(g: GlobalState): GlobalState {
  const out: GlobalState = { ...g };
  out.customCaps = { ...g.customCaps };
  out.moodHistory = g.moodHistory.slice();
  out.lastChipRequests = { ...g.lastChipRequests };
  out.lastBuildRequests = { ...g.lastBuildRequests };
  copyUnknownFields(out, g, NONE);
  return out;
}

function cloneCompanies(companies: MatchState['companies']): MatchState['companies'] {
  const out = {} as MatchState['companies'];
  for (const role of Object.keys(companies) as (keyof MatchState['companies'])[]) out[role] = copyCompany(companies[role]);
  return out;
}

export function cloneForResolve(state: MatchState): MatchState {
  const out: MatchState = {
    ...state,
    settings: { ...state.settings, activeSeats: state.settings.activeSeats.slice() },
    global: copyGlobal(state.global),
    companies: cloneCompanies(state.companies),
    contracts: copyContracts(state.contracts),
    proposals: copyProposals(state.proposals),
    events: copyEvents(state.events),
    statements: copyStatements(state.statements),
  };
  copyUnknownFields(out, state, SHARED_STATE_FIELDS);
  return out;
}
