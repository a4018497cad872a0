import { randomBytes } from 'node:crypto';
import type { ClassCommandResult, ClassCreateOptions, GroupOutcome } from '../../shared/classroom/protocol';
import { groupDataFromState, type ClassData, type GroupData, type GroupSeat, type GroupStatus } from '../../shared/classroom/data';
import { groupSummary } from '../../shared/classroom/summary';
import type { ErrorPayload, HostCommand, RoomSettings, SettingsInput } from '../../shared/protocol';
import { ROLES } from '../../shared/roles';
import { createMatchRoom, findMatchRoom } from '../room/create';
import { hostEventErrors, type HostEvent } from '../room/engine';
import { applyHostCommand } from '../room/hostCommands';
import type { Match } from '../room/match';
import type { MatchRoom } from '../room/MatchRoom';
import { resolveSettings } from '../room/settings';
import { ClassGroupSchema, ClassLogSchema, ClassScheduledEventSchema, ClassSeatRequestSchema, ClassSeatSchema, type ClassStateSchema } from './schema';
import { MAX_SEAT_REQUESTS_PER_CLASS } from '../../shared/classroom/protocol';
import { assignSeatFields } from '../schema/seat';
import { secretHash, secretMatches } from './store';
import { ClassPacing, type PacedGroup } from './pacing';
import { ClassSchedule } from './schedule';
import type { ClassSchedulePayload, ClassScheduleResult, ScheduledEventInput } from '../../shared/classroom/protocol';

// One class session: its groups' match rooms (same scenario, seed and settings), one host secret
// for all of them, and the fan-out of host commands. Every command goes through the match room's
// own applyHostCommand; nothing of a match's logic is repeated here.

export class ClassError extends Error {
  constructor(
    readonly code: ErrorPayload['code'],
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export interface ClassGroup {
  index: number;
  code: string;
  room: MatchRoom;
}

/** The settings a room was created with, as create input (the same shape, every field given). */
export function settingsInput(s: RoomSettings): SettingsInput {
  const seats = Object.fromEntries(ROLES.map((r) => [r, { kind: s.seats[r].kind, persona: s.seats[r].persona }])) as SettingsInput['seats'];
  return {
    scenario: s.scenario,
    seed: s.seed,
    quarters: s.quarters,
    planningSeconds: s.planningSeconds,
    resultsSeconds: s.resultsSeconds,
    reconnectSeconds: s.reconnectSeconds,
    autopilot: s.autopilot,
    ...(s.randomEvents === false ? { randomEvents: false } : {}),
    startYear: s.startYear,
    startQuarter: s.startQuarter,
    seats,
  };
}

/** A class's own options (kept with the class in the store). */
export interface ClassOptions {
  anonymousNames: boolean;
  /** As created or added; `queuedIn` says which groups already have it. */
  schedule: (ScheduledEventInput & { id?: string; queuedIn?: number[] })[];
  /** Hash of the teacher key (the host secret, shared by a teacher's classes) the class is archived under; null for classes stored before the archive. */
  teacherKeyHash: string | null;
}

export function newSecret(): string {
  return randomBytes(18).toString('base64url');
}

const MAX_LOG = 50;

export class ClassSession {
  /** The seat-request list version last mirrored, per group. */
  private readonly syncedRequests = new Map<number, number>();
  /** Summaries are rebuilt only when a group's engine state object changed. */
  private readonly summaries = new Map<number, { state: object; json: string }>();
  /** Commands applied, newest last (mirrored into the schema). */
  readonly log: { at: number; group: number; command: string; detail: string; accepted: number; refused: number }[] = [];
  private logVersion = 0;
  private syncedLog = -1;
  /** The class's quarter: the teacher (or the class timer) moves every group on together. */
  readonly pacing: ClassPacing;
  /** Events scheduled for a quarter (server/classroom/schedule.ts). */
  readonly schedule: ClassSchedule;
  private syncedSchedule = -1;

  private constructor(
    readonly id: string,
    readonly title: string,
    /** Only a hash of the host secret is kept (and stored); the host brings the secret. */
    readonly secretHash: string,
    /** The projector key: view only. A restored class gets a new one. */
    readonly viewKey: string,
    public settings: RoomSettings,
    readonly createdAt: number,
    readonly groups: ClassGroup[],
    /** Anonymous names, the schedule of events and the teacher key (hashed): the class's own options. */
    readonly options: ClassOptions,
    /** The secret drawn at creation, for the creator's first `classSession` message only. */
    private createdSecret: string | null = null,
  ) {
    this.pacing = ClassPacing.fromGroups(this.pacedGroups());
    this.pacing.apply(this.pacedGroups());
    this.schedule = new ClassSchedule(options.schedule);
    for (const g of groups) {
      g.room.match.anonymousNames = options.anonymousNames;
      g.room.match.classRequestCap = () => this.requestCapProblem();
      g.room.match.groupLabel = `Group ${g.index + 1}`;
    }
  }

  /** Why one more seat request cannot wait in this class, or null. */
  private requestCapProblem(): string | null {
    const waiting = this.groups.reduce((n, g) => n + (this.live(g)?.match.seatRequests.all().length ?? 0), 0);
    return waiting >= MAX_SEAT_REQUESTS_PER_CLASS ? `at most ${MAX_SEAT_REQUESTS_PER_CLASS} seat requests can wait in a class; ask the teacher to answer them first` : null;
  }

  /** The groups as pacing sees them (a closed group has no match). */
  pacedGroups(): PacedGroup[] {
    return this.groups.map((g) => ({ index: g.index, code: g.code, match: this.live(g)?.match ?? null }));
  }

  /** Runs a few times a second: the class timer, scheduled events, and groups with nobody left to wait for. */
  tick(now: number = Date.now()): void {
    this.applySchedule();
    for (const g of this.groups) this.live(g)?.match.settle();
    if (this.settings.resultsSeconds > 0 && this.pacing.timerDue(this.pacedGroups())) {
      const results = this.advance();
      this.logCommand(now, -1, 'next', 'timer', results);
    }
  }

  /** "Next quarter" for the whole class (server/classroom/pacing.ts); the new quarter's scheduled events go in before anyone can resolve it. */
  private advance(): GroupOutcome[] {
    const results = this.pacing.advance(this.pacedGroups());
    this.applySchedule();
    for (const g of this.groups) this.live(g)?.match.settle();
    return results;
  }

  private logCommand(at: number, group: number, command: string, detail: string, results: GroupOutcome[]): void {
    const accepted = results.filter((r) => r.ok).length;
    this.log.push({ at, group, command, detail, accepted, refused: results.length - accepted });
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
    this.logVersion += 1;
  }

  isHostSecret(secret: string): boolean {
    return secretMatches(secret, this.secretHash);
  }

  isViewKey(key: string): boolean {
    return secretMatches(key, secretHash(this.viewKey));
  }

  /** The creator's secret, once (it is not kept after it was handed over). */
  takeCreatedSecret(): string | null {
    const s = this.createdSecret;
    this.createdSecret = null;
    return s;
  }

  isTeacherKey(key: string): boolean {
    return this.options.teacherKeyHash !== null && secretMatches(key, this.options.teacherKeyHash);
  }

  /** Adds or removes a scheduled event (the class message classSchedule). */
  scheduleCommand(p: ClassSchedulePayload): ClassScheduleResult {
    const type = 'classSchedule';
    if (p.action === 'remove') {
      const problem = this.schedule.remove(p.id);
      return problem ? { ok: false, error: { ...problem, type } } : { ok: true };
    }
    const input = { quarter: p.quarter, eventId: p.eventId, ...(p.target ? { target: p.target } : {}) };
    const started = this.groups.some((g) => this.live(g)?.match.phase !== 'lobby');
    const sample = this.groups.map((g) => this.live(g)?.match ?? null).find((m) => m && m.phase !== 'debrief') ?? null;
    const problem = this.schedule.check(input, this.settings.quarters, this.pacing.pace, started, sample);
    if (problem) return { ok: false, error: { ...problem, type } };
    const entry = this.schedule.add(input);
    this.applySchedule();
    return { ok: true, id: entry.id };
  }

  /** Queues the scheduled events of the quarter every planning group plans. */
  private applySchedule(): void {
    for (const g of this.groups) {
      const m = this.live(g)?.match;
      if (m) this.schedule.applyTo(g.index, m);
    }
  }

  /** A class whose rooms came back after a server restart (server/classroom/restore.ts). */
  static restored(c: { id: string; title: string; secretHash: string; settings: RoomSettings; createdAt: number; options: ClassOptions }, groups: ClassGroup[]): ClassSession {
    return new ClassSession(c.id, c.title, c.secretHash, newSecret(), c.settings, c.createdAt, groups, c.options);
  }

  /** Opens one match room per group, all with the same settings and seed. */
  static async open(id: string, input: ClassCreateOptions, now: number = Date.now()): Promise<ClassSession> {
    const resolved = resolveSettings(input.settings ?? {});
    if (!resolved.ok) throw new ClassError('INVALID_SETTINGS', resolved.errors.map((e) => e.message).join('; '));
    const settings = resolved.settings;
    const rooms: MatchRoom[] = [];
    try {
      for (let i = 0; i < input.groups; i++) rooms.push(await createMatchRoom({ settings: settingsInput(settings), autoDispose: false }));
    } catch (err) {
      await Promise.all(rooms.map((r) => r.disconnect().catch(() => undefined)));
      throw err;
    }
    const groups = rooms.map((room, index) => ({ index, code: room.roomId, room }));
    // The teacher key: brought from the teacher's earlier class (one key for all of them), or drawn.
    const secret = input.teacherKey ?? newSecret();
    const options: ClassOptions = {
      anonymousNames: input.anonymousNames ?? false,
      schedule: (input.schedule ?? []).map((e) => ({ ...e })),
      teacherKeyHash: secretHash(secret),
    };
    const session = new ClassSession(id, (input.title ?? '').trim(), secretHash(secret), newSecret(), settings, now, groups, options, secret);
    const problems = session.checkSchedule(options.schedule);
    if (problems) {
      await session.close();
      throw new ClassError('UNKNOWN_EVENT', problems);
    }
    return session;
  }

  /** The schedule given at creation, checked against the class (null when it is fine). */
  private checkSchedule(entries: readonly ScheduledEventInput[]): string | null {
    const sample = this.groups[0]?.room.match ?? null;
    const probe = new ClassSchedule();
    const problems = entries
      .map((e, i) => ({ i, p: probe.check(e, this.settings.quarters, 0, false, sample) }))
      .filter((x) => x.p !== null)
      .map((x) => `schedule.${x.i}: ${x.p!.message}`);
    return problems.length ? problems.join('; ') : null;
  }

  /** The group's room while it is alive on this server. */
  live(g: ClassGroup): MatchRoom | null {
    const room = findMatchRoom(g.code);
    return room === g.room ? room : null;
  }

  // ---------------------------------------------------------------- commands

  /** Applies a host command to every group (`group` undefined) or to one; each group answers. */
  command(group: number | undefined, cmd: HostCommand, now: number = Date.now()): ClassCommandResult {
    const one = group === undefined ? undefined : this.groups[group];
    if (group !== undefined && !one) {
      return refuseAll('BAD_PAYLOAD', `group: this class has ${this.groups.length} group${this.groups.length === 1 ? '' : 's'} (1–${this.groups.length}); got ${group + 1}`, []);
    }
    const targets = one ? [one] : this.groups;
    let results: GroupOutcome[];
    if (cmd.command === 'configure') {
      results = this.configure(one, cmd);
    } else if (cmd.command === 'next' && group === undefined) {
      results = this.advance();
    } else if (cmd.command === 'injectEvent' && targets.length > 1) {
      results = this.injectEverywhere(targets, cmd);
    } else {
      results = targets.map((g) => this.applyTo(g, cmd));
    }
    this.logCommand(now, group ?? -1, cmd.command, detailOf(cmd), results);
    const accepted = results.filter((r) => r.ok).length;
    if (accepted > 0) return { ok: true, results };
    const errors = results.filter((r): r is Extract<GroupOutcome, { ok: false }> => !r.ok);
    const first = errors[0]?.error;
    const same = errors.every((e) => e.error.code === first?.code && e.error.message === first?.message);
    const message = same && first ? first.message : errors.map((e) => `group ${e.group + 1}: ${e.error.message}`).join('; ');
    return { ok: false, error: { code: first?.code ?? 'SERVER_ERROR', message, type: 'classCommand' }, results };
  }

  private applyTo(g: ClassGroup, cmd: HostCommand): GroupOutcome {
    const room = this.live(g);
    if (!room) return groupRefused(g, 'MATCH_OVER', `group ${g.index + 1} (${g.code}) is closed`);
    try {
      const outcome = applyHostCommand(room.match, cmd, null);
      this.schedule.applyTo(g.index, room.match);
      room.match.settle();
      return outcome.ok ? { group: g.index, code: g.code, ok: true } : { group: g.index, code: g.code, ok: false, error: { ...outcome.error, type: 'classCommand' } };
    } catch (err) {
      console.error(`[class ${this.id}] '${cmd.command}' on group ${g.index + 1} failed:`, err);
      return groupRefused(g, 'SERVER_ERROR', `the server failed to apply '${cmd.command}' to group ${g.index + 1}; nothing changed there`);
    }
  }

  /** The same event in every group, or in none: each group checks it first. */
  private injectEverywhere(targets: ClassGroup[], cmd: Extract<HostCommand, { command: 'injectEvent' }>): GroupOutcome[] {
    const event: HostEvent = cmd.target === undefined ? { id: cmd.eventId } : { id: cmd.eventId, target: cmd.target };
    const problems = new Map<number, ErrorPayload>();
    for (const g of targets) {
      const room = this.live(g);
      if (!room) {
        problems.set(g.index, { code: 'MATCH_OVER', message: `group ${g.index + 1} (${g.code}) is closed`, type: 'classCommand' });
        continue;
      }
      const m = room.match;
      if (m.phase === 'debrief') {
        problems.set(g.index, { code: 'MATCH_OVER', message: `group ${g.index + 1}: the match has ended`, type: 'classCommand' });
        continue;
      }
      const errors = hostEventErrors(m.state, [event]);
      if (errors.length) {
        const message = errors.map((e) => e.message.replace(/^hostEvents\.0\.?/, '')).join('; ');
        problems.set(g.index, { code: 'UNKNOWN_EVENT', message: `group ${g.index + 1}: ${message} (see GET /api/catalogue)`, type: 'classCommand' });
      }
    }
    if (problems.size > 0) {
      const which = [...problems.keys()].map((i) => i + 1).join(', ');
      return targets.map((g) =>
        problems.has(g.index)
          ? { group: g.index, code: g.code, ok: false as const, error: problems.get(g.index)! }
          : groupRefused(g, 'NO_EFFECT', `not injected anywhere: the event does not fit group ${which}, and a class gets the same event in every group`),
      );
    }
    return targets.map((g) => this.applyTo(g, cmd));
  }

  /** Settings belong to the class: they change for every group at once, in the lobby only. */
  private configure(one: ClassGroup | undefined, cmd: Extract<HostCommand, { command: 'configure' }>): GroupOutcome[] {
    if (one) {
      return [groupRefused(one, 'INVALID_SETTINGS', "a class's settings are the same in every group: configure all groups at once")];
    }
    const notLobby = this.groups.filter((g) => this.live(g)?.match.phase !== 'lobby');
    if (notLobby.length) {
      const which = notLobby.map((g) => g.index + 1).join(', ');
      return this.groups.map((g) => groupRefused(g, 'WRONG_PHASE', `settings can only change while every group is in the lobby (group ${which} ${notLobby.length === 1 ? 'is' : 'are'} not)`));
    }
    const check = resolveSettings(cmd.settings, this.settings);
    if (!check.ok) {
      const message = check.errors.map((e) => e.message).join('; ');
      return this.groups.map((g) => groupRefused(g, 'INVALID_SETTINGS', message));
    }
    // Fixed once for the class: a seed left out stays the class's seed.
    const settings = { ...settingsInput(check.settings) };
    const results = this.groups.map((g) => this.applyTo(g, { command: 'configure', settings }));
    if (results.some((r) => r.ok)) this.settings = check.settings;
    return results;
  }

  // ---------------------------------------------------------------- state for the console

  statusOf(m: Match): GroupStatus {
    if (m.phase === 'lobby') return 'lobby';
    if (m.phase === 'debrief') return m.state.finished ? 'finished' : 'ended';
    return 'playing';
  }

  seatsOf(m: Match): GroupSeat[] {
    return m.seats.all().map((s) => {
      const plays = m.state.settings.activeSeats.includes(s.role);
      const kind = plays ? s.kind : 'absent';
      return { role: s.role, kind, persona: s.persona, name: kind === 'human' ? s.name : '' };
    });
  }

  /** Every group's data for the debrief and the CSV, from the live matches. */
  groupData(recordIdOf: (m: Match) => string | null = () => null): GroupData[] {
    return this.groups.map((g) => {
      const m = g.room.match;
      return groupDataFromState(m.state, m.reports, { group: g.index, code: g.code, status: this.live(g) ? this.statusOf(m) : 'abandoned', seats: this.seatsOf(m), recordId: recordIdOf(m), inputs: m.log.quarters });
    });
  }

  classData(recordIdOf?: (m: Match) => string | null): ClassData {
    return {
      classId: this.id,
      title: this.title,
      createdAt: new Date(this.createdAt).toISOString(),
      seed: this.settings.seed,
      scenarioId: this.settings.scenario,
      quarters: this.settings.quarters,
      groups: this.groupData(recordIdOf),
    };
  }

  /** Mirrors the session and every group into the class room's state (unchanged values send nothing). */
  sync(s: ClassStateSchema): void {
    s.id = this.id;
    s.title = this.title;
    s.createdAt = this.createdAt;
    s.scenario = this.settings.scenario;
    s.seed = this.settings.seed;
    s.quarters = this.settings.quarters;
    s.planningSeconds = this.settings.planningSeconds;
    s.resultsSeconds = this.settings.resultsSeconds;
    s.autopilot = this.settings.autopilot;
    s.randomEvents = this.settings.randomEvents !== false;
    s.anonymousNames = this.options.anonymousNames;
    if (this.syncedSchedule !== this.schedule.version) {
      if (s.schedule.length > 0) s.schedule.splice(0, s.schedule.length);
      for (const e of this.schedule.entries) {
        const row = new ClassScheduledEventSchema();
        Object.assign(row, { id: e.id, quarter: e.quarter, eventId: e.eventId, target: e.target ?? '', queuedGroups: e.queuedIn.length, problem: e.refusedIn.map((r) => `group ${r.group + 1}: ${r.message}`).join('; ') });
        s.schedule.push(row);
      }
      this.syncedSchedule = this.schedule.version;
    }
    s.pace = this.pacing.pace;
    this.groups.forEach((g, i) => {
      let gs = s.groups[i];
      if (!gs) {
        gs = new ClassGroupSchema();
        gs.index = g.index;
        gs.code = g.code;
        s.groups.push(gs);
      }
      this.syncGroup(g, gs);
    });
    if (this.syncedLog !== this.logVersion) {
      s.log.clear();
      for (const e of this.log) {
        const row = new ClassLogSchema();
        Object.assign(row, e);
        s.log.push(row);
      }
      this.syncedLog = this.logVersion;
    }
  }

  private syncGroup(g: ClassGroup, gs: ClassGroupSchema): void {
    const room = this.live(g);
    const m = g.room.match;
    gs.phase = room ? m.phase : 'closed';
    gs.quarter = m.state.quarter;
    gs.finished = m.state.finished;
    gs.paused = m.paused;
    gs.waiting = room !== null && m.phase === 'results' && m.resultsOver;
    const timer = m.timer.snapshot();
    gs.timerDeadline = timer.deadline;
    gs.timerRemainingMs = timer.remainingMs;
    gs.clients = room ? room.clients.length : 0;
    gs.spectators = m.spectators;
    gs.queuedEvents = m.hostEvents.length;
    gs.stateHash = m.schema.stateHash;
    const seats = m.seats.all();
    seats.forEach((rec, i) => {
      let seat = gs.seats[i];
      if (!seat) {
        seat = new ClassSeatSchema();
        gs.seats.push(seat);
      }
      const plays = m.state.settings.activeSeats.includes(rec.role);
      assignSeatFields(seat, rec, plays ? rec.kind : 'absent', m.phase === 'planning' && m.state.pending[rec.role] !== undefined);
      seat.bankrupt = Boolean(m.state.companies[rec.role]?.bankrupt);
    });
    if ((this.syncedRequests.get(g.index) ?? 0) !== m.seatRequests.version) {
      if (gs.requests.length > 0) gs.requests.splice(0, gs.requests.length);
      for (const r of m.seatRequests.all()) {
        const row = new ClassSeatRequestSchema();
        Object.assign(row, { id: r.id, name: r.name, role: r.role ?? '', at: r.at });
        gs.requests.push(row);
      }
      this.syncedRequests.set(g.index, m.seatRequests.version);
    }
    if (m.phase === 'lobby') {
      gs.summary = '';
    } else {
      const cached = this.summaries.get(g.index);
      if (!cached || cached.state !== m.state) {
        const json = JSON.stringify(groupSummary(m.state, m.reports));
        this.summaries.set(g.index, { state: m.state, json });
        gs.summary = json;
      } else {
        gs.summary = cached.json;
      }
    }
  }

  /** Closes every group's room (the class is over or was abandoned). */
  async close(): Promise<void> {
    await Promise.all(
      this.groups.map(async (g) => {
        const room = this.live(g);
        if (room) await room.disconnect().catch(() => undefined);
      }),
    );
  }

  /** Connected clients across the groups' rooms. */
  groupClients(): number {
    return this.groups.reduce((n, g) => n + (this.live(g)?.clients.length ?? 0), 0);
  }
}

function groupRefused(g: ClassGroup, code: ErrorPayload['code'], message: string): GroupOutcome {
  return { group: g.index, code: g.code, ok: false, error: { code, message, type: 'classCommand' } };
}

function refuseAll(code: ErrorPayload['code'], message: string, results: GroupOutcome[]): ClassCommandResult {
  return { ok: false, error: { code, message, type: 'classCommand' }, results };
}

function detailOf(cmd: HostCommand): string {
  switch (cmd.command) {
    case 'injectEvent':
      return cmd.target ? `${cmd.eventId}@${cmd.target}` : cmd.eventId;
    case 'extendTimer':
      return `${cmd.seconds}s`;
    case 'kick':
      return cmd.role ?? cmd.sessionId ?? '';
    case 'seatToBot':
      return cmd.persona ? `${cmd.role}:${cmd.persona}` : cmd.role;
    case 'start':
      return cmd.force ? 'force' : '';
    case 'answerSeatRequest':
      return `${cmd.requestId}:${cmd.approve ? 'approve' : 'deny'}${cmd.role ? `:${cmd.role}` : ''}`;
    case 'renameSeat':
      return cmd.name === undefined ? `${cmd.role}:anonymous` : cmd.role;
    default:
      return '';
  }
}
