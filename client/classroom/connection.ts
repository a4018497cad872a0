import { Client, type Room } from '@colyseus/sdk';
import {
  CLASS_C2S,
  CLASS_ROOM_NAME,
  CLASS_S2C,
  type ClassCommandResult,
  type ClassCreateOptions,
  type ClassSchedulePayload,
  type ClassScheduleResult,
  type ClassSessionPayload,
  type ProjectorMode,
} from '../../shared/classroom/protocol';
import type { GroupSummary } from '../../shared/classroom/summary';
import type { HostCommand } from '../../shared/protocol';
import { serverEndpoint } from '../net/session';
import { forgetConsole, rememberClass, saveConsole, savedTeacherKey, saveTeacherKey } from './storage';

// The teacher's (or a projector's) connection to a class room: create or rejoin, the class state
// as plain data after every patch, commands with their per-group answers, and coming back by
// itself (rejoin with the secret) when the connection drops.

export interface ClassSeat {
  role: string;
  kind: string;
  persona: string;
  name: string;
  claimed: boolean;
  connected: boolean;
  submitted: boolean;
  ready: boolean;
  autopilot: boolean;
  bankrupt: boolean;
}

/** A student without a seat asking the teacher for one (their own back, or a bot's). */
export interface ClassSeatRequest {
  id: string;
  name: string;
  /** The seat asked for; '' = any seat the teacher picks. */
  role: string;
  at: number;
}

export interface ClassGroupView {
  index: number;
  code: string;
  phase: string;
  quarter: number;
  finished: boolean;
  paused: boolean;
  /** Results: this group's results time is over; it waits for the class (the teacher's Next quarter). */
  waiting: boolean;
  timerDeadline: number;
  timerRemainingMs: number;
  clients: number;
  spectators: number;
  queuedEvents: number;
  stateHash: string;
  seats: ClassSeat[];
  requests: ClassSeatRequest[];
  summary: GroupSummary | null;
}

/** An event the teacher scheduled for a quarter (injected into every group when the class opens it). */
export interface ClassScheduledEvent {
  id: string;
  /** 0-based quarter. */
  quarter: number;
  eventId: string;
  /** '' = global. */
  target: string;
  /** Groups it was queued in so far. */
  queuedGroups: number;
  /** Why some group could not take it ('' = none). */
  problem: string;
}

export interface ClassLogEntry {
  at: number;
  group: number;
  command: string;
  detail: string;
  accepted: number;
  refused: number;
}

export interface ClassView {
  id: string;
  title: string;
  createdAt: number;
  scenario: string;
  seed: string;
  quarters: number;
  planningSeconds: number;
  resultsSeconds: number;
  autopilot: boolean;
  /** The class's quarter (0-based): no group plans beyond it; "Next quarter" moves every group on together. */
  pace: number;
  /** Off: events happen only when the teacher injects or schedules them. */
  randomEvents: boolean;
  /** Students appear as "Group 2 · Seat 3", never by the name they typed. */
  anonymousNames: boolean;
  schedule: ClassScheduledEvent[];
  hostConnected: boolean;
  projectors: number;
  projectorMode: ProjectorMode;
  projectorGroup: number;
  groups: ClassGroupView[];
  log: ClassLogEntry[];
}

/** The class room state as plain JSON (`toJSON()`); every field is checked as it is read. */
type Json = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

function toView(raw: Json): ClassView {
  const summaries = new Map<string, GroupSummary | null>();
  const parse = (s: string): GroupSummary | null => {
    if (!s) return null;
    if (!summaries.has(s)) {
      try {
        summaries.set(s, JSON.parse(s) as GroupSummary);
      } catch {
        summaries.set(s, null);
      }
    }
    return summaries.get(s)!;
  };
  return {
    id: str(raw.id),
    title: str(raw.title),
    createdAt: num(raw.createdAt),
    scenario: str(raw.scenario),
    seed: str(raw.seed),
    quarters: num(raw.quarters),
    planningSeconds: num(raw.planningSeconds),
    resultsSeconds: num(raw.resultsSeconds),
    autopilot: !!raw.autopilot,
    pace: num(raw.pace),
    randomEvents: raw.randomEvents !== false,
    anonymousNames: !!raw.anonymousNames,
    schedule: list<ClassScheduledEvent>(raw.schedule),
    hostConnected: !!raw.hostConnected,
    projectors: num(raw.projectors),
    projectorMode: raw.projectorMode === 'group' ? 'group' : 'all',
    projectorGroup: num(raw.projectorGroup),
    groups: list<Json>(raw.groups).map((g) => ({ ...(g as unknown as ClassGroupView), waiting: !!g.waiting, seats: list<ClassSeat>(g.seats), requests: list<ClassSeatRequest>(g.requests), summary: parse(str(g.summary)) })),
    log: list<ClassLogEntry>(raw.log),
  };
}

export type ClassConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'lost';

export class ClassConnection {
  room: Room | null = null;
  info: ClassSessionPayload | null = null;
  view: ClassView | null = null;
  state: ClassConnectionState = 'connecting';
  private listeners = new Set<() => void>();
  private closed = false;
  private rejoinTimer: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;
  private client = new Client(serverEndpoint());

  private constructor(private credentials: { classId?: string; hostSecret?: string; viewKey?: string }) {}

  /** Creates a class (the creator is its host) and remembers it in this tab and browser. */
  static async create(options: ClassCreateOptions): Promise<ClassConnection> {
    const c = new ClassConnection({});
    // The new class joins this teacher's archive on the server.
    const teacherKey = options.teacherKey ?? savedTeacherKey();
    const room = await c.client.create(CLASS_ROOM_NAME, { ...options, ...(teacherKey ? { teacherKey } : {}) });
    await c.attach(room);
    return c;
  }

  static async join(classId: string, secret: { hostSecret: string } | { viewKey: string }): Promise<ClassConnection> {
    const c = new ClassConnection({ classId, ...secret });
    const room = await c.client.joinById(classId, secret);
    await c.attach(room);
    return c;
  }

  on(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }

  get isHost(): boolean {
    return !!this.info?.isHost;
  }

  private attach(room: Room): Promise<void> {
    this.room = room;
    this.attempts = 0;
    room.reconnection.maxRetries = 12;
    room.reconnection.minUptime = 0;
    const first = new Promise<void>((resolve) => {
      room.onMessage(CLASS_S2C.session, (p: ClassSessionPayload) => {
        this.info = p;
        if (p.hostSecret) {
          this.credentials = { classId: p.classId, hostSecret: p.hostSecret };
          saveConsole({ classId: p.classId, hostSecret: p.hostSecret, viewKey: p.viewKey ?? '' });
          rememberClass({ classId: p.classId, title: p.title, hostSecret: p.hostSecret, viewKey: p.viewKey ?? '', createdAt: Date.now() });
        }
        // The first class's host secret is the teacher key: the next classes are created with it and share it (the server's archive).
        if (p.hostSecret && !savedTeacherKey()) saveTeacherKey(p.hostSecret);
        resolve();
        this.emit();
      });
    });
    room.onMessage('*', () => undefined);
    room.onStateChange(() => {
      const json = (room.state as { toJSON?: () => Json }).toJSON?.();
      if (json) this.view = toView(json);
      this.emit();
    });
    room.onDrop(() => {
      this.state = 'reconnecting';
      this.emit();
    });
    room.onReconnect(() => {
      this.state = 'connected';
      this.emit();
    });
    room.onLeave(() => {
      if (this.closed || this.room !== room) return;
      this.state = 'reconnecting';
      this.emit();
      this.scheduleRejoin();
    });
    this.state = 'connected';
    return first;
  }

  private scheduleRejoin(): void {
    if (this.rejoinTimer || this.closed) return;
    const { classId, hostSecret, viewKey } = this.credentials;
    if (!classId || !(hostSecret || viewKey)) {
      this.state = 'lost';
      this.emit();
      return;
    }
    const delay = Math.min(8000, 500 * 2 ** this.attempts);
    // The timer cannot await: the attempt reports its own failure.
    this.rejoinTimer = setTimeout(() => void (async () => {
      this.rejoinTimer = null;
      this.attempts += 1;
      try {
        const room = await this.client.joinById(classId, hostSecret ? { hostSecret } : { viewKey: viewKey! });
        await this.attach(room);
        this.emit();
      } catch {
        if (this.attempts >= 8) {
          this.state = 'lost';
          this.emit();
        } else {
          this.scheduleRejoin();
        }
      }
    })(), delay);
  }

  async command(command: HostCommand, group?: number): Promise<ClassCommandResult> {
    if (!this.room) return { ok: false, error: { code: 'SERVER_ERROR', message: 'not connected to the class' }, results: [] };
    try {
      return (await this.room.request(CLASS_C2S.command, group === undefined ? { command } : { group, command }, { timeout: 15_000 })) as ClassCommandResult;
    } catch (err) {
      return { ok: false, error: { code: 'SERVER_ERROR', message: err instanceof Error ? err.message : String(err) }, results: [] };
    }
  }

  async projector(mode: ProjectorMode, group?: number): Promise<ClassCommandResult> {
    if (!this.room) return { ok: false, error: { code: 'SERVER_ERROR', message: 'not connected to the class' }, results: [] };
    try {
      return (await this.room.request(CLASS_C2S.projector, group === undefined ? { mode } : { mode, group }, { timeout: 15_000 })) as ClassCommandResult;
    } catch (err) {
      return { ok: false, error: { code: 'SERVER_ERROR', message: err instanceof Error ? err.message : String(err) }, results: [] };
    }
  }

  /** Schedules an event for a quarter of every group, or takes a scheduled one back. */
  async schedule(payload: ClassSchedulePayload): Promise<ClassScheduleResult> {
    if (!this.room) return { ok: false, error: { code: 'SERVER_ERROR', message: 'not connected to the class' } };
    try {
      return (await this.room.request(CLASS_C2S.schedule, payload, { timeout: 15_000 })) as ClassScheduleResult;
    } catch (err) {
      return { ok: false, error: { code: 'SERVER_ERROR', message: err instanceof Error ? err.message : String(err) } };
    }
  }

  /** Leaves the class room (the class goes on without the console); `forget` drops it from this tab. */
  async leave(forget = false): Promise<void> {
    this.closed = true;
    if (this.rejoinTimer) clearTimeout(this.rejoinTimer);
    if (forget) forgetConsole();
    const room = this.room;
    this.room = null;
    this.listeners.clear();
    if (room) {
      try {
        await room.leave(true);
      } catch {
        /* already closed */
      }
    }
  }
}

/** The live connection of this tab (kept across scene changes: console ↔ debrief). */
let current: ClassConnection | null = null;

export function currentClass(): ClassConnection | null {
  return current;
}

export function setCurrentClass(c: ClassConnection | null): void {
  if (current && current !== c) void current.leave();
  current = c;
}
