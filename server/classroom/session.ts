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
import { ClassGroupSchema, ClassLogSchema, ClassSeatSchema, type ClassStateSchema } from './schema';
import { assignSeatFields } from '../schema/seat';
import { secretHash, secretMatches } from './store';

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
    startYear: s.startYear,
    startQuarter: s.startQuarter,
    seats,
  };
}

export function newSecret(): string {
  return randomBytes(18).toString('base64url');
}

const MAX_LOG = 50;

export class ClassSession {
  /** Summaries are rebuilt only when a group's engine state object changed. */
  private readonly summaries = new Map<number, { state: object; json: string }>();
  /** Commands applied, newest last (mirrored into the schema). */
  readonly log: { at: number; group: number; command: string; detail: string; accepted: number; refused: number }[] = [];
  private logVersion = 0;
  private syncedLog = -1;

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
    /** The secret drawn at creation, for the creator's first `classSession` message only. */
    private createdSecret: string | null = null,
  ) {}

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

  /** A class whose rooms came back after a server restart (server/classroom/restore.ts). */
  static restored(c: { id: string; title: string; secretHash: string; settings: RoomSettings; createdAt: number }, groups: ClassGroup[]): ClassSession {
    return new ClassSession(c.id, c.title, c.secretHash, newSecret(), c.settings, c.createdAt, groups);
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
    const secret = newSecret();
    return new ClassSession(id, (input.title ?? '').trim(), secretHash(secret), newSecret(), settings, now, groups, secret);
  }

  /** The group's room while it is alive on this server. */
  live(g: ClassGroup): MatchRoom | null {
    const room = findMatchRoom(g.code);
    return room === g.room ? room : null;
  }

  // ---------------------------------------------------------------- commands

  /** Applies a host command to every group (`group` undefined) or to one; each group answers. */
  command(group: number | undefined, cmd: HostCommand, now: number = Date.now()): ClassCommandResult {
    if (group !== undefined && (group < 0 || group >= this.groups.length)) {
      return refuseAll('BAD_PAYLOAD', `group: this class has ${this.groups.length} group${this.groups.length === 1 ? '' : 's'} (1–${this.groups.length}); got ${group + 1}`, []);
    }
    const targets = group === undefined ? this.groups : [this.groups[group]];
    let results: GroupOutcome[];
    if (cmd.command === 'configure') {
      results = this.configure(group, cmd);
    } else if (cmd.command === 'injectEvent' && targets.length > 1) {
      results = this.injectEverywhere(targets, cmd);
    } else {
      results = targets.map((g) => this.applyTo(g, cmd));
    }
    const accepted = results.filter((r) => r.ok).length;
    this.log.push({ at: now, group: group ?? -1, command: cmd.command, detail: detailOf(cmd), accepted, refused: results.length - accepted });
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
    this.logVersion += 1;
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
  private configure(group: number | undefined, cmd: Extract<HostCommand, { command: 'configure' }>): GroupOutcome[] {
    if (group !== undefined) {
      const g = this.groups[group];
      return [groupRefused(g, 'INVALID_SETTINGS', "a class's settings are the same in every group: configure all groups at once")];
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
      return groupDataFromState(m.state, m.reports, { group: g.index, code: g.code, status: this.live(g) ? this.statusOf(m) : 'abandoned', seats: this.seatsOf(m), recordId: recordIdOf(m) });
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
    if (m.phase === 'lobby') {
      gs.summary = '';
    } else {
      const cached = this.summaries.get(g.index);
      if (!cached || cached.state !== m.state) {
        const json = JSON.stringify(groupSummary(m.state, m.reports.at(-1) ?? null));
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
    default:
      return '';
  }
}
