import type { Role } from '../roles';
import type { DealTerms, Orders, Party, StatementKind } from '../orders/types';
import type { Scenario } from './scenario-types';

// The engine's state and report shapes. This file is the contract the server, client, bots and
// replay code are written against: extend it freely, but rename or remove fields only together
// with every user (grep client/ server/ shared/ cli/ test/).

export type { Scenario };

export interface MatchSettings {
  /** Number of quarters to play, 4–40. */
  quarters: number;
  /** Seats that run a company. Others are absent: no company, their contracts go to the neutral supplier. */
  activeSeats: Role[];
  /** Calendar start; default Q1 2026. */
  startYear: number;
  startQuarter: 1 | 2 | 3 | 4;
}

/** t = 0 is the first quarter played. */
export interface CalendarQuarter {
  year: number;
  q: 1 | 2 | 3 | 4;
}

export type CloudStatus = 'none' | 'launching' | 'live';

export interface ChipCohort {
  gw: number;
  /** Calendar year of delivery: its efficiency is eff(year) for life. */
  year: number;
  /** Remaining book value, $B. */
  bookValue: number;
  /** Original cost, $B (for straight-line depreciation). */
  cost: number;
  ageQ: number;
  custom: boolean;
  /** CU per GW relative to merchant chips of the same year (custom silicon: 0.85 / 0.9). */
  efficiency: number;
}

export interface ShellUnderConstruction {
  gw: number;
  readyQuarter: number;
  remainingInstallments: number;
  installment: number;
  /** Total cost, added to the shell's book value (and depreciated) once it is ready. */
  cost: number;
}

export interface CoreLine {
  segment: Segment;
  /** Revenue this quarter, $B; grows by `growth` each quarter. */
  base: number;
  growth: number;
  margin: number;
}

/** Valuation segments (GAME.md 5.13). */
export type Segment = 'ads' | 'software' | 'retail' | 'cloudNonAI' | 'cloudAI' | 'aiProducts';

export interface Contract {
  id: string;
  seller: Party;
  buyer: Role | 'neutral';
  cuPerQuarter: number;
  pricePerCU: number;
  /** First and last quarter index (inclusive) the contract delivers and is paid. */
  startQ: number;
  endQ: number;
  /** Set when the contract ended early (bankruptcy), with the quarter. */
  endedEarlyQ?: number;
  /** Linear ramp: CU per quarter grows from cuPerQuarter to rampToCU over rampQuarters quarters, then holds. */
  rampToCU?: number;
  rampQuarters?: number;
  /** Proposal it came from (absent for the scenario's starting contracts). */
  proposalId?: string;
}

export type ProposalStatus = 'open' | 'accepted' | 'rejected' | 'expired';

export interface DealProposal {
  id: string;
  from: Role;
  to: Party;
  terms: DealTerms;
  proposedQ: number;
  /** Last quarter index in which it can still be accepted. */
  expiresQ: number;
  status: ProposalStatus;
}

export interface PendingStatement {
  kind: StatementKind;
  role: Role;
  madeQ: number;
  /** Quarter at which the deferred consequence is checked. */
  dueQ: number;
  /** AI revenue at the time the statement was made (hype check). */
  baselineAIRevenue: number;
}

export interface ActiveEvent {
  id: string;
  /** Target company for targeted events. */
  target?: Role;
  startedQ: number;
  /** Quarters left including the current one; null = permanent. */
  remaining: number | null;
  injected: boolean;
  /** For rumors: sentiment still to be undone by a clarify. */
  rumorHit?: number;
}

/** One row of the per-quarter history a debrief chart needs. */
export interface CompanyHistoryRow {
  quarter: number;
  revenue: number;
  revenueBySegment: Record<Segment, number>;
  aiRevenue: number;
  cloudRevenue: number;
  ebitda: number;
  netIncome: number;
  operatingCashFlow: number;
  capex: number;
  cash: number;
  debt: number;
  sharePrice: number;
  marketCap: number;
  installedGW: number;
  ownCU: number;
  quality: number;
  sentiment: number;
  credibility: number;
  cloudStatus: CloudStatus;
  tsr: number;
  capexPenalty: number;
  unservedDemand: number;
  bankrupt: boolean;
}

/** Trailing figures investors look at (GAME.md 5.13); quarter < 0 are the scenario's 2025 quarters. */
export interface TrailRow {
  quarter: number;
  segments: Record<Segment, number>;
  revenue: number;
  aiRevenue: number;
  cloudRevenue: number;
  capex: number;
  ebitda: number;
}

export interface CompanyState {
  role: Role;
  active: boolean;
  bankrupt: boolean;
  bankruptQ: number | null;
  cash: number;
  debt: number;
  /** Annual interest rate on the debt stock (weighted). */
  debtRate: number;
  revolver: number;
  /** Annual rate on the revolver balance. */
  revolverRate: number;
  shares: number;
  startSharePrice: number;
  sharePrice: number;
  sentiment: number;
  credibility: number;
  quality: number;
  brand: number;
  coreLines: CoreLine[];
  cohorts: ChipCohort[];
  /** Chips bought this quarter, delivered next quarter. */
  chipsOnOrder: { gw: number; price: number; custom: boolean }[];
  shellReadyGW: number;
  shellBookValue: number;
  /** Cumulative cost of all shells (depreciated over 60 quarters). */
  shellGrossCost: number;
  shellsUnderConstruction: ShellUnderConstruction[];
  cloud: { status: CloudStatus; readyQuarter: number | null; reputation: number; askPrice: number };
  allocation: Orders['allocation'];
  /** OpenAI: last quarter index an equity round was raised. */
  lastEquityRaiseQ: number | null;
  positiveOcfStreak: number;
  /** Capex committed by last quarter's orders (chips at clearing price, builds, launch): the "capex discipline" baseline. */
  lastOrderedCapex: number;
  /** Last 8 quarters (plus the scenario's 2025 quarters at the start). */
  trail: TrailRow[];
  history: CompanyHistoryRow[];
}

export interface GlobalState {
  mood: number;
  chipListPrice: number;
  chipSupplyCap: number;
  neutralChipDemand: number;
  dcCostIndex: number;
  gridAdditions: number;
  aiProductSpend: number;
  revenuePerCU: number;
  cloudDref: number;
  baseRate: number;
  neutralSupplierCapacity: number;
  lastCloudPrice: number;
  customCaps: Partial<Record<Role, number>>;
  /** Industry trailing-4q AI capex / trailing-4q AI revenue (the "ROI gap"). */
  roiGap: number;
  moodHistory: number[];
  /** Frontier model quality at the start, for the AI-spend growth factor. */
  startFrontier: number;
  /** Last chip clearing price ($B/GW). */
  lastChipPrice: number;
  /** Chip GW each seat requested last quarter (public, for price estimates). */
  lastChipRequests: Partial<Record<Role, number>>;
  /** Data-center GW each seat started last quarter (public, for power-index estimates). */
  lastBuildRequests: Partial<Record<Role, number>>;
}

export interface MatchState {
  engineVersion: string;
  scenario: Scenario;
  scenarioHash: string;
  seed: string;
  settings: MatchSettings;
  /** Index of the quarter being planned (0-based). Equals settings.quarters when finished. */
  quarter: number;
  finished: boolean;
  global: GlobalState;
  companies: Record<Role, CompanyState>;
  contracts: Contract[];
  proposals: DealProposal[];
  events: ActiveEvent[];
  statements: PendingStatement[];
  /** Orders submitted during the current planning phase (private to each seat). */
  pending: Partial<Record<Role, Orders>>;
  news: NewsItem[];
  reports: QuarterReport[];
  nextId: number;
}

// ---------------------------------------------------------------- reports

export type Severity = 'info' | 'good' | 'bad';

/** A news item carries a translation key and parameters, never prose. */
export interface NewsItem {
  quarter: number;
  key: string;
  params: Record<string, string | number>;
  severity: Severity;
  role?: Role;
}

export interface CurvePoint {
  /** Quantity (GW or CU). */
  q: number;
  /** Price ($B per GW or per CU). */
  p: number;
}

export interface ChipFill {
  role: Role;
  requestedGW: number;
  maxPrice: number;
  filledGW: number;
  droppedOut: boolean;
}

export interface ChipMarketReport {
  listPrice: number;
  supplyCap: number;
  neutralDemand: number;
  totalDemand: number;
  price: number;
  quantity: number;
  scarce: boolean;
  rounds: number;
  fills: ChipFill[];
  custom: { role: Role; gw: number; price: number }[];
  supplyCurve: CurvePoint[];
  demandCurve: CurvePoint[];
}

export interface CloudOffer {
  seller: Role | 'neutral';
  ask: number;
  offeredCU: number;
  sellableCU: number;
  soldCU: number;
}

export interface CloudMarketReport {
  price: number;
  quantity: number;
  dref: number;
  pref: number;
  pmax: number;
  offers: CloudOffer[];
  supplyCurve: CurvePoint[];
  demandCurve: CurvePoint[];
  unmetDemandCU: number;
}

export interface ProductShare {
  role: Role;
  attractiveness: number;
  share: number;
  demand: number;
  servedOwn: number;
  servedSpill: number;
  unserved: number;
  productsCU: number;
  revenue: number;
}

export interface ProductsReport {
  spend: number;
  growth: number;
  frontierFactor: number;
  revenuePerCU: number;
  shares: ProductShare[];
  lostDemand: number;
}

export interface DataCenterReport {
  totalStartsGW: number;
  gridAdditions: number;
  powerIndex: number;
  costPerGW: number;
}

export interface MoneyLine {
  key: string;
  amount: number;
}

export interface CapacityReport {
  shellReadyGW: number;
  chipGW: number;
  installedGW: number;
  /** Ready shell without chips. */
  idleShellGW: number;
  /** Chips without shell (still depreciating). */
  strandedGW: number;
  onOrderGW: number;
  underConstruction: { gw: number; readyQuarter: number }[];
  ownCU: number;
  contractOutCU: number;
  contractInCU: number;
  availableCU: number;
  trainingCU: number;
  productsCU: number;
  cloudCU: number;
  idleCU: number;
}

export interface ValuationReport {
  segments: Record<Segment, number>;
  /** Year-over-year growth of AI product revenue, trailing 4q vs the 4q before (model/valuation.ts). */
  aiProductsGrowth: number;
  /** The multiplier that growth puts on the AI products multiple. */
  growthFactor: number;
  capexPenalty: number;
  unbackedShare: number;
  moodFactor: number;
  sentimentFactor: number;
  ev: number;
  equity: number;
  sharePrice: number;
  marketCap: number;
  tsr: number;
}

export interface SentimentReport {
  before: number;
  after: number;
  causes: MoneyLine[];
}

export interface CompanyReport {
  role: Role;
  pnl: { revenue: MoneyLine[]; costs: MoneyLine[]; ebitda: number; depreciation: number; interest: number; pretax: number; tax: number; netIncome: number };
  cashFlow: { opening: number; lines: MoneyLine[]; closing: number };
  capacity: CapacityReport;
  valuation: ValuationReport;
  sentiment: SentimentReport;
  quality: number;
  qualityRank: number;
  credibility: number;
  distress: string[];
  bankrupt: boolean;
}

export interface MoodCause {
  key: 'growth' | 'roiGap' | 'reversion' | 'events' | 'noise' | 'contagion';
  amount: number;
}

export interface MoodReport {
  before: number;
  after: number;
  causes: MoodCause[];
  roiGap: number;
  aiRevenueGrowth: number;
}

export interface QuarterReport {
  quarter: number;
  calendar: CalendarQuarter;
  events: { id: string; target?: Role; injected: boolean; started: boolean }[];
  chips: ChipMarketReport;
  dataCenters: DataCenterReport;
  cloud: CloudMarketReport;
  products: ProductsReport;
  companies: CompanyReport[];
  mood: MoodReport;
  news: NewsItem[];
  hash: string;
}

// ---------------------------------------------------------------- actions (reduce)

export interface HostEvent {
  id: string;
  target?: Role;
}

export type Action =
  | { type: 'submitOrders'; seat: Role; orders: Orders }
  | { type: 'withdrawOrders'; seat: Role }
  | { type: 'proposeDeal'; seat: Role; to: Party; terms: DealTerms }
  | { type: 'respondDeal'; seat: Role; proposalId: string; accept: boolean }
  | { type: 'resolve'; orders?: Partial<Record<Role, Orders>>; hostEvents?: HostEvent[] };

export type ReduceResult =
  | { ok: true; state: MatchState; report?: QuarterReport }
  | { ok: false; errors: import('../orders/types').OrderError[] };

/** What one seat (or a spectator, seat null) may see. */
export interface PlayerView {
  seat: Role | null;
  scenarioId: string;
  quarter: number;
  finished: boolean;
  settings: MatchSettings;
  calendar: CalendarQuarter;
  global: GlobalState;
  /** Other companies with private fields removed. */
  companies: Record<Role, PublicCompany>;
  /** The seat's own company in full (null for spectators). */
  own: CompanyState | null;
  contracts: Contract[];
  /** Proposals from or to this seat. */
  proposals: DealProposal[];
  events: ActiveEvent[];
  /** Own pending orders only. */
  pending: Orders | null;
  submitted: Role[];
  news: NewsItem[];
  lastReport: QuarterReport | null;
  reports: QuarterReport[];
}

export type PublicCompany = Omit<CompanyState, 'allocation' | 'lastEquityRaiseQ'> & { allocation?: undefined };

// ---------------------------------------------------------------- preview and standings

export interface PreviewWarning {
  key: string;
  params: Record<string, string | number>;
  message: string;
}

/** What the decision panel shows live while a seat edits its orders (estimates, same formulas as resolution). */
export interface OrderPreview {
  role: Role;
  quarter: number;
  /** Estimated chip clearing price if every other seat orders what it ordered last quarter. */
  chipPriceEstimate: number;
  scarceEstimate: boolean;
  /** Cost of the chips ordered now, paid on delivery next quarter. */
  chipsCostEstimate: number;
  customChipsCost: number;
  buildCostPerGW: number;
  buildQuarters: number;
  powerIndexEstimate: number;
  /** Capex paid this quarter: deliveries due, data-center installments (incl. a new build's first), cloud launch. */
  capexThisQuarter: MoneyLine[];
  /** Capex committed now and paid next quarter (chips and custom chips at the estimate). */
  capexNextQuarter: MoneyLine[];
  financing: MoneyLine[];
  contractPayments: number;
  contractReceipts: number;
  /** Estimated revenue and operating cost lines (core lines exact, AI lines from last quarter). */
  operating: MoneyLine[];
  interest: number;
  taxEstimate: number;
  openingCash: number;
  estimatedCashAfter: number;
  revolverAvailable: number;
  warnings: PreviewWarning[];
}

export interface Standing {
  role: Role;
  tsr: number;
  bankrupt: boolean;
  sharePrice: number;
  marketCap: number;
}
