import type { ChipCohort, ChipCommitment, CompanyState, CoreLine, GlobalState, MatchSettings, MatchState, ShellUnderConstruction, VendorOffer } from './types';

// The kinds of object resolveQuarter copies every quarter, each as the list of its fields in the
// order the engine writes them and an object literal that copies them in that order. clone.ts uses
// a literal only for an object that has exactly these fields in this order (hasExactly), so the
// copy is the same object, field order included; state-hash.ts hashes a chip cohort from its known
// fields on the same condition. A field added to one of these types must be added to its list and
// its literal: the type checks below fail until both have it.

/** Compiles only when `Missing` is never: every field of the type is in the key list. */
type AllListed<Missing extends never> = Missing;
/** The fields of T missing from the key list K. */
type Unlisted<T, K extends readonly PropertyKey[]> = Exclude<keyof T, K[number]>;

/** True when `obj` has exactly `keys`, in that order. */
export function hasExactly(obj: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in obj) {
    if (key !== keys[i]) return false;
    i++;
  }
  return i === keys.length;
}

export const MATCH_KEYS = [
  'engineVersion',
  'scenario',
  'scenarioHash',
  'seed',
  'settings',
  'quarter',
  'finished',
  'global',
  'companies',
  'contracts',
  'proposals',
  'events',
  'statements',
  'pending',
  'nextId',
] as const satisfies readonly (keyof MatchState)[];
type _MatchKeysComplete = AllListed<Unlisted<MatchState, typeof MATCH_KEYS>>;

/** The state's fields, its objects still shared with `s` (clone.ts replaces the ones a quarter changes). */
export function copyMatchFields(s: MatchState): MatchState {
  return {
    engineVersion: s.engineVersion,
    scenario: s.scenario,
    scenarioHash: s.scenarioHash,
    seed: s.seed,
    settings: s.settings,
    quarter: s.quarter,
    finished: s.finished,
    global: s.global,
    companies: s.companies,
    contracts: s.contracts,
    proposals: s.proposals,
    events: s.events,
    statements: s.statements,
    pending: s.pending,
    nextId: s.nextId,
  };
}

export const SETTINGS_KEYS = ['quarters', 'activeSeats', 'startYear', 'startQuarter'] as const satisfies readonly (keyof MatchSettings)[];
type _SettingsKeysComplete = AllListed<Unlisted<MatchSettings, typeof SETTINGS_KEYS>>;

export function copySettings(s: MatchSettings): MatchSettings {
  return { quarters: s.quarters, activeSeats: s.activeSeats.slice(), startYear: s.startYear, startQuarter: s.startQuarter };
}

export const GLOBAL_KEYS = [
  'mood',
  'chipListPrice',
  'chipSupplyCap',
  'neutralChipDemand',
  'dcCostIndex',
  'gridAdditions',
  'aiProductSpend',
  'revenuePerCU',
  'cloudDref',
  'baseRate',
  'neutralSupplierCapacity',
  'lastCloudPrice',
  'customCaps',
  'roiGap',
  'moodHistory',
  'startFrontier',
  'lastChipPrice',
  'lastChipRequests',
  'lastBuildRequests',
  'circularAttention',
] as const satisfies readonly (keyof GlobalState)[];
type _GlobalKeysComplete = AllListed<Unlisted<GlobalState, typeof GLOBAL_KEYS>>;

/** The global record's fields, its objects still shared with `g`. */
export function copyGlobalFields(g: GlobalState): GlobalState {
  return {
    mood: g.mood,
    chipListPrice: g.chipListPrice,
    chipSupplyCap: g.chipSupplyCap,
    neutralChipDemand: g.neutralChipDemand,
    dcCostIndex: g.dcCostIndex,
    gridAdditions: g.gridAdditions,
    aiProductSpend: g.aiProductSpend,
    revenuePerCU: g.revenuePerCU,
    cloudDref: g.cloudDref,
    baseRate: g.baseRate,
    neutralSupplierCapacity: g.neutralSupplierCapacity,
    lastCloudPrice: g.lastCloudPrice,
    customCaps: g.customCaps,
    roiGap: g.roiGap,
    moodHistory: g.moodHistory,
    startFrontier: g.startFrontier,
    lastChipPrice: g.lastChipPrice,
    lastChipRequests: g.lastChipRequests,
    lastBuildRequests: g.lastBuildRequests,
    circularAttention: g.circularAttention,
  };
}

export const COMPANY_KEYS = [
  'role',
  'active',
  'bankrupt',
  'bankruptQ',
  'cash',
  'debt',
  'debtRate',
  'revolver',
  'revolverRate',
  'shares',
  'startSharePrice',
  'sharePrice',
  'sentiment',
  'credibility',
  'quality',
  'brand',
  'coreLines',
  'cohorts',
  'chipsOnOrder',
  'shellReadyGW',
  'shellBookValue',
  'shellGrossCost',
  'shellsUnderConstruction',
  'cloud',
  'allocation',
  'lastEquityRaiseQ',
  'positiveOcfStreak',
  'lastOrderedCapex',
  'orderedCapexHistory',
  'vendorOffer',
  'chipCommitments',
  'trail',
  'lastCapexPenalty',
] as const satisfies readonly (keyof CompanyState)[];
type _CompanyKeysComplete = AllListed<Unlisted<CompanyState, typeof COMPANY_KEYS>>;

/** The company's fields, its objects and lists still shared with `c`. */
export function copyCompanyFields(c: CompanyState): CompanyState {
  return {
    role: c.role,
    active: c.active,
    bankrupt: c.bankrupt,
    bankruptQ: c.bankruptQ,
    cash: c.cash,
    debt: c.debt,
    debtRate: c.debtRate,
    revolver: c.revolver,
    revolverRate: c.revolverRate,
    shares: c.shares,
    startSharePrice: c.startSharePrice,
    sharePrice: c.sharePrice,
    sentiment: c.sentiment,
    credibility: c.credibility,
    quality: c.quality,
    brand: c.brand,
    coreLines: c.coreLines,
    cohorts: c.cohorts,
    chipsOnOrder: c.chipsOnOrder,
    shellReadyGW: c.shellReadyGW,
    shellBookValue: c.shellBookValue,
    shellGrossCost: c.shellGrossCost,
    shellsUnderConstruction: c.shellsUnderConstruction,
    cloud: c.cloud,
    allocation: c.allocation,
    lastEquityRaiseQ: c.lastEquityRaiseQ,
    positiveOcfStreak: c.positiveOcfStreak,
    lastOrderedCapex: c.lastOrderedCapex,
    orderedCapexHistory: c.orderedCapexHistory,
    vendorOffer: c.vendorOffer,
    chipCommitments: c.chipCommitments,
    trail: c.trail,
    lastCapexPenalty: c.lastCapexPenalty,
  };
}

export const CLOUD_KEYS = ['status', 'readyQuarter', 'reputation', 'askPrice'] as const satisfies readonly (keyof CompanyState['cloud'])[];
type _CloudKeysComplete = AllListed<Unlisted<CompanyState['cloud'], typeof CLOUD_KEYS>>;

export function copyCloud(c: CompanyState['cloud']): CompanyState['cloud'] {
  return { status: c.status, readyQuarter: c.readyQuarter, reputation: c.reputation, askPrice: c.askPrice };
}

export const ALLOCATION_KEYS = ['training', 'products', 'cloud'] as const satisfies readonly (keyof CompanyState['allocation'])[];
type _AllocationKeysComplete = AllListed<Unlisted<CompanyState['allocation'], typeof ALLOCATION_KEYS>>;

export function copyAllocation(a: CompanyState['allocation']): CompanyState['allocation'] {
  return { training: a.training, products: a.products, cloud: a.cloud };
}

export const VENDOR_OFFER_KEYS = ['id', 'quarter', 'equity', 'gwPerQuarter', 'quarters', 'pricePerGW'] as const satisfies readonly (keyof VendorOffer)[];
type _VendorOfferKeysComplete = AllListed<Unlisted<VendorOffer, typeof VENDOR_OFFER_KEYS>>;

export function copyVendorOffer(o: VendorOffer): VendorOffer {
  return { id: o.id, quarter: o.quarter, equity: o.equity, gwPerQuarter: o.gwPerQuarter, quarters: o.quarters, pricePerGW: o.pricePerGW };
}

export const COHORT_KEYS = ['gw', 'year', 'vintage', 'cost', 'bookValue', 'ageQ', 'custom', 'efficiency'] as const satisfies readonly (keyof ChipCohort)[];
type _CohortKeysComplete = AllListed<Unlisted<ChipCohort, typeof COHORT_KEYS>>;

export function copyCohortRow(k: ChipCohort): ChipCohort {
  return { gw: k.gw, year: k.year, vintage: k.vintage, cost: k.cost, bookValue: k.bookValue, ageQ: k.ageQ, custom: k.custom, efficiency: k.efficiency };
}

export const CHIP_ORDER_KEYS = ['gw', 'price', 'custom'] as const satisfies readonly (keyof CompanyState['chipsOnOrder'][number])[];
type _ChipOrderKeysComplete = AllListed<Unlisted<CompanyState['chipsOnOrder'][number], typeof CHIP_ORDER_KEYS>>;

export function copyChipOrderRow(o: CompanyState['chipsOnOrder'][number]): CompanyState['chipsOnOrder'][number] {
  return { gw: o.gw, price: o.price, custom: o.custom };
}

export const SHELL_KEYS = ['gw', 'readyQuarter', 'remainingInstallments', 'installment', 'cost'] as const satisfies readonly (keyof ShellUnderConstruction)[];
type _ShellKeysComplete = AllListed<Unlisted<ShellUnderConstruction, typeof SHELL_KEYS>>;

export function copyShellRow(u: ShellUnderConstruction): ShellUnderConstruction {
  return { gw: u.gw, readyQuarter: u.readyQuarter, remainingInstallments: u.remainingInstallments, installment: u.installment, cost: u.cost };
}

export const COMMITMENT_KEYS = ['id', 'gwPerQuarter', 'pricePerGW', 'startQ', 'endQ', 'equity'] as const satisfies readonly (keyof ChipCommitment)[];
type _CommitmentKeysComplete = AllListed<Unlisted<ChipCommitment, typeof COMMITMENT_KEYS>>;

export function copyCommitmentRow(k: ChipCommitment): ChipCommitment {
  return { id: k.id, gwPerQuarter: k.gwPerQuarter, pricePerGW: k.pricePerGW, startQ: k.startQ, endQ: k.endQ, equity: k.equity };
}

export const CORE_LINE_KEYS = ['segment', 'base', 'growth', 'margin'] as const satisfies readonly (keyof CoreLine)[];
type _CoreLineKeysComplete = AllListed<Unlisted<CoreLine, typeof CORE_LINE_KEYS>>;

export function copyCoreLineRow(l: CoreLine): CoreLine {
  return { segment: l.segment, base: l.base, growth: l.growth, margin: l.margin };
}
