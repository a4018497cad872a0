import type { ActiveEvent, CompanyHistoryRow, Contract, DealProposal, GlobalState, NewsItem, PlayerView, QuarterReport } from '../../shared/engine/types';
import type { DealTerms, Orders } from '../../shared/orders/types';
import type { Phase, RoomSettings, SeatKind } from '../../shared/protocol';
import { ROLES, type Role } from '../../shared/roles';
import type { WireCompany } from '../../shared/wire/tables';

// The client's picture of a match: a plain, typed copy of the room state the server sends
// (server/schema), in the engine's own types (shared/wire/tables.ts decodes them), with JSON
// fields decoded (reports, news parameters, pending orders, standings). Scenes read only this;
// client/state/mirror.ts keeps it up to date from Colyseus's field-level changes.

export interface SeatView {
  role: Role;
  kind: SeatKind;
  /** A persona id (shared/protocol PersonaId), kept as the server sent it. */
  persona: string;
  name: string;
  claimed: boolean;
  connected: boolean;
  ready: boolean;
  submitted: boolean;
  autopilot: boolean;
  reconnectDeadline: number;
}

/** A company as every client sees it: the engine's CompanyState without the seat's private fields (cloud.askPrice is 0), with its history rows. */
export type CompanyView = WireCompany & { history: CompanyHistoryRow[] };

export type ContractView = Contract;

/** A deal proposal with its terms flattened, as the decision panel lists it. */
export type ProposalView = Omit<DealProposal, 'terms'> & DealTerms;

export type ActiveEventView = ActiveEvent;

export type GlobalView = GlobalState;

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
  /** The seat's own engine view, rebuilt from the public and private state, for validation and previews. */
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
  /** Why the server cannot save the match right now ('' when it can); the match is paused meanwhile. */
  storageProblem: string;
  /** What the client could not read from the server ('' when it read everything): a report frame (the reports stop before it) or a compressed state patch. */
  wireProblem: string;
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

/** Roles that run a company in this match, in seat order. */
export function activeRoles(s: MatchSnapshot): Role[] {
  return ROLES.filter((r) => s.seats[r].kind !== 'absent' && s.companies[r]?.active !== false);
}

export function lastReport(s: MatchSnapshot): QuarterReport | null {
  return s.reports.at(-1) ?? null;
}
