import type { ActiveEvent, ChipCohort, ChipCommitment, CompanyState, Contract, CoreLine, DealProposal, GlobalState, MatchState, PendingStatement, ShellUnderConstruction } from './types';
import {
  copyAllocation,
  copyChipOrderRow,
  copyCloud,
  copyCohortRow,
  copyCommitmentRow,
  copyCompanyFields,
  copyCoreLineRow,
  copyGlobalFields,
  copyMatchFields,
  copySettings,
  copyShellRow,
  copyVendorOffer,
  hasExactly,
  ALLOCATION_KEYS,
  CHIP_ORDER_KEYS,
  CLOUD_KEYS,
  COHORT_KEYS,
  COMMITMENT_KEYS,
  COMPANY_KEYS,
  CORE_LINE_KEYS,
  GLOBAL_KEYS,
  MATCH_KEYS,
  SETTINGS_KEYS,
  SHELL_KEYS,
  VENDOR_OFFER_KEYS,
} from './state-shapes';

// A private copy of everything a quarter may change, so resolveQuarter stays pure. Shared by
// reference, because a quarter never changes them: the scenario; each company's trailing rows
// (never changed once written, a quarter appends to a new array); the pending orders (a quarter
// only reads them and the advance step puts a new empty record in their place).
// Every other object is copied (the state is JSON-like: objects, arrays, numbers, strings,
// booleans, null). The kinds of object the engine writes are copied by object literals that list
// their fields (state-shapes.ts): every copy of a kind then has one hidden class, whatever the
// history of the object it copies, where a spread keeps the source's (states from different
// histories had up to 7 per kind, which made each spread site megamorphic, and every later read
// of the state slower). An object with any other set or order of fields (a field the model gains
// later, an old saved state) is copied as before, by a spread and the generic walk
// (copyUnknownFields). test/engine/clone.test.ts checks that the copy equals the state, field
// order included, and shares nothing else with it.

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

/** A copy of each row: by the row kind's literal when it has exactly the kind's fields, else by a spread. */
function copyRows<T extends object>(rows: readonly T[], keys: readonly string[], literal: (row: T) => T): T[] {
  const out = new Array<T>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    out[i] = hasExactly(row, keys) ? literal(row) : { ...row };
  }
  return out;
}

const copyCoreLines = (rows: readonly CoreLine[]): CoreLine[] => copyRows(rows, CORE_LINE_KEYS, copyCoreLineRow);
const copyCohorts = (rows: readonly ChipCohort[]): ChipCohort[] => copyRows(rows, COHORT_KEYS, copyCohortRow);
const copyChipOrders = (rows: CompanyState['chipsOnOrder']): CompanyState['chipsOnOrder'] => copyRows(rows, CHIP_ORDER_KEYS, copyChipOrderRow);
const copyShells = (rows: readonly ShellUnderConstruction[]): ShellUnderConstruction[] => copyRows(rows, SHELL_KEYS, copyShellRow);
const copyCommitments = (rows: readonly ChipCommitment[]): ChipCommitment[] => copyRows(rows, COMMITMENT_KEYS, copyCommitmentRow);
const copyContracts = (rows: readonly Contract[]): Contract[] => rows.map((r) => ({ ...r }));
const copyProposals = (rows: readonly DealProposal[]): DealProposal[] => rows.map((r) => ({ ...r, terms: { ...r.terms } }));
const copyEvents = (rows: readonly ActiveEvent[]): ActiveEvent[] => rows.map((r) => ({ ...r }));
const copyStatements = (rows: readonly PendingStatement[]): PendingStatement[] => rows.map((r) => ({ ...r }));

/** The company's own objects and lists, copied into `out` (a copy of its fields). */
function copyCompanyParts(out: CompanyState, c: CompanyState): void {
  out.coreLines = copyCoreLines(c.coreLines);
  out.cohorts = copyCohorts(c.cohorts);
  out.chipsOnOrder = copyChipOrders(c.chipsOnOrder);
  out.shellsUnderConstruction = copyShells(c.shellsUnderConstruction);
  out.cloud = hasExactly(c.cloud, CLOUD_KEYS) ? copyCloud(c.cloud) : { ...c.cloud };
  out.allocation = hasExactly(c.allocation, ALLOCATION_KEYS) ? copyAllocation(c.allocation) : { ...c.allocation };
  out.orderedCapexHistory = c.orderedCapexHistory.slice();
  out.vendorOffer = c.vendorOffer === null ? null : hasExactly(c.vendorOffer, VENDOR_OFFER_KEYS) ? copyVendorOffer(c.vendorOffer) : { ...c.vendorOffer };
  out.chipCommitments = copyCommitments(c.chipCommitments);
  out.trail = c.trail.slice();
}

function copyCompany(c: CompanyState): CompanyState {
  if (hasExactly(c, COMPANY_KEYS)) {
    const out = copyCompanyFields(c);
    copyCompanyParts(out, c);
    return out;
  }
  const out: CompanyState = { ...c };
  copyCompanyParts(out, c);
  copyUnknownFields(out, c, NONE);
  return out;
}

/** The global record's own objects and lists, copied into `out` (a copy of its fields). */
function copyGlobalParts(out: GlobalState, g: GlobalState): void {
  out.customCaps = { ...g.customCaps };
  out.moodHistory = g.moodHistory.slice();
  out.lastChipRequests = { ...g.lastChipRequests };
  out.lastBuildRequests = { ...g.lastBuildRequests };
}

function copyGlobal(g: GlobalState): GlobalState {
  if (hasExactly(g, GLOBAL_KEYS)) {
    const out = copyGlobalFields(g);
    copyGlobalParts(out, g);
    return out;
  }
  const out: GlobalState = { ...g };
  copyGlobalParts(out, g);
  copyUnknownFields(out, g, NONE);
  return out;
}

function cloneCompanies(companies: MatchState['companies']): MatchState['companies'] {
  const out = {} as MatchState['companies'];
  for (const role of Object.keys(companies) as (keyof MatchState['companies'])[]) out[role] = copyCompany(companies[role]);
  return out;
}

/** The state's own objects and lists (all but the shared scenario and pending orders), copied into `out`. */
function copyStateParts(out: MatchState, state: MatchState): void {
  out.settings = hasExactly(state.settings, SETTINGS_KEYS) ? copySettings(state.settings) : { ...state.settings, activeSeats: state.settings.activeSeats.slice() };
  out.global = copyGlobal(state.global);
  out.companies = cloneCompanies(state.companies);
  out.contracts = copyContracts(state.contracts);
  out.proposals = copyProposals(state.proposals);
  out.events = copyEvents(state.events);
  out.statements = copyStatements(state.statements);
}

export function cloneForResolve(state: MatchState): MatchState {
  if (hasExactly(state, MATCH_KEYS)) {
    const out = copyMatchFields(state);
    copyStateParts(out, state);
    return out;
  }
  const out: MatchState = { ...state };
  copyStateParts(out, state);
  copyUnknownFields(out, state, SHARED_STATE_FIELDS);
  return out;
}
