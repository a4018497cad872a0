import type { MatchState, QuarterReport } from '../../shared/engine/types';
import { parseRecordText, replayRecord, RECORD_ERROR_TITLES, type MatchRecord, type RecordError } from '../../shared/replay';
import type { Role } from '../../shared/roles';
import type { MatchSnapshot } from '../state/model';
import { snapshotOf } from './snapshot';

// The replay being watched: the record, every state re-run in this browser (index = quarters
// resolved), whether every hash matched, and where the viewer is on the timeline. Lives outside
// the scenes so a resize or a language switch keeps the place and the playback.

export type ReplayTab = 'orders' | 'markets' | 'charts' | 'company';
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

export interface Loaded {
  /** Server record id (null for a record opened without the server). */
  id: string | null;
  record: MatchRecord;
  states: MatchState[];
  /** The report of each quarter replayed (reports[i] took states[i] to states[i + 1]). */
  reports: QuarterReport[];
  /** Every quarter re-ran with the recorded hash. */
  verified: boolean;
  /** Why not, when it did not. */
  problem: string | null;
}

type Listener = () => void;

class ReplayStore {
  loaded: Loaded | null = null;
  position = 0;
  playing = false;
  speed: Speed = 1;
  tab: ReplayTab = 'orders';
  company: Role | null = null;
  private snaps = new Map<number, MatchSnapshot>();
  private listeners = new Set<Listener>();

  on(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }

  /** Reads and re-runs a record; returns the reading error when the file is unusable. */
  load(id: string | null, text: string): RecordError | null {
    const read = parseRecordText(text);
    if (!read.ok) return read.error;
    const r = replayRecord(read.record);
    if (r.states.length === 0) return r.failure ?? { kind: 'corrupt', message: 'nothing could be replayed', details: [] };
    this.loaded = {
      id,
      record: read.record,
      states: r.states,
      reports: r.reports,
      verified: r.ok,
      problem: r.ok ? null : `${RECORD_ERROR_TITLES[r.failure!.kind]}: ${r.failure!.message}`,
    };
    this.snaps.clear();
    this.position = 0;
    this.playing = false;
    this.company = read.record.settings.activeSeats[0] ?? null;
    this.emit();
    return null;
  }

  unload(): void {
    this.loaded = null;
    this.snaps.clear();
    this.playing = false;
  }

  /** Last position on the timeline (quarters that re-ran). */
  get last(): number {
    return this.loaded ? this.loaded.states.length - 1 : 0;
  }

  state(p = this.position): MatchState | null {
    return this.loaded?.states[p] ?? null;
  }

  snapshot(p = this.position): MatchSnapshot | null {
    if (!this.loaded) return null;
    let s = this.snaps.get(p);
    if (!s) {
      s = snapshotOf(this.loaded.record, this.loaded.states[p], this.loaded.reports.slice(0, p), this.loaded.id);
      this.snaps.set(p, s);
    }
    return s;
  }

  /** The snapshot after every quarter that re-ran (whole-match charts). */
  finalSnapshot(): MatchSnapshot | null {
    return this.snapshot(this.last);
  }

  setPosition(p: number): void {
    const next = Math.max(0, Math.min(this.last, Math.round(p)));
    if (next === this.position) return;
    this.position = next;
    if (next >= this.last) this.playing = false;
    this.emit();
  }

  step(d: number): void {
    this.setPosition(this.position + d);
  }

  setPlaying(on: boolean): void {
    if (on && this.position >= this.last) this.position = 0;
    if (this.playing === on) return this.emit();
    this.playing = on;
    this.emit();
  }

  setSpeed(s: Speed): void {
    this.speed = s;
    this.emit();
  }

  setTab(t: ReplayTab): void {
    this.tab = t;
    this.emit();
  }

  setCompany(r: Role): void {
    this.company = r;
    this.emit();
  }
}

export const replay = new ReplayStore();

/** Milliseconds a quarter stays on screen while playing. */
export function quarterMs(speed: Speed): number {
  return 2400 / speed;
}
