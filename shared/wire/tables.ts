import type {
  ActiveEvent,
  ChipCohort,
  ChipCommitment,
  CompanyState,
  Contract,
  CoreLine,
  DealProposal,
  GlobalState,
  MatchSettings,
  ShellUnderConstruction,
  TrailRow,
} from '../engine/types';
import type { DealTerms, Orders } from '../orders/types';
import type { RoomSettings } from '../protocol/settings';
import { table } from './codec';

// The wire form of every engine type the room state carries (see codec.ts). Field names on the
// wire are the engine's (an inlined object's fields get its prefix: cloud.status → cloudStatus).

/** Company fields only the seat itself sees (playerView removes them from other seats' views). */
export type PrivateCompanyKey = 'allocation' | 'lastEquityRaiseQ' | 'vendorOffer';
/**
 * What every client is sent of a company: the engine's PublicCompany without its history rows
 * (cloud.askPrice is 0 there). The rows are a function of the reports the client has, so it
 * builds them itself (companyHistory), like the engine's playerView does.
 */
export type WireCompany = Omit<CompanyState, PrivateCompanyKey>;
/** The seat's own private company fields, with its real cloud ask price. */
export type OwnPrivate = Pick<CompanyState, PrivateCompanyKey> & { cloudAskPrice: number };
export type ChipOrder = CompanyState['chipsOnOrder'][number];

export const CORE_LINE = table<CoreLine>('CoreLine', { segment: 'string', base: 'number', growth: 'number', margin: 'number' });

export const COHORT = table<ChipCohort>('Cohort', {
  gw: 'number',
  year: 'count',
  bookValue: 'number',
  cost: 'number',
  ageQ: 'count',
  custom: 'boolean',
  efficiency: 'number',
  vintage: 'count',
});

export const CHIP_ORDER = table<ChipOrder>('ChipOrder', { gw: 'number', price: 'number', custom: 'boolean' });

export const SHELL_BUILD = table<ShellUnderConstruction>('ShellBuild', {
  gw: 'number',
  readyQuarter: 'count',
  remainingInstallments: 'count',
  installment: 'number',
  cost: 'number',
});

export const TRAIL_ROW = table<TrailRow>('TrailRow', {
  quarter: 'count',
  segments: 'numberRecord',
  revenue: 'number',
  aiRevenue: 'number',
  cloudRevenue: 'number',
  capex: 'number',
  ebitda: 'number',
  depreciation: 'number',
  seatIn: 'number',
  seatInFair: 'number',
  circular: 'number',
  computeBought: 'number',
  fairAIRevenue: 'number',
  aiServedCost: 'number',
  coreEarnings: 'number',
  vendorEquity: 'number',
});

export const CHIP_COMMITMENT = table<ChipCommitment>('ChipCommitment', {
  id: 'string',
  gwPerQuarter: 'number',
  pricePerGW: 'number',
  startQ: 'count',
  endQ: 'count',
  equity: 'number',
});

export const CLOUD = table<CompanyState['cloud']>('Cloud', { status: 'string', readyQuarter: 'nullableNumber', reputation: 'number', askPrice: 'number' });

export const COMPANY = table<WireCompany>('Company', {
  role: 'string',
  active: 'boolean',
  bankrupt: 'boolean',
  bankruptQ: 'nullableNumber',
  cash: 'number',
  debt: 'number',
  debtRate: 'number',
  revolver: 'number',
  revolverRate: 'number',
  shares: 'number',
  startSharePrice: 'number',
  sharePrice: 'number',
  sentiment: 'number',
  credibility: 'number',
  quality: 'number',
  brand: 'number',
  coreLines: { list: CORE_LINE },
  cohorts: { list: COHORT },
  chipsOnOrder: { list: CHIP_ORDER },
  shellReadyGW: 'number',
  shellBookValue: 'number',
  shellGrossCost: 'number',
  shellsUnderConstruction: { list: SHELL_BUILD },
  cloud: { inline: CLOUD, prefix: 'cloud' },
  positiveOcfStreak: 'number',
  lastOrderedCapex: 'number',
  orderedCapexHistory: 'numberList',
  chipCommitments: { list: CHIP_COMMITMENT },
  trail: { rows: TRAIL_ROW },
  lastCapexPenalty: 'nullableNumber',
});

export const ALLOCATION = table<Orders['allocation']>('Allocation', { training: 'number', products: 'number', cloud: 'number' });

export const OWN_PRIVATE = table<OwnPrivate>('OwnPrivate', {
  allocation: { inline: ALLOCATION, prefix: 'allocation' },
  lastEquityRaiseQ: 'nullableNumber',
  /** The chip supplier's vendor-financing offer to this seat (null: none this quarter). */
  vendorOffer: 'json',
  cloudAskPrice: 'number',
});

export const GLOBAL = table<GlobalState>('Global', {
  mood: 'number',
  chipListPrice: 'number',
  chipSupplyCap: 'number',
  neutralChipDemand: 'number',
  dcCostIndex: 'number',
  gridAdditions: 'number',
  aiProductSpend: 'number',
  revenuePerCU: 'number',
  cloudDref: 'number',
  baseRate: 'number',
  neutralSupplierCapacity: 'number',
  lastCloudPrice: 'number',
  customCaps: 'numberRecord',
  roiGap: 'number',
  moodHistory: 'numberList',
  startFrontier: 'number',
  lastChipPrice: 'number',
  lastChipRequests: 'numberRecord',
  lastBuildRequests: 'numberRecord',
  circularAttention: 'number',
});

export const MATCH_SETTINGS = table<MatchSettings>('EngineSettings', {
  quarters: 'number',
  activeSeats: 'stringList',
  startYear: 'number',
  startQuarter: 'number',
});

export const CONTRACT = table<Contract>('Contract', {
  id: 'string',
  seller: 'string',
  buyer: 'string',
  cuPerQuarter: 'number',
  pricePerCU: 'number',
  startQ: 'number',
  endQ: 'number',
  endedEarlyQ: 'optionalNumber',
  rampToCU: 'optionalNumber',
  rampQuarters: 'optionalNumber',
  proposalId: 'optionalString',
});

export const ACTIVE_EVENT = table<ActiveEvent>('ActiveEvent', {
  id: 'string',
  target: 'optionalString',
  startedQ: 'number',
  remaining: 'nullableNumber',
  injected: 'boolean',
  rumorHit: 'optionalNumber',
});

export const DEAL_TERMS = table<DealTerms>('DealTerms', { seller: 'string', buyer: 'string', cuPerQuarter: 'number', pricePerCU: 'number', quarters: 'number' });

export const PROPOSAL = table<DealProposal>('Proposal', {
  id: 'string',
  from: 'string',
  to: 'string',
  terms: { inline: DEAL_TERMS, prefix: '' },
  proposedQ: 'number',
  expiresQ: 'number',
  status: 'string',
});

/** The room's settings as every client sees them (the seats travel as the state's `seats`). */
/** `randomEvents` is a class setting, shown on the class console (server/classroom/schema.ts), not to players. */
export const ROOM_SETTINGS = table<Omit<RoomSettings, 'seats' | 'randomEvents'>>('Settings', {
  scenario: 'string',
  /** Always shown, so any match can be replayed. */
  seed: 'string',
  quarters: 'number',
  planningSeconds: 'number',
  resultsSeconds: 'number',
  reconnectSeconds: 'number',
  autopilot: 'boolean',
  startYear: 'number',
  startQuarter: 'number',
});
