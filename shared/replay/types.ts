import type { Role } from '../roles';
import type { DealTerms, Orders, Party } from '../orders/types';
import type { HostEvent, MatchSettings, Scenario, Standing } from '../engine/types';

// The match record (docs/REPLAY.md): everything needed to rebuild a match bit for bit with the
// engine alone — the scenario itself, settings, seed, and every quarter's accepted inputs — plus
// the state hash after each quarter, so a replay can prove it reproduced the match.

export const RECORD_FORMAT = 'compute-race-match';
export const RECORD_FORMAT_VERSION = 1;

export type SeatKind = 'human' | 'bot' | 'absent';
/** Where a seat's orders for a quarter came from. */
export type OrderSource = 'submitted' | 'bot' | 'autopilot' | 'default';
/** playing: not over yet (a snapshot); finished: all quarters played; ended: the host ended it early; abandoned: everyone left. */
export type RecordStatus = 'playing' | 'finished' | 'ended' | 'abandoned';
export type ResolveTrigger = 'allSubmitted' | 'timer' | 'host';

/**
 * Who decided a seat's orders for a quarter: the student who submitted them (their name as the
 * seat showed it), the seat's bot playing for an away or missing student (autopilot), a bot seat,
 * the host (the quarter was resolved on the host's command and the seat got the GAME.md §7
 * defaults), or those defaults when the timer ran out. Metadata only: replays never read it.
 */
export type DecidedKind = 'student' | 'autopilot' | 'bot' | 'host' | 'defaults';
export interface DecidedBy {
  kind: DecidedKind;
  /** The student's name (kind 'student' only). */
  name?: string;
}

export interface RecordSeat {
  role: Role;
  kind: SeatKind;
  /** Bot persona (also the autopilot's). */
  persona: string;
  /** Display name of the person who held the seat; '' for bots and unclaimed seats. */
  name: string;
}

/** A planning-phase action that changes the engine state before resolution (deals signed mid-quarter). */
export type DealAction =
  | { type: 'proposeDeal'; seat: Role; to: Party; terms: DealTerms }
  | { type: 'respondDeal'; seat: Role; proposalId: string; accept: boolean };

/** Figures and per-part hashes of the state after a quarter: name what differs when a replay diverges. */
export interface StateCheck {
  /** Hash of each top-level part of the state (companies one by one). */
  parts: Record<string, string>;
  /** A few headline figures, for a human-readable diff. */
  values: Record<string, number>;
}

export interface QuarterRecord {
  /** 0-based quarter index. */
  quarter: number;
  /** Deal actions accepted during planning, in the order applied. */
  dealActions: DealAction[];
  /** Events the host injected, applied at this quarter's resolution. */
  hostEvents: HostEvent[];
  /** The orders every playing seat resolved with (submitted, bot, autopilot or default). */
  orders: Partial<Record<Role, Orders>>;
  sources?: Partial<Record<Role, OrderSource>>;
  /** Who decided each seat's orders (metadata; absent in records written before it was kept). */
  decidedBy?: Partial<Record<Role, DecidedBy>>;
  trigger?: ResolveTrigger;
  /** stateHash after the quarter resolved. */
  hash: string;
  check: StateCheck;
}

export interface RecordMeta {
  /** Where the record was written: a match server, the sim CLI, a golden-record script, a test. */
  source: 'server' | 'sim' | 'golden' | 'test';
  /** Server match id (not the join code, which is reused). */
  matchId?: string;
  /** ISO 8601 times, informational. */
  createdAt?: string;
  updatedAt?: string;
  /** This match was forked from another record at `quarter` (quarters before it are copied). */
  forkedFrom?: { matchId?: string; checksum?: string; quarter: number };
  /** Free text (e.g. class name, sim parameters). */
  note?: string;
}

export interface MatchRecord {
  format: typeof RECORD_FORMAT;
  formatVersion: typeof RECORD_FORMAT_VERSION;
  engineVersion: string;
  scenarioId: string;
  scenarioHash: string;
  /** The scenario itself, so a record plays without the server's files. */
  scenario: Scenario;
  settings: MatchSettings;
  seed: string;
  seats: RecordSeat[];
  status: RecordStatus;
  /** Hash of the state before quarter 0 (proves the start was rebuilt identically). */
  startHash: string;
  quarters: QuarterRecord[];
  /** Ranking after the last recorded quarter. */
  standings: Standing[];
  meta: RecordMeta;
  /** stableHash of every other field: detects a file edited by hand. */
  checksum: string;
}

/** Where a stored record came from: a match played on the server, or a file someone uploaded. */
export type RecordOrigin = 'match' | 'upload';

/** One row of the records list (GET /api/records, docs/REPLAY.md §5): a record's summary, not its content. */
export interface RecordListItem {
  id: string;
  origin: RecordOrigin;
  status: RecordStatus;
  scenarioId: string;
  seed: string;
  engineVersion: string;
  quartersPlayed: number;
  quartersTotal: number;
  seats: { role: Role; kind: string; name: string; persona: string }[];
  standings: Standing[];
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  sizeBytes: number;
  forkedFrom: string | null;
  note: string | null;
}

/** A page of the records list. */
export interface RecordListPage {
  items: RecordListItem[];
  page: number;
  pageSize: number;
  total: number;
  pages: number;
}
