import { ClientState, CloseCode, Room, SchemaSerializer, ServerError, matchMaker, type AuthContext, type Client, type Deferred, type RoomException, type RoomMethodName } from '@colyseus/core';
import { StateView } from '@colyseus/schema';
import type { z } from 'zod';
import {
  C2S,
  MAX_PAYLOAD_BYTES,
  PROTOCOL_VERSION,
  RATE_LIMIT_PER_SECOND,
  S2C,
  claimHostSchema,
  claimSeatSchema,
  clientPayloadSchemas,
  createOptionsSchema,
  hostCommandSchema,
  joinOptionsSchema,
  proposeDealSchema,
  readySchema,
  requestSeatSchema,
  respondDealSchema,
  submitOrdersSchema,
  withdrawOrdersSchema,
  type ClientMessageType,
  type ErrorPayload,
  type JoinOptions,
  type RoomSettings,
  type RequestResult,
  type SessionPayload,
} from '../../shared/protocol';
import type { MatchStateSchema } from '../schema';
import { takeStagedOptions } from './create';
import { scenarioIdOf } from './engine';
import { applyHostCommand } from './hostCommands';
import { allocateSharedJoinCode, releaseSharedCode, reserveSharedCode } from '../scale/sharedCodes';
import { SaveFailedError, matchPersistence } from './persistence';
import { Match, type MatchInit } from './match';
import { refused, type Outcome } from './outcome';
import * as actions from './playerActions';
import { requestSeat } from './seatCommands';
import { resolveSettings, settingsFromState, zodFieldErrors } from './settings';
import { retrySeconds } from '../security/budget';
import { serverClock } from '../security/clock';
import { addressOf, stampCreator, takeCreatorStamp } from '../security/creator';
import { security } from '../security/state';
import { WindowLimiter } from '../security/windowLimiter';
import { wildcardType } from '../security/wildcard';
import { creationTurn } from './creationTurns';
import { SharedPatchSerializer } from '../schema/sharedPatchSerializer';
import { compressFrames } from '../socketCompression';

/** Periodic patch interval (Colyseus's default is 50 ms). */
const PATCH_INTERVAL_MS = 250;
/** Longest wait of a change other than a resolution for its patch (a burst of messages shares one). */
const PATCH_SOON_MS = 20;

// The `match` room: Colyseus glue around a Match. It admits clients to seats, routes messages
// through one guard (rate limit, size limit, schema, seat) to the player actions and host
// commands, keeps each client's StateView on its own seat, and handles drops and reconnection.

type State = InstanceType<typeof MatchStateSchema>;

interface ClientData {
  kicked?: boolean;
  /** The private part this client's StateView currently shows. */
  viewed?: object | null;
}

/** Messages whose payload must not name a seat: the seat is always the sender's. */
const SEAT_BOUND: ReadonlySet<string> = new Set([C2S.ready, C2S.submitOrders, C2S.withdrawOrders, C2S.proposeDeal, C2S.respondDeal]);

/** Hard cap of the WebSocket frame (the transport closes the connection above it). */
export const MAX_FRAME_BYTES = 256 * 1024;

/**
 * A client sending more than this many times the rate limit in one second, in two windows in a
 * row, is flooding: it is removed and its address cools down. One such second alone is not
 * enough: after the server was busy, a calm client's messages arrive bunched.
 */
export const FLOOD_FACTOR = 3;
const FLOOD_REPEAT_MS = 2500;

export class MatchRoom extends Room<{ state: State; client: Client<{ userData: ClientData }> }> {
  match!: Match;
  override maxClients = 64;
  /** Far above the per-client limit the guard answers with RATE_LIMITED: only floods get dropped. */
  override maxMessagesPerSecond = RATE_LIMIT_PER_SECOND * 10;
  private readonly limiter = new WindowLimiter(RATE_LIMIT_PER_SECOND, serverClock);
  private readonly pendingReconnections = new Map<string, Deferred<Client>>();
  /** Key of the create request that made this room: its client becomes the host (once). Server-created rooms have none. */
  private creatorKey: string | null = null;
  /** When each client last sent FLOOD_FACTOR × the rate limit in one second. */
  private readonly floodSeconds = new Map<string, number>();
  /** Addresses the host removed a client of: they may not come back as spectators until then (epoch ms). */
  private readonly kickedAddresses = new Map<string, number>();
  private patchScheduled = false;
  private patchSoon: ReturnType<typeof setTimeout> | null = null;

  /** Every join and create request passes here first: stamps a create with its creator key, keeps the client's address. */
  static override onAuth(_token: string, options: unknown, context: AuthContext): Promise<unknown> {
    return Promise.resolve(stampCreator(options, context));
  }

  override async onCreate(rawOptions: unknown): Promise<void> {
    await creationTurn();
    const { stamp, rest: options } = takeCreatorStamp(rawOptions);
    const staged = takeStagedOptions(options);
    if (!staged?.init?.resume) {
      const full = security().roomCapProblem('match', staged ? null : stamp?.ip ?? null);
      if (full) throw new ServerError(429, `ROOM_FULL: ${full.message} (retry in ${retrySeconds(full.retryAfterMs)} s)`);
    }
    let init: MatchInit | undefined;
    let settingsInput: unknown;
    let creatorOptions: JoinOptions | null = null;
    if (staged) {
      init = staged.init;
      settingsInput = staged.settings;
      if (staged.autoDispose === false) this.autoDispose = false;
    } else {
      const parsed = createOptionsSchema.safeParse(options ?? {});
      if (!parsed.success) {
        const fields = zodFieldErrors(parsed.error);
        const code = fields.every((f) => f.path.startsWith('settings')) ? 'INVALID_SETTINGS' : 'BAD_PAYLOAD';
        throw new ServerError(400, `${code}: ${fields.map((e) => e.message).join('; ')}`);
      }
      const { settings: given, ...joinPart } = parsed.data;
      settingsInput = given;
      creatorOptions = joinPart;
      this.creatorKey = stamp?.key ?? null;
    }
    const settings = init ? settingsFromState(init.state, scenarioIdOf(init.state), settingsInput) : resolveSettings(settingsInput);
    if (!settings.ok) throw new ServerError(400, `INVALID_SETTINGS: ${settings.errors.map((e) => e.message).join('; ')}`);

    const taken = (c: string) => matchMaker.getLocalRoomById(c) !== undefined;
    // Codes are unique across every server process (server/scale/sharedCodes.ts).
    const code = staged?.code ?? (await allocateSharedJoinCode(taken));
    const inUse = staged?.code ? await reserveSharedCode(code, taken) : null;
    if (inUse) throw new ServerError(409, inUse);
    try {
      this.setUp(code, settings.settings, init, creatorOptions);
    } catch (err) {
      releaseSharedCode(code);
      throw err;
    }
    // A resolution pushes its patch at once, every other change to the schema (an answer, a class
    // command, a timer) within PATCH_SOON_MS, so the periodic tick is only a fallback: a slow one
    // saves an idle room's CPU, and a burst of messages still shares one patch.
    this.patchRate = PATCH_INTERVAL_MS;
    // Reached by its code only: never handed to join / joinOrCreate by name.
    void this.setPrivate(true);
    security().roomOpened(code, 'match', staged ? null : stamp?.ip ?? null);
  }

  private setUp(code: string, settings: RoomSettings, init: MatchInit | undefined, creatorOptions: JoinOptions | null): void {
    this.roomId = code;
    this.match = new Match(code, settings, {
      scheduler: { setTimeout: (handler, ms) => this.clock.setTimeout(handler, ms) },
      now: () => serverClock.now(),
      sessionChanged: (sessionId) => {
        const client = this.clients.getById(sessionId);
        if (client) this.refreshSession(client);
      },
      // Right behind the patch that carries the new report (so `reportIndex` is already in the
      // state), and that patch goes out now rather than at the next 50 ms tick.
      broadcastResolved: (payload) => {
        this.broadcast(S2C.resolved, payload, { afterNextPatch: true });
        this.pushPatchNow();
      },
      disconnect: (sessionId, reason, banned) => this.removeClient(sessionId, reason, banned),
      persist: () => matchPersistence()?.save(this.match),
      saveInput: (input) => matchPersistence()?.input(this.match, input),
      tell: (sessionId, type, payload) => {
        const client = this.clients.getById(sessionId);
        if (client) this.reply(client, type, payload);
      },
      // Before the patch that counts them (it goes out after the current message at the earliest).
      reportFrames: (frames) => {
        for (const frame of frames) this.broadcastBytes(S2C.report, frame, {});
      },
      synced: () => {
        // The seats' private parts appear, and frames are compressed, once the match leaves the lobby.
        for (const client of this.clients) this.followPhase(client);
        this.pushPatchSoon();
      },
    }, init);
    this.state = this.match.schema;
    if (creatorOptions) {
      // Refuse a create whose creator could not join (bad name, seat not human) before anyone sees the code.
      const plan = actions.planJoin(this.match, '', creatorOptions, true);
      if ('ok' in plan && !plan.ok) throw new ServerError(400, `${plan.error.code}: ${plan.error.message}`);
    }
    this.registerMessages();
  }

  /**
   * Colyseus picks its schema serializer when the state is set: this room's compresses a large
   * patch's shared changes once for all its clients (SharedPatchSerializer), not by every socket.
   */
  override setSerializer(serializer: Parameters<Room['setSerializer']>[0]): void {
    super.setSerializer(serializer instanceof SchemaSerializer && !(serializer instanceof SharedPatchSerializer) ? new SharedPatchSerializer() : serializer);
  }

  /**
   * Sends the pending patch and what waits for it once the current message is handled (its ack
   * included), instead of at the next patch tick.
   */
  private pushPatchNow(): void {
    if (this.patchScheduled) return;
    this.patchScheduled = true;
    setImmediate(() => {
      this.patchScheduled = false;
      if (this.clients.length > 0) this.broadcastPatch();
    });
  }

  /** Sends the pending patch (and the answers waiting for it) within PATCH_SOON_MS. */
  private pushPatchSoon(): void {
    if (this.patchSoon !== null || this.patchScheduled) return;
    this.patchSoon = setTimeout(() => {
      this.patchSoon = null;
      if (this.clients.length > 0) this.broadcastPatch();
    }, PATCH_SOON_MS);
  }

  /** Keeps the server up whatever a room hook or timer throws; refused joins are not errors. */
  override onUncaughtException(error: RoomException, method: RoomMethodName): void {
    const cause = (error as Error & { cause?: unknown }).cause;
    if ((method === 'onJoin' || method === 'onCreate') && cause instanceof ServerError) return;
    console.error(`[match ${this.roomId}] ${method} failed:`, cause ?? error);
  }

  override onDispose(): void {
    if (this.patchSoon !== null) clearTimeout(this.patchSoon);
    security().roomClosed(this.roomId);
    this.match?.timer.stop();
    if (this.match) matchPersistence()?.disposed(this.match);
    if (this.match) releaseSharedCode(this.match.code);
  }

  // ---------------------------------------------------------------- joining and leaving

  override onJoin(client: Client<{ userData: ClientData }>, rawOptions: unknown): void {
    const { stamp, rest: options } = takeCreatorStamp(rawOptions);
    const { settings: _settings, ...joinPart } = (options ?? {}) as Record<string, unknown>;
    const parsed = joinOptionsSchema.safeParse(joinPart);
    if (!parsed.success) throw new ServerError(400, `BAD_PAYLOAD: ${zodFieldErrors(parsed.error).map((e) => e.message).join('; ')}`);
    const creator = this.creatorKey !== null && stamp?.key === this.creatorKey;
    const plan = actions.planJoin(this.match, client.sessionId, parsed.data, creator);
    if ('ok' in plan) throw new ServerError(400, plan.ok ? 'join refused' : `${plan.error.code}: ${plan.error.message}`);
    if (plan.kind === 'spectator' && !plan.host) this.admitSpectator(client);
    if (creator) this.creatorKey = null;
    client.userData = {};
    const { displaced, previousHost } = actions.admit(this.match, client.sessionId, plan);
    if (displaced) this.removeClient(displaced, 'your seat was taken over by a newer connection');
    if (previousHost) {
      const prev = this.clients.getById(previousHost);
      if (prev) this.refreshSession(prev);
    }
    this.updateSpectators();
    this.refreshSession(client);
    this.sendReports(client);
    this.match.settle();
  }

  override onDrop(client: Client<{ userData: ClientData }>, code?: number): void {
    // Colyseus itself closes a client past maxMessagesPerSecond (before the guard sees a second
    // flooding window; it counts as a drop): that is a flood too, and costs the same cooldown.
    if (code === CloseCode.WITH_ERROR && this.wasFlooding(client)) this.coolDown(client);
    if (client.userData?.kicked) return;
    // A spectator holds nothing to come back to: no reconnection seat kept for it (dropped
    // spectators would otherwise fill the room for the grace period).
    if (this.match.roleOf(client.sessionId) === null && !this.match.isHost(client.sessionId)) return;
    const seconds = this.match.settings.reconnectSeconds;
    this.match.dropped(client.sessionId, seconds * 1000);
    const reconnection = this.allowReconnection(client, seconds);
    this.pendingReconnections.set(client.sessionId, reconnection);
    reconnection.catch(() => undefined);
  }

  override onReconnect(client: Client<{ userData: ClientData }>): void {
    this.pendingReconnections.delete(client.sessionId);
    this.match.reconnected(client.sessionId);
    this.refreshSession(client);
    this.sendReports(client);
  }

  /**
   * Every report so far, to a client that joins or comes back (from index 0: the client starts its
   * reports over). Colyseus holds them until the client has the full state.
   */
  private sendReports(client: Client): void {
    for (const frame of this.match.reportFrames.frames) client.sendBytes(S2C.report, frame);
  }

  override onLeave(client: Client<{ userData: ClientData }>): void {
    this.pendingReconnections.delete(client.sessionId);
    this.limiter.forget(client.sessionId);
    this.floodSeconds.delete(client.sessionId);
    client.view?.dispose();
    client.view = undefined;
    this.match.left(client.sessionId);
    this.updateSpectators();
  }

  /** Spectators have their own cap below the room's, and a removed one does not come straight back. */
  private admitSpectator(client: Client): void {
    const limits = security().limits;
    const ip = addressOf(client);
    const until = ip === null ? 0 : this.kickedAddresses.get(ip) ?? 0;
    const now = serverClock.now();
    if (until > now) {
      throw new ServerError(403, `ROOM_FULL: the host removed a spectator from your network; watching this match is closed to it for ${retrySeconds(until - now)} s`);
    }
    const watching = this.clients.filter((c) => c.sessionId !== client.sessionId && this.match.roleOf(c.sessionId) === null && !this.match.isHost(c.sessionId)).length;
    if (watching >= limits.maxSpectators) {
      throw new ServerError(403, `ROOM_FULL: this match already has ${limits.maxSpectators} spectators; join with a seat or ask the host`);
    }
  }

  /** Removes a client: connected ones are told why and disconnected; dropped ones lose their grace. */
  private removeClient(sessionId: string, reason: string, banned = false): void {
    if (banned) {
      const ip = addressOf(this.clients.getById(sessionId) ?? {});
      if (ip !== null) this.kickedAddresses.set(ip, serverClock.now() + security().limits.kickCooldownMs);
    }
    const pending = this.pendingReconnections.get(sessionId);
    if (pending) {
      this.pendingReconnections.delete(sessionId);
      (pending.reject as (reason: Error) => void)(new Error(reason));
      return;
    }
    const client = this.clients.getById(sessionId);
    if (!client) return;
    client.userData = { ...client.userData, kicked: true };
    client.send(S2C.kicked, { reason });
    client.leave(CloseCode.CONSENTED, reason);
  }

  private updateSpectators(): void {
    this.match.setSpectators(this.clients.filter((c) => this.match.roleOf(c.sessionId) === null).length);
  }

  /** Points the client's StateView at its seat's private part and tells it who it is. */
  private refreshSession(client: Client<{ userData: ClientData }>): void {
    this.followPhase(client);
    const role = this.match.roleOf(client.sessionId);
    const isHost = this.match.isHost(client.sessionId);
    const payload: SessionPayload = {
      protocolVersion: PROTOCOL_VERSION,
      roomId: this.roomId,
      code: this.match.code,
      sessionId: client.sessionId,
      role,
      seatToken: role ? this.match.seats.get(role).token : null,
      isHost,
      reconnectionToken: `${this.roomId}:${client.reconnectionToken}`,
    };
    if (isHost && this.match.hostSecret !== null) payload.hostSecret = this.match.hostSecret;
    this.reply(client, S2C.session, payload);
  }

  /**
   * Points the client's StateView at its seat's private part (none for a spectator, or in a fresh
   * lobby) and compresses its frames outside the lobby (server/socketCompression.ts).
   */
  private followPhase(client: Client<{ userData: ClientData }>): void {
    compressFrames(client, this.match.phase !== 'lobby');
    const role = this.match.roleOf(client.sessionId);
    const priv = (role && this.match.schema.privates.get(role)) || null;
    client.userData ??= {};
    if (!client.view) client.view = new StateView();
    if (client.userData.viewed !== priv) {
      const old = client.userData.viewed;
      if (old) {
        try {
          client.view.remove(old as Parameters<StateView['remove']>[0]);
        } catch {
          // The old part left the state already (rebuilt in the lobby): nothing to hide.
        }
      }
      if (priv) client.view.add(priv);
      client.userData.viewed = priv;
    }
  }

  /**
   * Sends to a joined client after the next state patch, so when a client reads an answer its
   * state already shows the change. (A client still joining gets it with its first full state.)
   */
  private reply(client: Client, type: string, payload: unknown): void {
    if (client.state === ClientState.JOINED) client.send(type, payload, { afterNextPatch: true });
    else client.send(type, payload);
  }

  // ---------------------------------------------------------------- messages

  private registerMessages(): void {
    const m = this.match;
    this.on(C2S.claimSeat, claimSeatSchema, (c, p) => actions.claimSeat(m, c.sessionId, p));
    this.on(C2S.releaseSeat, clientPayloadSchemas.releaseSeat, (c) => actions.releaseSeat(m, c.sessionId));
    this.on(C2S.ready, readySchema, (c, p) => actions.ready(m, c.sessionId, p));
    this.on(C2S.submitOrders, submitOrdersSchema, (c, p) => actions.submitOrders(m, c.sessionId, p));
    this.on(C2S.withdrawOrders, withdrawOrdersSchema, (c, p) => actions.withdrawOrders(m, c.sessionId, p));
    this.on(C2S.proposeDeal, proposeDealSchema, (c, p) => actions.proposeDeal(m, c.sessionId, p));
    this.on(C2S.respondDeal, respondDealSchema, (c, p) => actions.respondDeal(m, c.sessionId, p));
    this.on(C2S.claimHost, claimHostSchema, (c, p) => actions.claimHost(m, c.sessionId, p.hostSecret));
    this.on(C2S.requestSeat, requestSeatSchema, (c, p) => requestSeat(m, c.sessionId, p));
    this.on(C2S.host, hostCommandSchema, (c, p) => {
      if (!m.isHost(c.sessionId)) return refused('NOT_HOST', `only the host can send '${p.command}'`);
      return applyHostCommand(m, p, c.sessionId);
    });
    this.onMessage('*', (client: Client, ...args: unknown[]) => {
      const type = wildcardType(args);
      this.guard(client, type, undefined, null, () =>
        refused('UNKNOWN_MESSAGE', type === '*' ? "message type '*' is reserved; send one of the protocol's message types" : `unknown message type '${type}'`),
      );
    });
  }

  private on<S extends z.ZodType>(type: ClientMessageType, schema: S, handler: (client: Client, payload: z.infer<S>) => Outcome): void {
    this.onMessage(type, (client: Client, payload: unknown) => this.guard(client, type, payload, schema, handler));
  }

  /** Rate limit → size limit → seat spoofing → schema → handler; answers with ack or error. */
  private guard<S extends z.ZodType>(
    client: Client,
    type: string,
    payload: unknown,
    schema: S | null,
    handler: (client: Client, payload: z.infer<S>) => Outcome,
  ): RequestResult {
    const before = this.sessionKey(client);
    let outcome: Outcome;
    try {
      const checked = this.check(client, type, payload, schema);
      outcome = 'refusal' in checked ? checked.refusal : handler(client, checked.data as z.infer<S>);
    } catch (err) {
      if (err instanceof SaveFailedError) {
        outcome = refused('SERVER_ERROR', `'${type}': ${err.message}`);
      } else {
        console.error(`[match ${this.roomId}] '${type}' from ${client.sessionId} failed:`, err);
        outcome = refused('SERVER_ERROR', `the server failed to handle '${type}'; nothing changed`);
      }
    }
    let result: RequestResult;
    if (outcome.ok) {
      this.reply(client, S2C.ack, { type, ...outcome.ack });
      result = { ok: true, ...outcome.ack };
    } else {
      const error: ErrorPayload = { ...outcome.error, type };
      this.reply(client, S2C.error, error);
      result = { ok: false, error };
    }
    if (this.sessionKey(client) !== before) this.refreshSession(client as Client<{ userData: ClientData }>);
    this.updateSpectators();
    this.match.settle();
    // The answer waits for a patch (afterNextPatch), also when the message changed nothing.
    this.pushPatchSoon();
    return result;
  }

  private check(client: Client, type: string, payload: unknown, schema: z.ZodType | null): { refusal: Outcome } | { data: unknown } {
    const sent = this.limiter.hit(client.sessionId);
    if (sent === RATE_LIMIT_PER_SECOND * FLOOD_FACTOR + 1) {
      const now = serverClock.now();
      const before = this.floodSeconds.get(client.sessionId);
      this.floodSeconds.set(client.sessionId, now);
      if (before !== undefined && now - before <= FLOOD_REPEAT_MS) {
        this.flooded(client as Client<{ userData: ClientData }>);
        return { refusal: refused('RATE_LIMITED', `'${type}' ignored: this connection flooded the room and was closed`) };
      }
    }
    if (sent > RATE_LIMIT_PER_SECOND) {
      return { refusal: refused('RATE_LIMITED', `more than ${RATE_LIMIT_PER_SECOND} messages in one second; '${type}' was ignored`) };
    }
    const ip = addressOf(client);
    const limits = security().limits;
    if (ip !== null && !security().messagesPerIp.allow(ip)) {
      return { refusal: refused('RATE_LIMITED', `more than ${limits.messagesPerIpPerSecond} messages in one second from your network; '${type}' was ignored`) };
    }
    let size: number;
    try {
      size = Buffer.byteLength(JSON.stringify(payload ?? null) ?? '');
    } catch {
      return { refusal: refused('BAD_PAYLOAD', `'${type}' payload is not JSON data`) };
    }
    if (size > MAX_PAYLOAD_BYTES) {
      return { refusal: refused('PAYLOAD_TOO_LARGE', `'${type}' payload is ${size} bytes; the limit is ${MAX_PAYLOAD_BYTES}`) };
    }
    if (!schema) return { data: payload };
    if (SEAT_BOUND.has(type) && payload && typeof payload === 'object' && ('seat' in payload || 'role' in payload)) {
      const mine = this.match.roleOf(client.sessionId);
      return { refusal: refused('NOT_YOUR_SEAT', `'${type}' always acts for your own seat (${mine ?? 'none'}); remove the 'seat'/'role' field`) };
    }
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) {
      const fields = zodFieldErrors(parsed.error);
      return { refusal: refused('BAD_PAYLOAD', fields.map((f) => f.message).join('; '), fields) };
    }
    return { data: parsed.data };
  }

  /** Past FLOOD_FACTOR × the rate limit now or in the last seconds. */
  private wasFlooding(client: Client): boolean {
    const flagged = this.floodSeconds.get(client.sessionId);
    return this.limiter.count(client.sessionId) > RATE_LIMIT_PER_SECOND * FLOOD_FACTOR || (flagged !== undefined && serverClock.now() - flagged <= FLOOD_REPEAT_MS);
  }

    /** The client's address may not connect or create for a while; returns how long (ms). */
  private coolDown(client: Client): number {
    const cooldown = security().limits.floodCooldownMs;
    const ip = addressOf(client);
    if (ip !== null) security().floods.impose(ip, cooldown);
    return cooldown;
  }

  /** Far past the rate limit: the connection is closed and its address may not reconnect or create for a while. */
  private flooded(client: Client<{ userData: ClientData }>): void {
    const cooldown = this.coolDown(client);
    if (client.userData?.kicked) return;
    client.userData = { ...client.userData, kicked: true };
    const reason = `too many messages: closed; your network may reconnect in ${retrySeconds(cooldown)} s`;
    client.send(S2C.kicked, { reason });
    client.leave(CloseCode.WITH_ERROR, reason);
  }

  private sessionKey(client: Client): string {
    return `${this.match.roleOf(client.sessionId) ?? ''}|${this.match.isHost(client.sessionId)}`;
  }
}
