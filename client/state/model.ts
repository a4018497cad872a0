import type {
  ActiveEvent,
  ChipCohort,
  CloudStatus,
  CompanyHistoryRow,
  CompanyState,
  Contract,
  DealProposal,
  GlobalState,
  NewsItem,
  PlayerView,
  QuarterReport,
  Segment,
  Severity,
  ShellUnderConstruction,
} from '../../shared/engine/types';
import type { DealTerms, Orders } from '../../shared/orders/types';
import type { Phase, PersonaId, RoomSettings, SeatKind } from '../../shared/protocol';
import { ROLES, isRole, type Role } from '../../shared/roles';

// The client's picture of a match: a plain, typed copy of the room state the server sends
// (server/schema), with JSON fields decoded (reports, news parameters, pending orders,
// standings). Scenes read only this; it is rebuilt on every state patch.

export interface SeatView {
  role: Role;
  kind: SeatKind;
  persona: PersonaId | string;
  name: string;
  claimed: boolean;
  connected: boolean;
  ready: boolean;
  submitted: boolean;
  autopilot: boolean;
  reconnectDeadline: number;
}

/** The company fields the room state carries, as the engine names them (cloud flattened, no trailing figures). */
export type CompanyView = Pick<
  CompanyState,
  | 'role' | 'active' | 'bankrupt' | 'bankruptQ' | 'cash' | 'debt' | 'debtRate' | 'revolver' | 'shares' | 'startSharePrice'
  | 'sharePrice' | 'sentiment' | 'credibility' | 'quality' | 'brand' | 'positiveOcfStreak' | 'shellReadyGW' | 'shellBookValue'
  | 'coreLines' | 'chipsOnOrder' | 'history'
> & {
  cloudStatus: CloudStatus;
  cloudReadyQuarter: number | null;
  cloudReputation: number;
  cloudAskPrice: number;
  cohorts: Omit<ChipCohort, 'efficiency' | 'vintage'>[];
  shellsUnderConstruction: Omit<ShellUnderConstruction, 'cost'>[];
};

export type ContractView = Pick<Contract, 'id' | 'seller' | 'buyer' | 'cuPerQuarter' | 'pricePerCU' | 'startQ' | 'endQ'> & { endedEarlyQ: number | null };

/** A deal proposal with its terms flattened, as the room state carries it. */
export type ProposalView = Omit<DealProposal, 'terms'> & DealTerms;

export type ActiveEventView = Pick<ActiveEvent, 'id' | 'startedQ' | 'remaining' | 'injected'> & { target: Role | null };

export type GlobalView = Pick<
  GlobalState,
  | 'mood' | 'chipListPrice' | 'chipSupplyCap' | 'neutralChipDemand' | 'dcCostIndex' | 'gridAdditions' | 'aiProductSpend'
  | 'revenuePerCU' | 'cloudDref' | 'baseRate' | 'neutralSupplierCapacity' | 'lastCloudPrice' | 'customCaps' | 'roiGap' | 'moodHistory'
>;

export interface StandingRow {
  role: Role;
  tsr: number;
  rank: number;
  sharePrice?: number;
  bankrupt?: boolean;
  [k: string]: unknown;
}

export interface PrivateView {
  pendingOrders: Orders | null;
  allocation: Orders['allocation'];
  lastEquityRaiseQ: number | null;
  proposals: ProposalView[];
  /** The seat's own engine view (without reports, news and histories), for validation and previews. */
  view: PlayerView | null;
}

/** The room's settings (shared/protocol/settings.ts) without the seats, which the snapshot carries as `seats`. */
export type MatchSettingsView = Omit<RoomSettings, 'seats'>;

export interface MatchSnapshot {
  code: string;
  phase: Phase;
  quarter: number;
  calendar: { year: number; q: number };
  finished: boolean;
  timerDeadline: number;
  timerPaused: boolean;
  timerRemainingMs: number;
  settings: MatchSettingsView;
  engineVersion: string;
  stateHash: string;
  hostConnected: boolean;
  hostRole: Role | null;
  spectators: number;
  seats: Record<Role, SeatView>;
  global: GlobalView;
  companies: Partial<Record<Role, CompanyView>>;
  contracts: ContractView[];
  events: ActiveEventView[];
  news: NewsItem[];
  reports: QuarterReport[];
  standings: StandingRow[];
  /** This client's seat's private part (null for spectators). */
  own: PrivateView | null;
}

type Json = Record<string, any>;

const num = (v: unknown, d = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const str = (v: unknown, d = ''): string => (typeof v === 'string' ? v : d);
const optQ = (v: unknown): number | null => (typeof v === 'number' && v >= 0 ? v : null);
const arr = <T = Json>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : v && typeof v === 'object' ? (Object.values(v) as T[]) : []);

function parseJson<T>(text: unknown, fallback: T): T {
  if (typeof text !== 'string' || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Decoded reports are cached by their JSON text: they never change once written. */
const reportCache = new Map<string, QuarterReport>();
function decodeReport(text: string): QuarterReport | null {
  let r = reportCache.get(text);
  if (!r) {
    r = parseJson<QuarterReport | null>(text, null) ?? undefined;
    if (!r) return null;
    reportCache.set(text, r);
  }
  return r;
}

/** The own view JSON changes at most a few times a quarter: decode once per distinct text. */
let lastViewText = '';
let lastView: PlayerView | null = null;
function decodeView(text: unknown): PlayerView | null {
  if (typeof text !== 'string' || text === '') return null;
  if (text !== lastViewText) {
    lastViewText = text;
    lastView = parseJson<PlayerView | null>(text, null);
  }
  return lastView;
}

function seatFrom(role: Role, s: Json | undefined): SeatView {
  return {
    role,
    kind: (str(s?.kind, 'absent') as SeatKind) ?? 'absent',
    persona: str(s?.persona, 'classic'),
    name: str(s?.name),
    claimed: !!s?.claimed,
    connected: !!s?.connected,
    ready: !!s?.ready,
    submitted: !!s?.submitted,
    autopilot: !!s?.autopilot,
    reconnectDeadline: num(s?.reconnectDeadline),
  };
}

function companyFrom(c: Json): CompanyView {
  return {
    role: c.role as Role,
    active: !!c.active,
    bankrupt: !!c.bankrupt,
    bankruptQ: optQ(c.bankruptQ),
    cash: num(c.cash),
    debt: num(c.debt),
    debtRate: num(c.debtRate),
    revolver: num(c.revolver),
    shares: num(c.shares),
    startSharePrice: num(c.startSharePrice),
    sharePrice: num(c.sharePrice),
    sentiment: num(c.sentiment),
    credibility: num(c.credibility),
    quality: num(c.quality),
    brand: num(c.brand),
    positiveOcfStreak: num(c.positiveOcfStreak),
    shellReadyGW: num(c.shellReadyGW),
    shellBookValue: num(c.shellBookValue),
    cloudStatus: (str(c.cloudStatus, 'none') as CloudStatus) ?? 'none',
    cloudReadyQuarter: optQ(c.cloudReadyQuarter),
    cloudReputation: num(c.cloudReputation),
    cloudAskPrice: num(c.cloudAskPrice),
    coreLines: arr(c.coreLines).map((l) => ({ segment: str(l.segment) as Segment, base: num(l.base), growth: num(l.growth), margin: num(l.margin) })),
    cohorts: arr(c.cohorts).map((k) => ({
      gw: num(k.gw),
      year: num(k.year),
      bookValue: num(k.bookValue),
      cost: num(k.cost),
      ageQ: num(k.ageQ),
      custom: !!k.custom,
    })),
    chipsOnOrder: arr(c.chipsOnOrder).map((o) => ({ gw: num(o.gw), price: num(o.price), custom: !!o.custom })),
    shellsUnderConstruction: arr(c.shellsUnderConstruction).map((s) => ({
      gw: num(s.gw),
      readyQuarter: num(s.readyQuarter),
      remainingInstallments: num(s.remainingInstallments),
      installment: num(s.installment),
    })),
    history: arr(c.history).map((h) => ({ ...(h as CompanyHistoryRow), revenueBySegment: { ...(h.revenueBySegment ?? {}) } })),
  };
}

function proposalFrom(p: Json): ProposalView {
  return {
    id: str(p.id),
    from: p.from as Role,
    to: p.to as Role | 'neutral',
    seller: p.seller as Role | 'neutral',
    buyer: p.buyer as Role,
    cuPerQuarter: num(p.cuPerQuarter),
    pricePerCU: num(p.pricePerCU),
    quarters: num(p.quarters),
    proposedQ: num(p.proposedQ),
    expiresQ: num(p.expiresQ),
    status: str(p.status, 'open') as ProposalView['status'],
  };
}

/** Builds the snapshot from the room state's plain JSON (`room.state.toJSON()`). */
export function snapshotFrom(s: Json, myRole: Role | null): MatchSnapshot {
  const seatsJson = (s.seats ?? {}) as Json;
  const seats = Object.fromEntries(ROLES.map((r) => [r, seatFrom(r, seatsJson[r])])) as Record<Role, SeatView>;
  const companies: Partial<Record<Role, CompanyView>> = {};
  for (const [role, c] of Object.entries((s.companies ?? {}) as Json)) if (isRole(role)) companies[role] = companyFrom(c as Json);
  const g = (s.global ?? {}) as Json;
  const priv = myRole ? ((s.privates ?? {}) as Json)[myRole] : undefined;
  const standingsRaw = parseJson<unknown>(s.standings, []);
  const standings = (Array.isArray(standingsRaw) ? standingsRaw : arr((standingsRaw as Json)?.rows ?? standingsRaw)) as StandingRow[];
  return {
    code: str(s.code),
    phase: (str(s.phase, 'lobby') as Phase) ?? 'lobby',
    quarter: num(s.quarter),
    calendar: { year: num(s.calendarYear, 2026), q: num(s.calendarQ, 1) },
    finished: !!s.finished,
    timerDeadline: num(s.timerDeadline),
    timerPaused: !!s.timerPaused,
    timerRemainingMs: num(s.timerRemainingMs),
    settings: {
      scenario: str(s.settings?.scenario),
      seed: str(s.settings?.seed),
      quarters: num(s.settings?.quarters, 12),
      planningSeconds: num(s.settings?.planningSeconds),
      resultsSeconds: num(s.settings?.resultsSeconds),
      reconnectSeconds: num(s.settings?.reconnectSeconds),
      autopilot: !!s.settings?.autopilot,
      startYear: num(s.settings?.startYear, 2026),
      startQuarter: num(s.settings?.startQuarter, 1) as MatchSettingsView['startQuarter'],
    },
    engineVersion: str(s.engineVersion),
    stateHash: str(s.stateHash),
    hostConnected: !!s.hostConnected,
    hostRole: isRole(s.hostRole) ? s.hostRole : null,
    spectators: num(s.spectators),
    seats,
    global: {
      mood: num(g.mood, 50),
      chipListPrice: num(g.chipListPrice),
      chipSupplyCap: num(g.chipSupplyCap),
      neutralChipDemand: num(g.neutralChipDemand),
      dcCostIndex: num(g.dcCostIndex, 1),
      gridAdditions: num(g.gridAdditions),
      aiProductSpend: num(g.aiProductSpend),
      revenuePerCU: num(g.revenuePerCU),
      cloudDref: num(g.cloudDref),
      baseRate: num(g.baseRate),
      neutralSupplierCapacity: num(g.neutralSupplierCapacity),
      lastCloudPrice: num(g.lastCloudPrice),
      customCaps: { ...(g.customCaps ?? {}) },
      roiGap: num(g.roiGap),
      moodHistory: arr<number>(g.moodHistory).map((v) => num(v)),
    },
    companies,
    contracts: arr(s.contracts).map((c) => ({
      id: str(c.id),
      seller: c.seller as Role | 'neutral',
      buyer: c.buyer as Role | 'neutral',
      cuPerQuarter: num(c.cuPerQuarter),
      pricePerCU: num(c.pricePerCU),
      startQ: num(c.startQ),
      endQ: num(c.endQ),
      endedEarlyQ: optQ(c.endedEarlyQ),
    })),
    events: arr(s.events).map((e) => ({
      id: str(e.id),
      target: isRole(e.target) ? e.target : null,
      startedQ: num(e.startedQ),
      remaining: num(e.remaining, -1) < 0 ? null : num(e.remaining),
      injected: !!e.injected,
    })),
    news: arr(s.news).map((n) => ({
      quarter: num(n.quarter),
      key: str(n.key),
      params: parseJson<Record<string, string | number>>(n.params, {}),
      severity: (str(n.severity, 'info') as Severity) ?? 'info',
      ...(isRole(n.role) ? { role: n.role } : {}),
    })),
    reports: arr<string>(s.reports)
      .map((text) => decodeReport(text))
      .filter((r): r is QuarterReport => r !== null),
    standings,
    own: priv
      ? {
          pendingOrders: parseJson<Orders | null>(priv.pendingOrders, null),
          allocation: { training: num(priv.allocationTraining), products: num(priv.allocationProducts), cloud: num(priv.allocationCloud) },
          lastEquityRaiseQ: optQ(priv.lastEquityRaiseQ),
          proposals: arr(priv.proposals).map(proposalFrom),
          view: decodeView(priv.viewJson),
        }
      : null,
  };
}

/** Roles that run a company in this match, in seat order. */
export function activeRoles(s: MatchSnapshot): Role[] {
  return ROLES.filter((r) => s.seats[r].kind !== 'absent' && s.companies[r]?.active !== false);
}

export function lastReport(s: MatchSnapshot): QuarterReport | null {
  return s.reports.length ? s.reports[s.reports.length - 1] : null;
}
