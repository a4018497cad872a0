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
  /**
   * Quarter of delivery counted from the match's first quarter (0 = delivered for quarter 0, −2 = two
   * quarters before it). Generation efficiency is sqrt(sqrt(efficiencyBase))^vintage (engine 2: no yearly step).
   */
  vintage: number;
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
  /** Engine 2: the company's own quarterly AI revenue trend when the promise was made; the promise is to beat it. */
  trend?: number;
  /** Engine 2.6, a cloud announcement: the cloud rental price ($B per CU) when it was made. */
  cloudPrice?: number;
}

/** The chip supplier's vendor-financing offer to one seat for the quarter being planned (GAME.md 12.4). */
export interface VendorOffer {
  id: string;
  /** Quarter index the offer is open in (it lapses when that quarter resolves). */
  quarter: number;
  /** $B of new equity the supplier buys at the market share price. */
  equity: number;
  /** GW of merchant chips the seat must take (and pay) in each of the next `quarters` quarters. */
  gwPerQuarter: number;
  quarters: number;
  /** $B per GW the seat pays for committed chips: the list price when the offer is made. */
  pricePerGW: number;
}

/** An accepted vendor-financing commitment: take-or-pay chips at a fixed price. */
export interface ChipCommitment {
  id: string;
  gwPerQuarter: number;
  pricePerGW: number;
  /** First and last quarter index (inclusive) in which chips are ordered (delivered the quarter after). */
  startQ: number;
  endQ: number;
  /** Equity the supplier bought for it. */
  equity: number;
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

/**
 * One row of the per-quarter history a debrief chart needs. Not part of the match state: it is
 * built from the quarters' reports (shared/engine/history.ts, `companyHistory`).
 */
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
  /** Share of trailing revenue and funding that is circular (GAME.md 12.4), 0..1. */
  circularShare: number;
  /** Value investors took off for it this quarter, as a share of the company's value before it, 0..1. */
  circularDiscount: number;
  /** Annual cost of capital investors used (base rate + equity premium + mood premium). */
  costOfCapital: number;
  /** $B the company could absorb this quarter before bankruptcy (cash, revolver room, emergency equity). */
  solvencyHeadroom: number;
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
  /** Engine 2 (valuation inputs). Depreciation of chips and shells: investors value EBITDA − depreciation. */
  depreciation: number;
  /** Money received from other seats under contracts. */
  seatIn: number;
  /** The same CU valued at no more than the quarter's cloud price. */
  seatInFair: number;
  /** Money that went round a circle: Σ over counterparties of min(received, paid), plus vendor-financed equity. */
  circular: number;
  /** Contract payments for compute bought (take-or-pay), net of round trips. */
  computeBought: number;
  /** AI revenue counted for growth: AI revenue less seat receipts, plus their fair part not offset by a round trip. */
  fairAIRevenue: number;
  /** Cost of the compute that served AI revenue plus serving and sales costs ($B): the AI unit cost. */
  aiServedCost: number;
  /** Core business earnings (revenue × margin). */
  coreEarnings: number;
  /** Equity bought by the chip supplier (vendor financing). */
  vendorEquity: number;
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
  /** Capex committed by last quarter's orders (chips at clearing price, builds, launch). */
  lastOrderedCapex: number;
  /** Capex committed by the last four quarters' orders, oldest first: the "capex discipline" baseline is their average. */
  orderedCapexHistory: number[];
  /** The chip supplier's open vendor-financing offer (private to the seat), or null. */
  vendorOffer: VendorOffer | null;
  /** Accepted vendor-financing chip commitments. */
  chipCommitments: ChipCommitment[];
  /** Last 8 quarters (plus the scenario's 2025 quarters at the start). */
  trail: TrailRow[];
  /** Capex penalty investors applied last quarter (null before the first quarter resolves): its news compares against it. */
  lastCapexPenalty: number | null;
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
  /** Investors' attention to circular money (GAME.md 12.4), 0..1: raised by narrative events, fades each quarter. */
  circularAttention: number;
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
  /** Chips ordered under vendor-financing commitments (outside the auction, at the committed price). */
  committed: { role: Role; gw: number; price: number }[];
  /** Second-hand chips sold by seats this quarter (they go to outside buyers). */
  secondHand: { role: Role; gw: number; proceeds: number }[];
  /** Outside buyers' demand at list price (it shrinks as the price rises) and what they got. */
  neutralDemandAtList: number;
  neutralFilled: number;
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
  /** $B per GW a buyer pays now for this seat's oldest chips (the next GW sold second-hand); 0 without chips. */
  secondHandPricePerGW: number;
  /** $B all its chips would fetch second-hand. */
  secondHandValue: number;
}

export interface ValuationReport {
  /** Engine 2: each segment's trailing-4q revenue × its reference multiple, for display; EV is built from the parts below. */
  segments: Record<Segment, number>;
  /** Year-over-year growth of AI product revenue, trailing 4q vs the 4q before (model/valuation.ts). */
  aiProductsGrowth: number;
  /** The multiplier that growth puts on the AI products multiple. */
  growthFactor: number;
  /**
   * Share of its product growth multiple investors still pay (engine 2.4.0, model/maturity.ts
   * productsGrowthRoom): 1 while AI product spending is young or the company small, falling as the
   * market nears its ceiling. Absent in reports of engines before 2.4.0.
   */
  growthRoom: number;
  /** Capex penalty as a share of value taken off, 0 = none ("−x%" on screen). */
  capexPenalty: number;
  /** Excess AI investment (capex + compute bought beyond what AI revenue backs) ÷ trailing revenue. */
  unbackedShare: number;
  /** 1 − capexPenalty (kept for screens that show a factor; 1 = no penalty). */
  capexFactor: number;
  /** Cost-of-capital factor on every multiple: 1 at the scenario's start, lower when rates rise or mood darkens. */
  moodFactor: number;
  sentimentFactor: number;
  /** Annual cost of capital (base rate + equity premium + mood premium). */
  costOfCapital: number;
  /** Trailing-4q EBITDA and the value investors put on it (earnings multiple × cost-of-capital factor). */
  earnings: number;
  earningsValue: number;
  /** Core business franchise value and AI growth value (before sentiment and circular discount). */
  franchiseValue: number;
  growthValue: number;
  /** 0..1: how plausibly AI margins turn positive (growth is priced only in proportion). */
  marginPlausibility: number;
  /** AI unit margin over the trailing year: (AI revenue − cost of serving it) ÷ AI revenue. */
  aiMargin: number;
  /** $B taken off for unbacked capex. */
  capexPenaltyValue: number;
  /** Circular share of revenue and funding, its discount rate and the $B taken off. */
  circularShare: number;
  circularDiscount: number;
  circularDiscountValue: number;
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

/** Company-level solvency (GAME.md 12.1.6): what stands between the company and bankruptcy. */
export interface SolvencyReport {
  equityValue: number;
  /** Debt (incl. revolver) ÷ trailing-4q EBITDA; null without debt; Infinity-free: non-positive EBITDA reports the covenant + 1. */
  leverage: number | null;
  covenantLeverage: number;
  covenantBroken: boolean;
  revolverRoom: number;
  /** Largest emergency equity raise investors would take now. */
  emergencyCapacity: number;
  /** Cash + revolver room + emergency capacity ($B). */
  headroom: number;
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
  solvency: SolvencyReport;
  /** The quarter's revenue by valuation segment ($B). */
  revenueBySegment: Record<Segment, number>;
  /** Capex paid this quarter ($B). */
  capex: number;
  /** Debt plus revolver at the end of the quarter ($B). */
  debt: number;
  cloudStatus: CloudStatus;
  /** AI product demand ($B) the seat could not serve. */
  unservedDemand: number;
  /**
   * Engine 2.7: keeping up the AI fleet. invested = average capex ordered over the erosion window plus
   * compute bought, needed = maintenance × depreciation; the sentiment drag this quarter and the core
   * growth lost a quarter from now on (points ÷ 100). Absent for a bankrupt company and before 2.7.
   */
  keepUp?: { invested: number; needed: number; shortfall: number; drag: number; erosion: number };
  /** Vendor-financing offer open for next quarter (only in the seat's own view of the state; null here for others). */
  vendorFinancing: { accepted: { equity: number; gwPerQuarter: number; quarters: number; pricePerGW: number } | null; committedGW: number };
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
  own: CompanyWithHistory | null;
  contracts: Contract[];
  /** Proposals from or to this seat. */
  proposals: DealProposal[];
  events: ActiveEvent[];
  /** Own pending orders only. */
  pending: Orders | null;
  submitted: Role[];
  /** The last news items of the match (built from the reports: history.ts `matchNews`). */
  news: NewsItem[];
  lastReport: QuarterReport | null;
  reports: QuarterReport[];
}

/** A company with its per-quarter history rows (built from the reports: history.ts `companyHistory`). */
export type CompanyWithHistory = CompanyState & { history: CompanyHistoryRow[] };

export type PublicCompany = Omit<CompanyWithHistory, 'allocation' | 'lastEquityRaiseQ' | 'vendorOffer'> & { allocation?: undefined; vendorOffer?: undefined };

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
