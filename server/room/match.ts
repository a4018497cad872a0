import { randomBytes } from 'node:crypto';
import { nameKey, withoutRandomEvents } from '../../shared/protocol';
import { asSecretHash, secretHash, secretMatches } from '../security/secrets';
import type { PersonaId, Phase, ResolvedPayload, ResolveTrigger, RoomSettings, SeatKind } from '../../shared/protocol';
import { ROLES, type Role } from '../../shared/roles';
import { ROOM_SETTINGS } from '../../shared/wire/tables';
import { assign } from '../schema/assign';
import { mirrorHeader, mirrorPrivate, mirrorPublic } from '../schema/mirror';
import { ReportFrames } from '../schema/reportFrames';
import { EngineSettingsSchema, GlobalSchema, MatchStateSchema, SeatPrivateSchema, SeatSchema, SettingsSchema, assignSeatFields } from '../schema';
import { ActionLog, type OrderSource, type QuarterLog } from './actionLog';
import type { DecidedBy } from '../../shared/replay';
import { botOrders } from './autopilot';
import {
  checkOrders,
  createMatch,
  defaultOrders,
  findScenario,
  hostEventErrors,
  playerView,
  reduce,
  resolveWith,
  type Action,
  type HostEvent,
  type MatchState,
  type Orders,
  type QuarterReport,
} from './engine';
import { countQuarterResolved } from '../metrics';
import { accepted, refused, type Outcome } from './outcome';
import type { PendingInput } from './persistence';
import { toMatchSettings } from './settings';
import { SeatTable, type SeatRecord } from './seats';
import { PhaseTimer, type Scheduler } from './timer';
import { RevokedTokens, SeatRequests } from './seatRequests';

// One match: the engine state, the seats, the phase flow (lobby → planning → results → … →
// debrief) and the timer. It calls the engine and mirrors its state into the schema; it never
// computes economy itself. It knows nothing of Colyseus: the room gives it ports.

export interface MatchPorts {
  scheduler: Scheduler;
  now(): number;
  /** A session's seat or host status changed: refresh its StateView and send it `session`. */
  sessionChanged(sessionId: string): void;
  broadcastResolved(payload: ResolvedPayload): void;
  /** Remove a client from the room with a reason (kick, or its seat was taken over); `banned`: the host removed it. */
  disconnect(sessionId: string, reason: string, banned?: boolean): void;
  /** The match started, resolved a quarter or ended: what must survive a restart changed. */
  persist?(): void;
  /** An input of the quarter being planned is about to be accepted: keep it first (throws SaveFailedError). */
  saveInput?(input: PendingInput): void;
  /** Sends one message to one client (e.g. the answer to its seat request). */
  tell?(sessionId: string, type: string, payload: unknown): void;
  /** The schema was just brought up to date: a room may send the patch now instead of at its next tick. */
  synced?(): void;
  /** Report frames to send to every client present, in order, before the patch that counts them. */
  reportFrames?(frames: readonly Uint8Array[]): void;
}

/** An engine state (and its log) to start from instead of a fresh match: crash recovery, forks. */
export interface MatchInit {
  state: MatchState;
  /** The reports of the quarters `state` has resolved (from the replay that rebuilt it). */
  reports: QuarterReport[];
  log?: QuarterLog[];
  /** Crash recovery: the room as last saved. It reopens in planning, paused until a player or the host is back. */
  resume?: MatchResume;
  /** Crash recovery: the inputs acknowledged in the quarter being planned (already applied to `state`). */
  pending?: { actions: Action[]; hostEvents: HostEvent[] };
  /** A class group whose match had ended before the restart: it reopens in its debrief. */
  ended?: boolean;
}

/** What a restored room keeps of the room before the restart: host secret and who held each seat (secrets as stored: hashes). */
export interface MatchResume {
  hostSecret: string;
  seats: { role: Role; kind: SeatKind; persona: PersonaId; name: string; token: string | null }[];
}

export class Match {
  readonly code: string;
  readonly schema: InstanceType<typeof MatchStateSchema>;
  readonly seats: SeatTable;
  readonly log: ActionLog;
  readonly timer: PhaseTimer;
  /** Hash of the host secret: what the room checks and stores. */
  readonly hostSecretHash: string;
  /** The host secret itself, known only since it was drawn or last brought by the host on this process. */
  hostSecret: string | null;
  /** True when the engine state was given (restore/fork): economy settings are fixed. */
  readonly fixedEconomy: boolean;
  settings: RoomSettings;
  state: MatchState;
  /** One report per resolved quarter, as resolveQuarter returned them (not part of the engine state). */
  reports: QuarterReport[];
  phase: Phase = 'lobby';
  paused = false;
  hostSessionId: string | null = null;
  /** Events the host injected, applied at the next resolution. */
  hostEvents: HostEvent[] = [];
  spectators = 0;
  private resolving = false;
  /** Why the match cannot be saved right now (it stays paused until saving works again), or null. */
  storageProblem: string | null = null;
  /** The storage problem paused the match (and not the host): it goes on once saving works again. */
  private pausedForStorage = false;
  /** Restored after a restart: waits (paused) until the first seat holder or the host is back. */
  private awaitingReturn = false;
  /** Seats the host let their away player take back by name (the seat token went with a browser tab): epoch ms until when. */
  private readonly reclaimAllowed = new Map<Role, number>();
  /**
   * In a class: the highest quarter this group may plan (the class's quarter); null outside a
   * class. Results then never end by the students' "ready": only the class moves the group on.
   */
  classPace: number | null = null;
  /** In a class: the group's results timer ran out; it waits for the other groups and the class. */
  resultsOver = false;
  /** Who submitted each seat's pending orders this quarter (the seat may change hands before it resolves). */
  private readonly submittedBy = new Map<Role, string>();
  /** Students without a seat asking the host for one (server/room/seatRequests.ts). */
  readonly seatRequests = new SeatRequests();
  /** Seat tokens that stopped working, and why. */
  readonly revokedTokens = new RevokedTokens();
  /** In a class: why one more seat request cannot wait across the class's groups, or null. */
  classRequestCap: (() => string | null) | null = null;
  /** In a class: 'Group 2', the start of its seats' anonymous labels ("Group 2 · Seat 3"). */
  groupLabel: string | null = null;
  /** Anonymous names (a class option): every seat holder is shown and stored under the seat's label, never the typed name. */
  anonymousNames = false;

  /** The anonymous label of a seat: "Seat 3", in a class "Group 2 · Seat 3". */
  seatLabel(role: Role): string {
    const seat = `Seat ${ROLES.indexOf(role) + 1}`;
    return this.groupLabel ? `${this.groupLabel} · ${seat}` : seat;
  }

  /** The name a seat holder is stored under: the typed one, or the seat's label with anonymous names. */
  storedName(role: Role, typed: string): string {
    return this.anonymousNames ? this.seatLabel(role) : typed;
  }
  /**
   * The engine state last copied into the public schema and into each seat's private part. The
   * engine never changes a state in place, so the same object means nothing to copy again.
   */
  private mirroredPublic: MatchState | null = null;
  /** The reports as the clients receive them: compressed once per room, beside the schema. */
  readonly reportFrames = new ReportFrames();
  /** The engine state whose header (quarter, calendar, settings) was last copied, in a lobby without figures. */
  private mirroredHeader: MatchState | null = null;
  private readonly mirroredPrivate = new Map<Role, MatchState>();

  constructor(code: string, settings: RoomSettings, private readonly ports: MatchPorts, init?: MatchInit) {
    this.code = code;
    this.settings = settings;
    this.fixedEconomy = init !== undefined;
    this.state = init ? structuredClone(init.state) : this.freshState(settings);
    this.reports = init ? [...init.reports] : [];
    this.seats = new SeatTable(settings);
    this.log = new ActionLog(init?.log ?? [], init?.pending?.actions ?? []);
    this.hostEvents = (init?.pending?.hostEvents ?? []).map((e) => ({ ...e }));
    this.timer = new PhaseTimer(ports.scheduler, () => ports.now());
    this.hostSecret = init?.resume ? null : randomBytes(18).toString('base64url');
    this.hostSecretHash = init?.resume ? asSecretHash(init.resume.hostSecret) : secretHash(this.hostSecret!);
    this.schema = new MatchStateSchema();
    this.schema.code = code;
    this.schema.settings = new SettingsSchema();
    this.schema.global = new GlobalSchema();
    this.schema.engineSettings = new EngineSettingsSchema();
    // Restored or forked: the hash of the last resolved quarter is known before the next one.
    this.schema.stateHash = init?.log?.at(-1)?.hash ?? '';
    if (init?.resume) this.resumeAfterRestart(init.resume, init.ended === true);
    this.sync();
  }

  /** Seats as they were (tokens kept, nobody connected), then planning of the next quarter, paused. */
  private resumeAfterRestart(resume: MatchResume, ended: boolean): void {
    for (const s of resume.seats) {
      const seat = this.seats.get(s.role);
      const tokenHash = s.token === null ? null : asSecretHash(s.token);
      Object.assign(seat, { kind: s.kind, persona: s.persona, name: s.name, tokenHash, token: null, sessionId: null, connected: false, autopilot: false });
    }
    if (ended) {
      this.phase = 'debrief';
      return;
    }
    this.awaitingReturn = true;
    this.beginPlanning();
    this.paused = true;
    this.timer.pause();
  }

  isHostSecret(secret: string): boolean {
    return secretMatches(secret, this.hostSecretHash);
  }

  /** The seat's token stops working; a client bringing it later is told `reason`. */
  revokeToken(seat: SeatRecord, reason: string): void {
    if (seat.tokenHash !== null) this.revokedTokens.add(seat.tokenHash, reason);
  }

  now(): number {
    return this.ports.now();
  }

  /** Sends one message to one client. */
  tell(sessionId: string, type: string, payload: unknown): void {
    this.ports.tell?.(sessionId, type, payload);
  }

  /** The host lets the away player of `role` take the seat back by name (once, until `until`). */
  allowReclaim(role: Role, until: number): void {
    this.reclaimAllowed.set(role, until);
  }

  /**
   * A player without their seat token coming back by the name they played under (any case or
   * lookalike letters): only to a seat whose player is away and only after the host allowed it.
   */
  reclaimByName(role: Role, name: string): SeatRecord | 'notAllowed' | 'wrongName' {
    const seat = this.seats.get(role);
    const until = this.reclaimAllowed.get(role) ?? 0;
    if (seat.connected || seat.tokenHash === null || until < this.ports.now()) return 'notAllowed';
    if (nameKey(name) !== nameKey(seat.name)) return 'wrongName';
    this.reclaimAllowed.delete(role);
    return seat;
  }

  /** A restored match goes on once someone who plays or hosts it is back. */
  private welcomeBack(): void {
    if (!this.awaitingReturn) return;
    if (this.hostSessionId === null && !this.seats.all().some((s) => s.connected)) return;
    this.awaitingReturn = false;
    if (this.storageProblem) {
      this.pausedForStorage = true;
      return;
    }
    this.paused = false;
    this.timer.resume();
    this.sync();
  }

  private freshState(settings: RoomSettings): MatchState {
    const found = findScenario(settings.scenario);
    if (!found) throw new Error(`unknown scenario '${settings.scenario}'`);
    const scenario = settings.randomEvents === false ? withoutRandomEvents(found) : found;
    return createMatch(scenario, toMatchSettings(settings), settings.seed);
  }

  // ---------------------------------------------------------------- queries

  roleOf(sessionId: string): Role | null {
    return this.seats.bySession(sessionId)?.role ?? null;
  }

  notifySession(sessionId: string): void {
    this.ports.sessionChanged(sessionId);
  }

  disconnect(sessionId: string, reason: string, banned = false): void {
    this.ports.disconnect(sessionId, reason, banned);
  }

  setSpectators(count: number): void {
    this.spectators = count;
    this.schema.spectators = count;
  }

  isHost(sessionId: string): boolean {
    return this.hostSessionId === sessionId;
  }

  /** A company that still plays: active in the engine and not bankrupt. */
  companyPlays(role: Role): boolean {
    const c = this.state.companies[role];
    return Boolean(c && c.active && !c.bankrupt);
  }

  /** Human seats whose player is expected to act: held by a person, not on autopilot, company playing. */
  /** Seated players (not on autopilot) whose company no longer plays. */
  bankruptPlayers(): SeatRecord[] {
    return this.seats.all().filter((s) => s.kind === 'human' && s.tokenHash !== null && !s.autopilot && !this.companyPlays(s.role));
  }

  activeHumanSeats(): SeatRecord[] {
    return this.seats
      .all()
      .filter((s) => s.kind === 'human' && s.tokenHash !== null && !s.autopilot && this.companyPlays(s.role));
  }

  // ---------------------------------------------------------------- engine actions

  /** Applies a planning-phase action through the engine's reducer and logs it. */
  applyAction(action: Action): { ok: true } | { ok: false; errors: import('./engine').OrderError[] } {
    const result = reduce(this.state, action);
    if (!result.ok) return { ok: false, errors: result.errors };
    // Kept before it is acknowledged; if it cannot be kept, SaveFailedError leaves the state as it was.
    this.ports.saveInput?.({ kind: 'action', action });
    this.state = result.state;
    this.log.record(action);
    return { ok: true };
  }

  /** The seats changed after the start (kick, seat to bot): what a restart restores must follow. */
  seatsChanged(): void {
    if (this.phase !== 'lobby') this.ports.persist?.();
  }

  /** Adds an event the host injected, applied at the next resolution (kept first, like a player's action). */
  addHostEvent(event: HostEvent): void {
    this.ports.saveInput?.({ kind: 'hostEvent', event });
    this.hostEvents.push(event);
  }

  /** Saving failed: the match pauses (players and host see why) until saving works again. */
  saveFailed(message: string): void {
    const first = this.storageProblem === null;
    this.storageProblem = message;
    this.schema.storageProblem = message;
    if (first && !this.paused && (this.phase === 'planning' || this.phase === 'results')) {
      this.paused = true;
      this.pausedForStorage = true;
      this.timer.pause();
    }
    this.sync();
  }

  /** Saving works again: the match goes on if the storage problem paused it. */
  saveRecovered(): void {
    if (this.storageProblem === null) return;
    this.storageProblem = null;
    this.schema.storageProblem = '';
    if (this.pausedForStorage && !this.awaitingReturn) {
      this.pausedForStorage = false;
      this.paused = false;
      this.timer.resume();
    }
    this.sync();
    this.settle();
  }

  /** Recreates the engine state from the settings (lobby only). */
  rebuildState(): void {
    this.state = this.freshState(this.settings);
    this.reports = [];
    this.log.discardPending();
    this.hostEvents = [];
  }

  // ---------------------------------------------------------------- flow

  start(): void {
    for (const seat of this.seats.all()) {
      if (seat.kind === 'human' && seat.tokenHash === null) seat.kind = 'bot';
    }
    this.beginPlanning();
    this.ports.persist?.();
  }

  /** Whether the group may open the planning of `quarter`: always outside a class; in a class, up to the class's quarter. */
  mayPlan(quarter: number): boolean {
    return this.classPace === null || quarter <= this.classPace;
  }

  beginPlanning(): void {
    this.phase = 'planning';
    this.paused = false;
    this.resultsOver = false;
    for (const seat of this.seats.all()) seat.ready = false;
    const quarter = this.state.quarter;
    if (this.settings.planningSeconds > 0) {
      this.timer.start(this.settings.planningSeconds * 1000, () => {
        if (this.phase === 'planning' && this.state.quarter === quarter) this.resolve('timer');
      });
    } else {
      this.timer.stop();
    }
    this.sync();
  }

  private beginResults(): void {
    this.phase = 'results';
    this.paused = false;
    this.resultsOver = false;
    for (const seat of this.seats.all()) seat.ready = false;
    const quarter = this.state.quarter;
    if (this.settings.resultsSeconds > 0) {
      this.timer.start(this.settings.resultsSeconds * 1000, () => {
        if (this.phase !== 'results' || this.state.quarter !== quarter) return;
        if (this.mayPlan(quarter)) {
          this.beginPlanning();
        } else {
          // A class group waits here for the class (server/classroom/pacing.ts).
          this.resultsOver = true;
          this.sync();
        }
      });
    } else {
      this.timer.stop();
    }
  }

  toDebrief(): void {
    this.timer.stop();
    this.phase = 'debrief';
    this.paused = false;
    this.sync();
    this.ports.persist?.();
  }

  /** Who decided each seat's orders this quarter (kept with the quarter's inputs; not an engine input). */
  private decidedBy(sources: Partial<Record<Role, OrderSource>>, trigger: ResolveTrigger): Partial<Record<Role, DecidedBy>> {
    const out: Partial<Record<Role, DecidedBy>> = {};
    for (const role of ROLES) {
      const source = sources[role];
      if (!source) continue;
      if (source === 'submitted') out[role] = { kind: 'student', name: this.submittedBy.get(role) ?? this.seats.get(role).name };
      else if (source === 'default') out[role] = { kind: trigger === 'host' ? 'host' : 'defaults' };
      else out[role] = { kind: source };
    }
    return out;
  }

  /** A student submitted the seat's orders: their name is who decided them. */
  noteSubmitter(role: Role, name: string): void {
    this.submittedBy.set(role, name);
  }

  /** The orders each playing seat resolves with, and where they came from. */
  ordersForResolution(): { orders: Partial<Record<Role, Orders>>; sources: Partial<Record<Role, OrderSource>> } {
    const orders: Partial<Record<Role, Orders>> = {};
    const sources: Partial<Record<Role, OrderSource>> = {};
    for (const seat of this.seats.all()) {
      const role = seat.role;
      if (!this.companyPlays(role)) continue;
      const pending = this.state.pending[role];
      if (seat.kind !== 'human') {
        orders[role] = this.safeBotOrders(role, seat);
        sources[role] = 'bot';
      } else if (pending && checkOrders(pending, this.state, role).ok) {
        // Still valid: a submission can go stale during planning (e.g. it accepts a proposal
        // that was withdrawn), and then the seat is treated as if it had not submitted.
        orders[role] = pending;
        sources[role] = 'submitted';
      } else if (seat.autopilot || seat.tokenHash === null || this.settings.autopilot) {
        orders[role] = this.safeBotOrders(role, seat);
        sources[role] = 'autopilot';
      } else {
        orders[role] = defaultOrders(this.state, role);
        sources[role] = 'default';
      }
    }
    return { orders, sources };
  }

  private safeBotOrders(role: Role, seat: SeatRecord): Orders {
    const humans = this.seats.all().filter((s) => s.kind === 'human' && s.token !== null && this.companyPlays(s.role)).map((s) => s.role);
    const orders = botOrders(this.state, this.reports, role, seat.persona, humans);
    const check = checkOrders(orders, this.state, role);
    if (check.ok) return check.orders;
    console.error(`[match ${this.code}] bot orders for ${role} invalid, using defaults:`, check.errors.map((e) => e.message));
    return defaultOrders(this.state, role);
  }

  /**
   * Resolves the quarter being planned. Exactly once per quarter: only from the planning phase,
   * never re-entered; a timer and a host "resolve now" racing each other find the phase changed.
   */
  resolve(trigger: ResolveTrigger): Outcome {
    if (this.phase !== 'planning') return refused('WRONG_PHASE', `no quarter to resolve in phase '${this.phase}'`);
    if (this.resolving) return refused('NO_EFFECT', 'the quarter is already being resolved');
    if (this.storageProblem) return refused('SERVER_ERROR', `the match is paused because it cannot be saved (${this.storageProblem}); it goes on once saving works again`);
    this.resolving = true;
    const startedAt = performance.now();
    try {
      const quarter = this.state.quarter;
      const { orders, sources } = this.ordersForResolution();
      const decidedBy = this.decidedBy(sources, trigger);
      // An event injected earlier may no longer fit (its target went bankrupt): it is dropped.
      const hostEvents = this.hostEvents.filter((e) => hostEventErrors(this.state, [e]).length === 0);
      const result = resolveWith(this.state, orders, hostEvents);
      if (!result.ok) {
        throw new Error(`engine refused to resolve quarter ${quarter}: ${result.errors.map((e) => e.message).join('; ')}`);
      }
      this.state = result.state;
      this.reports = [...this.reports, result.report];
      this.hostEvents = [];
      this.timer.stop();
      const hash = result.report.hash;
      this.log.close({ quarter, hostEvents, orders, sources, decidedBy, trigger, hash });
      this.submittedBy.clear();
      this.schema.stateHash = hash;
      if (this.state.finished) {
        this.toDebrief();
      } else {
        this.beginResults();
        this.sync();
        this.ports.persist?.();
      }
      countQuarterResolved(performance.now() - startedAt);
      this.ports.broadcastResolved({
        quarter,
        reportIndex: this.reports.length - 1,
        trigger,
        hash,
        finished: this.state.finished,
      });
      return accepted({ quarter });
    } finally {
      this.resolving = false;
    }
  }

  /**
   * Moves on when everyone the room waits for is done: all active humans submitted (planning) or
   * ready (results). Not while paused. A room without an active human is paced by its timer or
   * the host, except a class group: with no student left to wait for (every seat a bot or on
   * autopilot) its quarter resolves at once. In a class the results never end by "ready": the
   * class moves every group on together (server/classroom/pacing.ts).
   */
  settle(): void {
    this.welcomeBack();
    this.expireSeatRequests();
    if (this.paused || this.resolving || this.storageProblem) return;
    const humans = this.activeHumanSeats();
    if (this.phase === 'planning') {
      // Away: gone past the grace period, or not back since a restart (no grace period runs for them).
      const present = humans.filter((s) => s.connected || s.reconnectDeadline > 0);
      const nobodyLeft = present.length === 0 && this.classPace !== null && this.mayPlan(this.state.quarter);
      // Every player's company went bankrupt: the bots play on and the players watch, nobody to wait for.
      const onlyWatchers = humans.length === 0 && this.classPace === null && this.bankruptPlayers().length > 0;
      if (nobodyLeft || onlyWatchers || (humans.length > 0 && humans.every((s) => this.state.pending[s.role] !== undefined))) this.resolve('allSubmitted');
    } else if (this.phase === 'results' && this.classPace === null) {
      // Players whose company went bankrupt still read the results: with no active player left,
      // their "ready" moves the match on (a solo player who went bankrupt is not stuck).
      const readers = humans.length > 0 ? humans : this.bankruptPlayers();
      if (readers.length > 0 && readers.every((s) => s.ready)) {
        this.beginPlanning();
        // A quarter nobody can plan for (only watchers left) resolves at once.
        if (humans.length === 0) this.settle();
      }
    }
  }

  // ---------------------------------------------------------------- connections

  /** A seated client dropped without leaving: keep its seat for the grace period. */
  dropped(sessionId: string, graceMs: number): void {
    const seat = this.seats.bySession(sessionId);
    if (seat) {
      seat.connected = false;
      seat.reconnectDeadline = this.ports.now() + graceMs;
    }
    this.sync();
  }

  reconnected(sessionId: string): void {
    const seat = this.seats.bySession(sessionId);
    if (seat) {
      seat.connected = true;
      seat.reconnectDeadline = 0;
      seat.autopilot = false;
    }
    this.sync();
  }

  /** The client is gone for good (left, or its grace period ran out). */
  left(sessionId: string): void {
    const seat = this.seats.bySession(sessionId);
    if (seat) {
      if (this.phase === 'lobby') this.seats.release(seat);
      else this.seats.detach(seat, true);
    }
    if (this.hostSessionId === sessionId) this.hostSessionId = null;
    this.seatRequests.remove(sessionId);
    this.sync();
    this.settle();
  }

  /** Seat requests past their time: removed, and their clients told. */
  expireSeatRequests(): void {
    for (const r of this.seatRequests.expire(this.ports.now())) {
      this.tell(r.sessionId, 'seatRequest', { requestId: r.id, status: 'expired', message: 'nobody answered your seat request in time; ask again or ask the teacher' });
    }
  }

  // ---------------------------------------------------------------- schema

  /** Mirrors engine state, seats, timer and phase into the schema. */
  sync(): void {
    const s = this.schema;
    s.phase = this.phase;
    const t = this.timer.snapshot();
    s.timerDeadline = t.deadline;
    s.timerPaused = this.paused;
    s.timerRemainingMs = t.remainingMs;
    s.engineVersion = this.state.engineVersion;
    s.scenarioHash = this.state.scenarioHash;
    this.syncSettings();
    s.hostConnected = this.hostSessionId !== null;
    s.hostRole = (this.hostSessionId && this.roleOf(this.hostSessionId)) ?? '';
    s.spectators = this.spectators;
    s.classPace = this.classPace ?? -1;
    s.resultsOver = this.resultsOver;
    const economy = this.showsEconomy();
    if ((economy ? this.mirroredPublic : this.mirroredHeader) !== this.state) {
      const view = playerView(this.state, null, this.reports);
      if (economy) {
        mirrorPublic(s, view);
        this.mirroredPublic = this.state;
      } else {
        mirrorHeader(s, view);
      }
      this.mirroredHeader = this.state;
      const frames = this.reportFrames.update(this.reports);
      if (frames.length > 0) this.ports.reportFrames?.(frames);
    }
    this.syncSeats(economy);
    this.ports.synced?.();
  }

  /**
   * A fresh match's lobby shows no figures (the lobby screen reads seats and settings): its
   * companies, market and private parts reach the schema with the first planning patch, so an idle
   * lobby room keeps no mirror of them. A restored or forked match shows its figures from the lobby.
   */
  private showsEconomy(): boolean {
    return this.phase !== 'lobby' || this.fixedEconomy;
  }

  private syncSettings(): void {
    const { seats: _seats, randomEvents: _random, ...settings } = this.settings;
    void _seats;
    void _random;
    assign(this.schema.settings, settings, ROOM_SETTINGS);
  }

  private syncSeats(economy: boolean): void {
    for (const role of ROLES) {
      const rec = this.seats.get(role);
      let seat = this.schema.seats.get(role);
      if (!seat) {
        seat = new SeatSchema();
        this.schema.seats.set(role, seat);
      }
      assignSeatFields(seat, rec, rec.kind, this.phase === 'planning' && this.state.pending[role] !== undefined);
      seat.reconnectDeadline = rec.reconnectDeadline;

      if (economy && this.state.companies[role]?.active) {
        let priv = this.schema.privates.get(role);
        if (!priv) {
          priv = new SeatPrivateSchema();
          priv.role = role;
          this.schema.privates.set(role, priv);
          this.mirroredPrivate.delete(role);
        }
        if (this.mirroredPrivate.get(role) !== this.state) {
          mirrorPrivate(priv, playerView(this.state, role, this.reports));
          this.mirroredPrivate.set(role, this.state);
        }
      } else if (this.schema.privates.has(role)) {
        this.schema.privates.delete(role);
        this.mirroredPrivate.delete(role);
      }
    }
  }
}
