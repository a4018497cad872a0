import { Room, ServerError, matchMaker, type AuthContext, type Client } from '@colyseus/core';
import {
  CLASS_C2S,
  CLASS_S2C,
  classCommandSchema,
  classCreateSchema,
  classJoinSchema,
  classScheduleSchema,
  projectorSchema,
  type ClassCommandResult,
  type ClassSessionPayload,
} from '../../shared/classroom/protocol';
import type { ErrorPayload } from '../../shared/protocol';
import { allocateSharedJoinCode, releaseSharedCode, reserveSharedCode } from '../scale/sharedCodes';
import { zodFieldErrors } from '../room/settings';
import { classPersistence } from './persistence';
import { registerClass, unregisterClass } from './registry';
import { ClassStateSchema } from './schema';
import { ClassError, ClassSession } from './session';
import { takeStagedClass } from './staging';
import { retrySeconds } from '../security/budget';
import { serverClock } from '../security/clock';
import { stampCreator, takeCreatorStamp } from '../security/creator';
import { security } from '../security/state';
import { wildcardType } from '../security/wildcard';
import { creationTurn } from '../room/creationTurns';

// The `class` room: a teacher's console (and projectors) for one class session. Creating it opens
// one match room per group; the room then mirrors every group's status into its state a few
// times a second and fans the host's commands out to the groups. It outlives a reload of the
// console (it is not disposed when its last client leaves) and closes after an idle time
// (COMPUTE_RACE_CLASS_IDLE_MINUTES), or soon when its creator never opened it.

type State = InstanceType<typeof ClassStateSchema>;

interface ClassClientData {
  host: boolean;
}

/** How often group status is mirrored (students joining, submitting, timers). */
export const CLASS_SYNC_MS = 250;

function error(code: ErrorPayload['code'], message: string, type: string): ClassCommandResult {
  return { ok: false, error: { code, message, type }, results: [] };
}

export class ClassRoom extends Room<{ state: State; client: Client<{ userData: ClassClientData }> }> {
  session!: ClassSession;
  override maxClients = 16;
  override maxMessagesPerSecond = 40;
  override autoDispose = false;
  /** Key of the create request that made this class: its client is the teacher. */
  private creatorKey: string | null = null;
  /** Nobody ever joined (a created class waits a short while for its creator). */
  private unclaimed = true;
  private idleSince: number | null = null;

  /** Stamps a create with its creator key and keeps the client's address (server/security/creator.ts). */
  static override onAuth(_token: string, options: unknown, context: AuthContext): Promise<unknown> {
    return Promise.resolve(stampCreator(options, context));
  }

  override async onCreate(rawOptions: unknown): Promise<void> {
    await creationTurn();
    const { stamp, rest: options } = takeCreatorStamp(rawOptions);
    const restored = takeStagedClass(options);
    if (restored) {
      // A class brought back after a restart keeps its id; nobody is creator: the host rejoins with the secret.
      const inUse = await reserveSharedCode(restored.id, (c) => matchMaker.getLocalRoomById(c) !== undefined);
      if (inUse) throw new ServerError(409, `class id ${restored.id} cannot be used: ${inUse}`);
      this.roomId = restored.id;
      this.begin(restored, null);
      return;
    }
    const full = security().roomCapProblem('class', stamp?.ip ?? null);
    if (full) throw new ServerError(429, `ROOM_FULL: ${full.message} (retry in ${retrySeconds(full.retryAfterMs)} s)`);
    this.creatorKey = stamp?.key ?? null;
    const parsed = classCreateSchema.safeParse(options ?? {});
    if (!parsed.success) {
      const fields = zodFieldErrors(parsed.error);
      const code = fields.every((f) => f.path.startsWith('settings')) ? 'INVALID_SETTINGS' : 'BAD_PAYLOAD';
      throw new ServerError(400, `${code}: ${fields.map((e) => e.message).join('; ')}`);
    }
    const id = await allocateSharedJoinCode((c) => matchMaker.getLocalRoomById(c) !== undefined || (classPersistence()?.knows(c) ?? false));
    this.roomId = id;
    try {
      this.session = await ClassSession.open(id, parsed.data, serverClock.now());
    } catch (err) {
      releaseSharedCode(id);
      if (err instanceof ClassError) throw new ServerError(400, err.message);
      throw err;
    }
    this.begin(this.session, stamp?.ip ?? null);
  }

  private begin(session: ClassSession, creatorIp: string | null): void {
    this.session = session;
    void this.setPrivate(true);
    security().roomOpened(this.roomId, 'class', creatorIp);
    registerClass(session);
    this.state = new ClassStateSchema();
    session.sync(this.state);
    classPersistence()?.saveClass(session);
    this.clock.setInterval(() => this.tick(), CLASS_SYNC_MS);
    this.registerMessages();
  }

  override onJoin(client: Client<{ userData: ClassClientData }>, rawOptions: unknown): void {
    let host: boolean;
    let secret: string | null = null;
    const { stamp, rest: options } = takeCreatorStamp(rawOptions);
    if (this.creatorKey !== null && stamp?.key === this.creatorKey) {
      this.creatorKey = null;
      host = true;
      secret = this.session.takeCreatedSecret();
    } else {
      const parsed = classJoinSchema.safeParse(options ?? {});
      if (!parsed.success) {
        throw new ServerError(400, 'BAD_TOKEN: this is a class session: students join their group with its code; the teacher rejoins with the host secret');
      }
      const o = parsed.data;
      if ('hostSecret' in o) {
        if (!this.session.isHostSecret(o.hostSecret)) throw new ServerError(400, 'BAD_SECRET: hostSecret: not the host secret of this class');
        host = true;
        secret = o.hostSecret;
      } else {
        if (!this.session.isViewKey(o.viewKey)) throw new ServerError(400, 'BAD_SECRET: viewKey: not the projector key of this class');
        host = false;
      }
    }
    client.userData = { host };
    this.unclaimed = false;
    const payload: ClassSessionPayload = { classId: this.session.id, title: this.session.title, isHost: host };
    if (host) {
      if (secret) payload.hostSecret = secret;
      payload.viewKey = this.session.viewKey;
    }
    client.send(CLASS_S2C.session, payload);
    this.updatePresence();
  }

  override onLeave(): void {
    this.updatePresence();
  }

  override onDispose(): Promise<void> | void {
    security().roomClosed(this.roomId);
    unregisterClass(this.roomId);
    releaseSharedCode(this.roomId);
    if (!this.session) return;
    classPersistence()?.saveClass(this.session);
    return this.session.close();
  }

  private updatePresence(): void {
    const hosts = this.clients.filter((c) => c.userData?.host).length;
    this.state.hostConnected = hosts > 0;
    this.state.projectors = this.clients.length - hosts;
  }

  private tick(): void {
    this.session.tick(serverClock.now());
    this.session.sync(this.state);
    const busy = this.clients.length > 0 || this.session.groupClients() > 0;
    const now = serverClock.now();
    const limits = security().limits;
    const allowed = this.unclaimed && this.creatorKey !== null ? limits.classUnclaimedMs : limits.classIdleMs;
    if (busy) this.idleSince = null;
    else if (this.idleSince === null) this.idleSince = now;
    else if (now - this.idleSince > allowed) void this.disconnect();
  }

  private registerMessages(): void {
    this.onMessage(CLASS_C2S.command, (client: Client<{ userData: ClassClientData }>, payload: unknown) => {
      if (!client.userData?.host) return error('NOT_HOST', 'only the teacher (with the host secret) can command the groups', CLASS_C2S.command);
      const parsed = classCommandSchema.safeParse(payload ?? {});
      if (!parsed.success) return error('BAD_PAYLOAD', zodFieldErrors(parsed.error).map((f) => f.message).join('; '), CLASS_C2S.command);
      const result = this.session.command(parsed.data.group, parsed.data.command, serverClock.now());
      this.session.sync(this.state);
      if (result.ok) classPersistence()?.saveClass(this.session);
      return result;
    });
    this.onMessage(CLASS_C2S.projector, (client: Client<{ userData: ClassClientData }>, payload: unknown) => {
      if (!client.userData?.host) return error('NOT_HOST', 'only the teacher can switch the projector', CLASS_C2S.projector);
      const parsed = projectorSchema.safeParse(payload ?? {});
      if (!parsed.success) return error('BAD_PAYLOAD', zodFieldErrors(parsed.error).map((f) => f.message).join('; '), CLASS_C2S.projector);
      const group = parsed.data.group ?? this.state.projectorGroup;
      if (group >= this.session.groups.length) {
        return error('BAD_PAYLOAD', `group: this class has ${this.session.groups.length} groups; got ${group + 1}`, CLASS_C2S.projector);
      }
      this.state.projectorMode = parsed.data.mode;
      this.state.projectorGroup = group;
      return { ok: true, results: [] } satisfies ClassCommandResult;
    });
    this.onMessage(CLASS_C2S.schedule, (client: Client<{ userData: ClassClientData }>, payload: unknown) => {
      if (!client.userData?.host) return { ok: false, error: { code: 'NOT_HOST', message: 'only the teacher can schedule events', type: CLASS_C2S.schedule } };
      const parsed = classScheduleSchema.safeParse(payload ?? {});
      if (!parsed.success) return { ok: false, error: { code: 'BAD_PAYLOAD', message: zodFieldErrors(parsed.error).map((f) => f.message).join('; '), type: CLASS_C2S.schedule } };
      const result = this.session.scheduleCommand(parsed.data);
      this.session.sync(this.state);
      if (result.ok) classPersistence()?.saveClass(this.session);
      return result;
    });
    this.onMessage('*', (client: Client, ...args: unknown[]) => {
      const type = wildcardType(args);
      const message = type === '*' ? "message type '*' is reserved" : `unknown message type '${type}'`;
      client.send('error', { code: 'UNKNOWN_MESSAGE', message, type });
    });
  }
}
