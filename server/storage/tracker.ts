import { randomBytes } from 'node:crypto';
import { matchMaker, type Room } from '@colyseus/core';
import { createMatch } from '../../shared/engine';
import {
  appendQuarter,
  dealActionsOf,
  recordFromLog,
  replayQuarter,
  replayToQuarter,
  sealRecord,
  startRecord,
  withMeta,
  withSeats,
  withStatus,
  type RecordStatus,
  type UnsealedRecord,
} from '../../shared/replay';
import type { Match } from '../room/match';
import { SaveFailedError, type MatchPersistence, type PendingInput } from '../room/persistence';
import { countSaveFailure } from '../metrics';
import { liveRoom, recordSeats } from './convert';
import { explainStorageError, publicStorageReason } from './problems';
import type { RecordStore } from './types';

// Keeps the record of every match this server runs and writes it as it grows: the header when the
// match starts, each input of the quarter being planned before it is acknowledged, one row per
// resolved quarter, and the whole record, sealed once, at the end. A save that fails pauses the
// match with the reason (players and host see it, /health says `degraded`) and is retried until it
// works; nothing the players did is dropped meanwhile. A room disposed because everyone left marks
// its match abandoned; a room disposed because the server shuts down stays "playing", to be restored.

interface Entry {
  id: string;
  /** The whole record so far (header and every resolved quarter), in memory. */
  record: UnsealedRecord;
  /** Written to the store: its header row exists, and this many quarters are stored. */
  started: boolean;
  storedQuarters: number;
  /** The live room as last written (JSON), to write it again only when it changed. */
  storedRoom?: string;
  done: boolean;
  /** A restored room stays up while it waits for its players; it auto-disposes again once the match moves on (unless kept open). */
  restored?: { room: Room; quarters: number };
}

export interface StorageHealth {
  status: 'ok' | 'degraded';
  /** Matches (paused until they are saved) and class sessions whose last save failed. */
  failing: number;
  /** The last failure, when degraded. */
  problem?: string;
}

export const DEFAULT_RETRY_MS = 5000;

export function newRecordId(): string {
  return randomBytes(9).toString('base64url');
}

export class MatchTracker implements MatchPersistence {
  private readonly entries = new WeakMap<Match, Entry>();
  private readonly failing = new Map<Match, string>();
  /** Class sessions whose last save failed, with how to try again. */
  private readonly failingClasses = new Map<string, { problem: string; retry: () => void }>();
  private retryTimer: ReturnType<typeof setInterval> | null = null;
  private suspended = false;

  constructor(
    private readonly store: RecordStore,
    private readonly now: () => number = Date.now,
    private readonly retryMs: number = DEFAULT_RETRY_MS,
  ) {}

  /** Follow a match that did not start fresh (restored: already stored; forked: not yet) with the record it continues. */
  register(match: Match, id: string, record: UnsealedRecord, restoredRoom?: Room): void {
    const entry: Entry = { id, record, started: restoredRoom !== undefined, storedQuarters: record.quarters.length, done: false };
    if (restoredRoom) entry.restored = { room: restoredRoom, quarters: record.quarters.length };
    this.entries.set(match, entry);
  }

  /** Follow a match reopened in its debrief (its record is complete and sealed): nothing more to write. */
  registerEnded(match: Match, id: string, record: UnsealedRecord): void {
    this.entries.set(match, { id, record, started: true, storedQuarters: record.quarters.length, done: true });
  }

  /** A restored room someone else keeps open (a class group): it must not auto-dispose once its match moves on. */
  keepOpen(match: Match): void {
    const entry = this.entries.get(match);
    if (entry) delete entry.restored;
  }

  idOf(match: Match): string | null {
    return this.entries.get(match)?.id ?? null;
  }

  health(): StorageHealth {
    const failing = this.failing.size + this.failingClasses.size;
    if (failing === 0) return { status: 'ok', failing: 0 };
    const problems = [...this.failing.values(), ...[...this.failingClasses.values()].map((c) => c.problem)];
    return { status: 'degraded', failing, problem: problems.at(-1) };
  }

  /** A class session could not be saved (its matches are saved on their own): reported and retried like a match. */
  classSaveFailed(classId: string, err: unknown, retry: () => void): void {
    const problem = publicStorageReason(err);
    if (!this.failingClasses.has(classId)) console.error(`[storage] class ${classId} cannot be saved, retrying: ${explainStorageError(err, this.store.location)}`);
    this.failingClasses.set(classId, { problem, retry });
    this.startRetrying();
  }

  classSaved(classId: string): void {
    if (this.failingClasses.delete(classId)) console.log(`[storage] class ${classId} is saved again`);
    this.stopRetryingIfClear();
  }

  /** Server shutting down: rooms being disposed now are to be restored, not abandoned. */
  suspend(): void {
    this.suspended = true;
    if (this.retryTimer) clearInterval(this.retryTimer);
    this.retryTimer = null;
  }

  save(match: Match): void {
    try {
      const entry = this.entryFor(match);
      this.catchUp(entry, match);
      let status: RecordStatus = match.phase === 'debrief' ? (match.state.finished ? 'finished' : 'ended') : 'playing';
      // Ended before a single quarter resolved: nothing to replay, keep it out of the finished list.
      if (status === 'ended' && entry.record.quarters.length === 0) status = 'abandoned';
      const wrote = this.write(entry, match, status);
      // Retrying with nothing left to write (a refused input failed): a real write tells whether saving works again.
      if (!wrote && this.failing.has(match)) this.store.probe();
      if (entry.restored && match.log.quarters.length > entry.restored.quarters) {
        entry.restored.room.autoDispose = true;
        delete entry.restored;
      }
      this.recovered(match);
    } catch (err) {
      this.failed(match, err);
    }
  }

  input(match: Match, input: PendingInput): void {
    const refuse = (problem: string) =>
      new SaveFailedError(`this could not be saved (the server's ${problem.replace(/^its /, '')}), so it was not accepted; the match is paused until saving works again`);
    const known = this.failing.get(match);
    if (known) throw refuse(known);
    const entry = this.entries.get(match);
    // Not started yet (lobby): nothing is restorable before the start, which writes the inputs it has.
    if (!entry || !entry.started || entry.done) return;
    try {
      this.store.addPending(entry.id, match.state.quarter, input);
    } catch (err) {
      throw refuse(this.failed(match, err));
    }
  }

  disposed(match: Match): void {
    this.failing.delete(match);
    this.stopRetryingIfClear();
    try {
      const entry = this.entries.get(match);
      if (!entry || entry.done || match.phase === 'debrief') return;
      if (this.suspended || matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN) return;
      this.catchUp(entry, match);
      this.write(entry, match, 'abandoned', 'every player left before the end');
    } catch (err) {
      console.error(`[storage] could not mark match ${match.code} abandoned: ${explainStorageError(err, this.store.location)}`);
      countSaveFailure();
    }
  }

  /** Tries the failed saves again (also run by a timer while any is failing). */
  retry(): void {
    for (const match of [...this.failing.keys()]) this.save(match);
    for (const c of [...this.failingClasses.values()]) c.retry();
  }

  private startRetrying(): void {
    if (!this.retryTimer && !this.suspended) {
      this.retryTimer = setInterval(() => this.retry(), this.retryMs);
      this.retryTimer.unref();
    }
  }

  private stopRetryingIfClear(): void {
    if (this.failing.size === 0 && this.failingClasses.size === 0 && this.retryTimer) {
      clearInterval(this.retryTimer);
      this.retryTimer = null;
    }
  }

  /** Records the failure (the log gets the full explanation); returns what players may be told. */
  private failed(match: Match, err: unknown): string {
    const problem = publicStorageReason(err);
    countSaveFailure();
    const first = !this.failing.has(match);
    this.failing.set(match, problem);
    if (first) console.error(`[storage] match ${match.code} cannot be saved, paused until it can: ${explainStorageError(err, this.store.location)}`);
    match.saveFailed(`the server cannot save this match: ${problem}`);
    this.startRetrying();
    return problem;
  }

  private recovered(match: Match): void {
    if (!this.failing.delete(match)) return;
    console.log(`[storage] match ${match.code} is saved again; it goes on`);
    match.saveRecovered();
    this.stopRetryingIfClear();
  }

  private entryFor(match: Match): Entry {
    const known = this.entries.get(match);
    if (known) return known;
    const state = match.state;
    const meta = { source: 'server' as const, createdAt: new Date(this.now()).toISOString() };
    let record: UnsealedRecord;
    if (match.log.quarters.length === 0 && state.quarter === 0) {
      record = startRecord(state, recordSeats(match), meta);
    } else {
      // A room created from a state by other server code: rebuild the record from its log.
      const initial = createMatch(state.scenario, state.settings, state.seed);
      record = recordFromLog(initial, match.log.quarters, { seats: recordSeats(match), meta });
    }
    const id = newRecordId();
    const entry: Entry = { id, record: withMeta(record, { matchId: id }), started: false, storedQuarters: record.quarters.length, done: false };
    this.entries.set(match, entry);
    return entry;
  }

  /** Appends to the in-memory record the quarters resolved since the last save. */
  private catchUp(entry: Entry, match: Match): void {
    const log = match.log.quarters;
    const from = entry.record.quarters.length;
    for (const [k, logged] of log.slice(from).entries()) {
      const i = from + k;
      if (i === log.length - 1 && match.state.quarter === log.length) {
        // The engine's own hash of this state is in the log: not computed again.
        entry.record = appendQuarter(entry.record, logged, match.state);
      } else {
        const before = replayToQuarter(sealRecord(entry.record), i);
        const step = replayQuarter(before, { ...logged, dealActions: dealActionsOf(logged.actions), hash: '', check: { parts: {}, values: {} } });
        if (!step.ok) throw new Error(`quarter ${i} of the log does not replay: ${step.failure.message}`);
        entry.record = appendQuarter(entry.record, logged, step.state);
      }
    }
  }

  /** Writes what the store does not have yet: the header, the quarters since, or the whole sealed record at the end. */
  private write(entry: Entry, match: Match, status: RecordStatus, note: string | null = null): boolean {
    if (entry.done) return false;
    let wrote = false;
    const now = this.now();
    entry.record = withStatus(withSeats(entry.record, recordSeats(match)), status, { updatedAt: new Date(now).toISOString() });
    const live = liveRoom(match);
    if (!entry.started) {
      const pending: PendingInput[] = [
        ...match.hostEvents.map((event): PendingInput => ({ kind: 'hostEvent', event })),
        ...match.log.pendingActions.map((action): PendingInput => ({ kind: 'action', action })),
      ];
      const header = { ...entry.record, status: 'playing' as const, quarters: entry.record.quarters.slice(0, entry.storedQuarters) };
      this.store.startMatch(entry.id, header, live, status === 'playing' ? pending : [], now);
      entry.started = true;
      entry.storedRoom = JSON.stringify(live);
      wrote = true;
    }
    if (status !== 'playing') {
      // Sealed once: the checksum covers the whole record, computed when nothing will change.
      const sealed = sealRecord(entry.record);
      this.store.finishMatch(entry.id, sealed, JSON.stringify(sealed), now, note);
      entry.done = true;
      entry.storedQuarters = entry.record.quarters.length;
      return true;
    }
    const progress = { seats: entry.record.seats, standings: entry.record.standings };
    const room = JSON.stringify(live);
    for (const quarter of entry.record.quarters.slice(entry.storedQuarters)) {
      this.store.appendQuarter(entry.id, quarter, progress, live, now);
      entry.storedQuarters++;
      entry.storedRoom = room;
      wrote = true;
    }
    if (entry.storedRoom !== room) {
      this.store.updateRoom(entry.id, live, now);
      entry.storedRoom = room;
      wrote = true;
    }
    return wrote;
  }
}
