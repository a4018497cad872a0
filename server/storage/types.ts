import type { PersonaId, RoomSettings, SeatKind } from '../../shared/protocol';
import type { Role } from '../../shared/roles';
import type { Standing } from '../../shared/engine/types';
import type { PendingInput } from '../room/persistence';
import type { MatchRecord, QuarterRecord, RecordListItem, RecordOrigin, RecordSeat, UnsealedRecord } from '../../shared/replay';
import type { ClassStore } from '../classroom/store';

// The one storage interface of the server (docs/REPLAY.md §3): match records (a header, one row per
// resolved quarter, the record sealed once at the end), the inputs acknowledged in the quarter
// being planned, the private data of live rooms with a lease per match, uploads, and class
// sessions. SQLite implements it (server/storage/sqlite.ts); a shared database for several server
// processes implements the same calls, which is why ownership is a lease per match and not a
// property of the process.

export type Origin = RecordOrigin;

/** What a live room keeps private for recovery: join code, settings, host secret, seat tokens. */
export interface LiveRoom {
  code: string;
  settings: RoomSettings;
  hostSecret: string;
  seats: { role: Role; kind: SeatKind; persona: PersonaId; name: string; token: string | null }[];
}

export type { PendingInput };

/** What changes with every resolved quarter besides the quarter itself. */
export interface MatchProgress {
  seats: RecordSeat[];
  standings: Standing[];
}

/** A match that was being played when its server stopped, with what is needed to reopen it. */
export interface LiveMatch {
  id: string;
  code: string;
  room: LiveRoom;
  savedAt: number;
  /** The record as stored: header and every resolved quarter, not sealed (null: unreadable, with why). */
  record: UnsealedRecord | null;
  unreadable?: string;
  /** Inputs acknowledged in the quarter after the last resolved one, in order. */
  pending: PendingInput[];
}

export interface ListQuery {
  page: number;
  pageSize: number;
  origin: Origin;
  /** 'done': finished or ended early (default); 'all': also abandoned and still playing. */
  status: 'done' | 'all';
}

export interface RecordStore {
  /** Where the data lives (a file path or a database URL without password), for messages. */
  readonly location: string;

  /** A match starts being recorded: its header (and any quarters it starts with: a fork), its room, its first inputs. */
  startMatch(id: string, record: UnsealedRecord, live: LiveRoom, pending: PendingInput[], now: number): void;
  /** Appends one resolved quarter and forgets the inputs of that quarter, in one transaction. */
  appendQuarter(id: string, quarter: QuarterRecord, progress: MatchProgress, live: LiveRoom, now: number): void;
  /** The live room changed between quarters (a seat's holder kicked or turned into a bot). */
  updateRoom(id: string, live: LiveRoom, now: number): void;
  /** An input of the quarter being planned was accepted: it must survive a crash once this returns. */
  addPending(id: string, quarter: number, input: PendingInput): void;
  /** The match is over (finished, ended, abandoned): the whole record, sealed once, replaces its rows. */
  finishMatch(id: string, record: MatchRecord, text: string, now: number, note?: string | null): void;
  /** A match nobody will finish: keeps its record (viewable) and forgets its room. */
  markAbandoned(id: string, note: string, now: number): void;

  /** This server process, as the owner of the matches it plays (matches it starts are leased to it). */
  readonly owner: string;
  /**
   * Takes over the live matches nobody holds (no owner, or a lease that ran out): each is then
   * owned by this process until `now + leaseMs`. Two servers never get the same match.
   */
  claimLiveMatches(now: number, leaseMs: number): LiveMatch[];
  /** Extends the lease of every match this process holds; returns how many it holds. */
  renewLeases(now: number, leaseMs: number): number;
  /** Gives up this process's matches (graceful shutdown): another server may restore them at once. */
  releaseLeases(): void;

  /** Stores an uploaded record; the same file uploaded twice gets the first one's id. */
  addUpload(id: string, record: MatchRecord, text: string, now: number): { id: string; duplicate: boolean };
  /** A record and its summary; a match still being played is assembled from its rows and sealed on the way out. */
  get(id: string): { item: RecordListItem; text: string } | null;
  list(q: ListQuery): { items: RecordListItem[]; total: number };

  /** A small real write (and its removal): tells whether saving works again after a failure. */
  probe(): void;

  /** Class sessions, next to the records their groups played. */
  readonly classes: ClassStore;

  close(): void;
}
