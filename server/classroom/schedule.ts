import { MAX_SCHEDULED_EVENTS, type ScheduledEventInput } from '../../shared/classroom/protocol';
import type { ErrorPayload } from '../../shared/protocol';
import type { Role } from '../../shared/roles';
import { hostEventErrors, type HostEvent } from '../room/engine';
import { injectEvent } from '../room/hostCommands';
import type { Match } from '../room/match';

// Events the teacher scheduled for a quarter (at setup or later): each one is injected into every
// group when that group plans its quarter (the class opens it for all groups at once), like the
// teacher's "Inject event…" at that moment.

export interface ScheduledEvent {
  id: string;
  quarter: number;
  eventId: string;
  target?: Role;
  /** Groups (0-based) the event was queued in. */
  queuedIn: number[];
  /** Why a group could not take it (e.g. its target went bankrupt), by group. */
  refusedIn: { group: number; message: string }[];
}

export type ScheduleProblem = { code: ErrorPayload['code']; message: string };

export class ClassSchedule {
  readonly entries: ScheduledEvent[] = [];
  private next = 1;
  /** Bumped on every change (mirrored into the class state when it changed). */
  version = 0;

  constructor(initial: readonly (ScheduledEventInput & { id?: string; queuedIn?: number[] })[] = []) {
    for (const e of initial) {
      const id = e.id ?? `s${this.next}`;
      this.next = Math.max(this.next, Number(id.slice(1)) + 1 || this.next + 1);
      this.entries.push({ id, quarter: e.quarter, eventId: e.eventId, ...(e.target ? { target: e.target } : {}), queuedIn: [...(e.queuedIn ?? [])], refusedIn: [] });
    }
  }

  /** Checks a new entry against the class: the event fits the scenario, the quarter is still ahead. */
  check(e: ScheduledEventInput, quarters: number, pace: number, started: boolean, sample: Match | null): ScheduleProblem | null {
    if (this.entries.length >= MAX_SCHEDULED_EVENTS) return { code: 'RATE_LIMITED', message: `at most ${MAX_SCHEDULED_EVENTS} events can be scheduled in a class; remove one first` };
    if (e.quarter >= quarters) return { code: 'WRONG_QUARTER', message: `quarter: the class plays ${quarters} quarters (1–${quarters}); got ${e.quarter + 1}` };
    if (started && e.quarter < pace) return { code: 'WRONG_QUARTER', message: `quarter: quarter ${e.quarter + 1} has been played; the class is at quarter ${pace + 1}` };
    if (sample) {
      const event: HostEvent = e.target === undefined ? { id: e.eventId } : { id: e.eventId, target: e.target };
      const errors = hostEventErrors(sample.state, [event]);
      if (errors.length) return { code: 'UNKNOWN_EVENT', message: `${errors.map((x) => x.message.replace(/^hostEvents\.0\.?/, '')).join('; ')} (see GET /api/catalogue)` };
    }
    return null;
  }

  add(e: ScheduledEventInput): ScheduledEvent {
    const entry: ScheduledEvent = { id: `s${this.next++}`, quarter: e.quarter, eventId: e.eventId, ...(e.target ? { target: e.target } : {}), queuedIn: [], refusedIn: [] };
    this.entries.push(entry);
    this.version++;
    return entry;
  }

  remove(id: string): ScheduleProblem | null {
    const i = this.entries.findIndex((e) => e.id === id);
    const entry = this.entries[i];
    if (!entry) return { code: 'NO_EFFECT', message: `id: no scheduled event '${id}'` };
    if (entry.queuedIn.length > 0) return { code: 'NO_EFFECT', message: `scheduled event '${id}' is already queued in ${entry.queuedIn.length} group(s); it applies when their quarter resolves` };
    this.entries.splice(i, 1);
    this.version++;
    return null;
  }

  /** Queues, in a group planning its quarter, the events scheduled for that quarter it has not had yet. */
  applyTo(group: number, m: Match): void {
    if (m.phase !== 'planning') return;
    for (const e of this.entries) {
      if (e.quarter !== m.state.quarter || e.queuedIn.includes(group) || e.refusedIn.some((r) => r.group === group)) continue;
      const already = m.hostEvents.some((h) => h.id === e.eventId && h.target === e.target);
      const outcome = already ? null : injectEvent(m, e.eventId, e.target);
      if (outcome && !outcome.ok) e.refusedIn.push({ group, message: outcome.error.message });
      else e.queuedIn.push(group);
      this.version++;
    }
  }
}
