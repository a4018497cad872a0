import { computed, signal } from '@preact/signals';
import type { MatchState, QuarterReport } from '../../shared/engine/types';
import { parseRecordText, replayRecord, RECORD_ERROR_TITLES, type MatchRecord, type RecordError } from '../../shared/replay';
import type { Role } from '../../shared/roles';
import type { MatchSnapshot } from '../state/model';
import { snapshotOf } from './snapshot';

// The replay being watched: the record, every state re-run in this browser (index = quarters
// resolved), the hash each quarter gave here, whether all matched the record, and where the viewer
// is on the timeline. Signals outside the views, so a language switch or a resize keeps the place
// and the playback.

export type ReplayTab = 'orders' | 'markets' | 'charts' | 'company' | 'verify';
export const REPLAY_TABS: readonly ReplayTab[] = ['orders', 'markets', 'charts', 'company', 'verify'];
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

export interface Loaded {
  /** Server record id (null for a record opened without the server). */
  id: string | null;
  record: MatchRecord;
  states: MatchState[];
  /** The report of each quarter replayed (reports[i] took states[i] to states[i + 1]). */
  reports: QuarterReport[];
  /** The state hash each re-run quarter gave in this browser (index = quarter). */
  hashes: string[];
  /** Every quarter re-ran with the recorded hash. */
  verified: boolean;
  /** Why not, when it did not. */
  problem: string | null;
}

export const loaded = signal<Loaded | null>(null);
export const position = signal(0);
export const playing = signal(false);
export const speed = signal<Speed>(1);
export const tab = signal<ReplayTab>('orders');
export const company = signal<Role | null>(null);

/** Last position on the timeline (quarters that re-ran). */
export const last = computed(() => (loaded.value ? loaded.value.states.length - 1 : 0));

const snaps = new Map<number, MatchSnapshot>();

/** Reads and re-runs a record; returns the reading error when the file is unusable. */
export function loadRecord(id: string | null, text: string): RecordError | null {
  const read = parseRecordText(text);
  if (!read.ok) return read.error;
  const r = replayRecord(read.record);
  if (r.states.length === 0) return r.failure ?? { kind: 'corrupt', message: 'nothing could be replayed', details: [] };
  snaps.clear();
  loaded.value = {
    id,
    record: read.record,
    states: r.states,
      reports: r.reports,
    hashes: r.reports.map((x) => x.hash),
    verified: r.ok,
    problem: r.ok ? null : `${RECORD_ERROR_TITLES[r.failure!.kind]}: ${r.failure!.message}`,
  };
  position.value = 0;
  playing.value = false;
  company.value = read.record.settings.activeSeats[0] ?? null;
  return null;
}

export function unload(): void {
  loaded.value = null;
  snaps.clear();
  playing.value = false;
}

/** The replayed state at a position seen as the client's MatchSnapshot (cached). */
export function snapshotAt(p: number): MatchSnapshot | null {
  const l = loaded.value;
  if (!l || !l.states[p]) return null;
  let s = snaps.get(p);
  if (!s) {
    s = snapshotOf(l.record, l.states[p], l.reports.slice(0, p), l.id);
    snaps.set(p, s);
  }
  return s;
}

export function setPosition(p: number): void {
  const next = Math.max(0, Math.min(last.value, Math.round(p)));
  if (next >= last.value) playing.value = false;
  position.value = next;
}

export function step(d: number): void {
  setPosition(position.value + d);
}

export function setPlaying(on: boolean): void {
  if (on && position.value >= last.value) position.value = 0;
  playing.value = on;
}

/** Milliseconds a quarter stays on screen while playing. */
export function quarterMs(s: Speed): number {
  return 2400 / s;
}
