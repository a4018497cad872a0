import { randomBytes } from 'node:crypto';
import { matchMaker } from '@colyseus/core';
import { createMatch } from '../../shared/engine';
import {
  appendQuarter,
  dealActionsOf,
  recordFromLog,
  replayQuarter,
  replayToQuarter,
  sealRecord,
  serializeRecord,
  startRecord,
  withMeta,
  withSeats,
  withStatus,
  type RecordStatus,
  type UnsealedRecord,
} from '../../shared/replay';
import type { Room } from '@colyseus/core';
import type { Match } from '../room/match';
import type { MatchPersistence } from '../room/persistence';
import { countSaveFailure } from '../metrics';
import { liveRoom, recordSeats } from './convert';
import type { RecordStore } from './store';

// Keeps the record of every match this server runs and writes it after every quarter and at the
// end (one SQLite transaction each). A room disposed because everyone left marks its match
// abandoned; a room disposed because the server shuts down stays "playing", to be restored.

interface Entry {
  id: string;
  record: UnsealedRecord;
  createdAt: number;
  /** A restored room stays up while it waits for its players; it auto-disposes again once the match moves on. */
  restored?: { room: Room; quarters: number };
}

export function newRecordId(): string {
  return randomBytes(9).toString('base64url');
}

export class MatchTracker implements MatchPersistence {
  private readonly entries = new WeakMap<Match, Entry>();
  private suspended = false;

  constructor(
    private readonly store: RecordStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** Follow a match that did not start fresh (restored, forked) with the record it continues. */
  register(match: Match, id: string, record: UnsealedRecord, restoredRoom?: Room): void {
    const entry: Entry = { id, record, createdAt: this.now() };
    if (restoredRoom) entry.restored = { room: restoredRoom, quarters: record.quarters.length };
    this.entries.set(match, entry);
  }

  idOf(match: Match): string | null {
    return this.entries.get(match)?.id ?? null;
  }

  /** Server shutting down: rooms being disposed now are to be restored, not abandoned. */
  suspend(): void {
    this.suspended = true;
  }

  save(match: Match): void {
    try {
      const entry = this.entryFor(match);
      if (!entry) return;
      this.catchUp(entry, match);
      let status: RecordStatus = match.phase === 'debrief' ? (match.state.finished ? 'finished' : 'ended') : 'playing';
      // Ended before a single quarter resolved: nothing to replay, keep it out of the finished list.
      if (status === 'ended' && entry.record.quarters.length === 0) status = 'abandoned';
      this.write(entry, match, status);
      if (entry.restored && match.log.quarters.length > entry.restored.quarters) {
        entry.restored.room.autoDispose = true;
        delete entry.restored;
      }
    } catch (err) {
      console.error(`[storage] could not save match ${match.code}:`, err);
      countSaveFailure();
    }
  }

  disposed(match: Match): void {
    try {
      const entry = this.entries.get(match);
      if (!entry || match.phase === 'debrief') return;
      if (this.suspended || matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN) return;
      this.write(entry, match, 'abandoned', 'every player left before the end');
    } catch (err) {
      console.error(`[storage] could not mark match ${match.code} abandoned:`, err);
      countSaveFailure();
    }
  }

  private entryFor(match: Match): Entry | null {
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
    const entry: Entry = { id, record: withMeta(record, { matchId: id }), createdAt: this.now() };
    this.entries.set(match, entry);
    return entry;
  }

  /** Appends the quarters resolved since the last save. */
  private catchUp(entry: Entry, match: Match): void {
    const log = match.log.quarters;
    for (let i = entry.record.quarters.length; i < log.length; i++) {
      if (i === log.length - 1 && match.state.quarter === log.length) {
        entry.record = appendQuarter(entry.record, log[i], match.state);
      } else {
        const before = replayToQuarter(sealRecord(entry.record), i);
        const step = replayQuarter(before, { ...log[i], dealActions: dealActionsOf(log[i].actions), hash: '', check: { parts: {}, values: {} } });
        if (!step.ok) throw new Error(`quarter ${i} of the log does not replay: ${step.failure.message}`);
        entry.record = appendQuarter(entry.record, log[i], step.state);
      }
    }
  }

  private write(entry: Entry, match: Match, status: RecordStatus, note: string | null = null): void {
    const now = this.now();
    entry.record = withStatus(withSeats(entry.record, recordSeats(match)), status, { updatedAt: new Date(now).toISOString() });
    const sealed = sealRecord(entry.record);
    const text = serializeRecord(sealed);
    this.store.saveMatch(entry.id, sealed, text, status === 'playing' ? liveRoom(match) : null, now, note);
  }
}
