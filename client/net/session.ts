import { Client, type Room } from '@colyseus/sdk';
import {
  C2S,
  ROOM_NAME,
  PROTOCOL_VERSION,
  S2C,
  type CreateOptions,
  type ErrorPayload,
  type HostCommand,
  type JoinOptions,
  type RequestResult,
  type ResolvedPayload,
  type SessionPayload,
  type SettingsInput,
} from '../../shared/protocol';
import type { DealTerms, Orders, Party } from '../../shared/orders/types';
import type { Role } from '../../shared/roles';
import { MatchMirror } from '../state/mirror';
import type { MatchSnapshot } from '../state/model';

// The one connection to the game server. Wraps @colyseus/sdk: creates and joins match rooms,
// keeps a MatchSnapshot up to date from the state's field-level changes (client/state/mirror.ts),
// keeps what is needed to come back (seat token,
// host secret, reconnection token) and reconnects by itself when the connection drops.

export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'lost';

export interface SessionEvents {
  change: () => void;
  resolved: (p: ResolvedPayload) => void;
  serverError: (e: ErrorPayload) => void;
  kicked: (reason: string) => void;
  connection: (state: ConnectionState) => void;
}

type Listener<K extends keyof SessionEvents> = SessionEvents[K];

const STORAGE_KEY = 'computeRace.session';

/**
 * The seat this browser holds lives in localStorage, not sessionStorage: a student who reloads,
 * closes the tab or opens the join link again later lands in the same seat (issue 16).
 */
function seatStore(): Storage | undefined {
  return globalThis.localStorage;
}

interface Stored {
  code: string;
  seatToken: string | null;
  hostSecret: string | null;
  name: string;
}

export function serverEndpoint(): string {
  const override = new URLSearchParams(location.search).get('server');
  return override || location.origin;
}

export class Session {
  private client: Client | null = null;
  room: Room | null = null;
  private mirror: MatchMirror | null = null;
  info: SessionPayload | null = null;
  snapshot: MatchSnapshot | null = null;
  connection: ConnectionState = 'idle';
  name = '';
  private hostSecret: string | null = null;
  private listeners: { [K in keyof SessionEvents]: Set<Listener<K>> } = {
    change: new Set(),
    resolved: new Set(),
    serverError: new Set(),
    kicked: new Set(),
    connection: new Set(),
  };
  private leaving = false;
  private rejoinTimer: ReturnType<typeof setTimeout> | null = null;
  private rejoinAttempts = 0;

  on<K extends keyof SessionEvents>(event: K, fn: SessionEvents[K]): () => void {
    (this.listeners[event] as Set<SessionEvents[K]>).add(fn);
    return () => (this.listeners[event] as Set<SessionEvents[K]>).delete(fn);
  }

  private emit<K extends keyof SessionEvents>(event: K, ...args: Parameters<SessionEvents[K]>): void {
    for (const fn of this.listeners[event] as Set<(...a: Parameters<SessionEvents[K]>) => void>) fn(...args);
  }

  private sdk(): Client {
    if (!this.client) this.client = new Client(serverEndpoint());
    return this.client;
  }

  get role(): Role | null {
    return this.info?.role ?? null;
  }

  get isHost(): boolean {
    return !!this.info?.isHost;
  }

  get code(): string | null {
    return this.info?.code || this.snapshot?.code || this.room?.roomId || null;
  }

  private setConnection(state: ConnectionState): void {
    if (this.connection === state) return;
    this.connection = state;
    this.emit('connection', state);
  }

  /** Creates a room (the creator becomes host) and joins it. */
  async create(name: string, role: Role | undefined, settings: SettingsInput): Promise<void> {
    await this.leave();
    this.name = name;
    const options: CreateOptions = { name, settings, ...(role ? { role } : {}) };
    this.setConnection('connecting');
    try {
      this.attach(await this.sdk().create(ROOM_NAME, options));
    } catch (err) {
      this.setConnection('idle');
      throw err;
    }
  }

  /** Joins a room by its code, as spectator or straight into a seat. */
  async join(code: string, options: JoinOptions): Promise<void> {
    await this.leave();
    this.name = options.name ?? '';
    this.setConnection('connecting');
    try {
      this.attach(await this.sdk().joinById(code, options));
    } catch (err) {
      this.setConnection('idle');
      throw err;
    }
  }

  /**
   * Takes a seat back by the name it was played under (a match restored after a server restart,
   * whose seat token went with the browser tab). The current connection (as spectator) is kept
   * until the server has given the seat, so a refusal changes nothing.
   */
  async reclaim(role: Role, name: string): Promise<void> {
    const code = this.code;
    if (!code) throw new Error('not in a match');
    const room = await this.sdk().joinById(code, { name, role, ...(this.hostSecret ? { hostSecret: this.hostSecret } : {}) });
    const old = this.room;
    const secret = this.hostSecret;
    this.info = null;
    this.name = name;
    this.attach(room);
    this.hostSecret = secret;
    if (old) void old.leave(true).catch(() => undefined);
    // The seat is ours once the server's session message says so.
    await new Promise<void>((resolve) => {
      const done = () => {
        off();
        clearTimeout(timer);
        resolve();
      };
      const off = this.on('change', () => {
        if (this.role === role) done();
      });
      const timer = setTimeout(done, 5000);
      if (this.role === role) done();
    });
  }

  /** A seat this browser held before (reload, closed tab): code and tokens from localStorage. */
  stored(): Stored | null {
    try {
      const raw = seatStore()?.getItem(STORAGE_KEY);
      return raw ? (JSON.parse(raw) as Stored) : null;
    } catch {
      return null;
    }
  }

  forget(): void {
    try {
      seatStore()?.removeItem(STORAGE_KEY);
    } catch {
      /* storage unavailable */
    }
  }

  /** Rejoins the stored seat (after a reload). */
  async resume(): Promise<void> {
    const s = this.stored();
    if (!s) throw new Error('no stored match');
    await this.join(s.code, {
      ...(s.seatToken ? { seatToken: s.seatToken } : {}),
      ...(s.hostSecret ? { hostSecret: s.hostSecret } : {}),
    });
    this.name = s.name;
  }

  private persist(): void {
    if (!this.info) return;
    const s: Stored = { code: this.info.code, seatToken: this.info.seatToken, hostSecret: this.hostSecret, name: this.name };
    try {
      seatStore()?.setItem(STORAGE_KEY, JSON.stringify(s));
    } catch {
      /* storage unavailable: reload loses the seat, the live connection still reconnects */
    }
  }

  private attach(room: Room): void {
    this.room = room;
    this.mirror = new MatchMirror(room, { caughtUp: () => this.refresh(), problem: () => this.refresh() });
    this.leaving = false;
    this.rejoinAttempts = 0;
    room.reconnection.maxRetries = 12;
    room.reconnection.minUptime = 0;
    room.onMessage(S2C.session, (p: SessionPayload) => {
      // A tab opened before the server was updated: its client reads the room another way.
      if (p.protocolVersion !== PROTOCOL_VERSION) this.mirror?.fail(`the server speaks protocol ${p.protocolVersion}, this page ${PROTOCOL_VERSION}`);
      this.info = p;
      if (p.hostSecret) this.hostSecret = p.hostSecret;
      this.persist();
      this.refresh();
    });
    room.onMessage(S2C.ack, () => undefined);
    room.onMessage(S2C.error, (e: ErrorPayload) => this.emit('serverError', e));
    room.onMessage(S2C.resolved, (p: ResolvedPayload) => this.emit('resolved', p));
    room.onMessage(S2C.kicked, (p: { reason: string }) => {
      this.forget();
      this.emit('kicked', p.reason);
    });
    room.onStateChange(() => this.refresh());
    room.onDrop(() => this.setConnection('reconnecting'));
    room.onReconnect(() => {
      this.setConnection('connected');
      this.mirror?.invalidate();
      this.refresh();
    });
    room.onLeave((code: number) => {
      if (this.leaving || this.room !== room) return;
      // The SDK gave up (or the server closed us): come back to the seat with its token.
      if (code === 4000 || code === 1000) {
        this.setConnection('idle');
        return;
      }
      this.setConnection('reconnecting');
      this.scheduleRejoin();
    });
    this.setConnection('connected');
    this.refresh();
  }

  private scheduleRejoin(): void {
    if (this.rejoinTimer) return;
    const code = this.code;
    if (!code) return this.setConnection('lost');
    const delay = Math.min(8000, 500 * 2 ** this.rejoinAttempts);
    // The timer cannot await: the attempt reports its own failure.
    this.rejoinTimer = setTimeout(() => void (async () => {
      this.rejoinTimer = null;
      this.rejoinAttempts += 1;
      try {
        const room = await this.sdk().joinById(code, {
          ...(this.info?.seatToken ? { seatToken: this.info.seatToken } : {}),
          ...(this.hostSecret ? { hostSecret: this.hostSecret } : {}),
        });
        this.attach(room);
      } catch {
        if (this.rejoinAttempts >= 10) this.setConnection('lost');
        else this.scheduleRejoin();
      }
    })(), delay);
  }

  /** Tries again after the connection was declared lost. */
  retry(): void {
    this.rejoinAttempts = 0;
    this.setConnection('reconnecting');
    this.scheduleRejoin();
  }

  private refresh(): void {
    // Right after a join or a reconnection the state has arrived but not yet the report frames
    // behind it: the screens wait for them (caughtUp) rather than show a match without its results.
    if (!this.room?.state || !this.mirror?.reportsComplete) return;
    this.snapshot = this.mirror.snapshot(this.role);
    this.emit('change');
  }

  async leave(): Promise<void> {
    if (this.rejoinTimer) clearTimeout(this.rejoinTimer);
    this.rejoinTimer = null;
    const room = this.room;
    this.room = null;
    this.mirror = null;
    this.info = null;
    this.snapshot = null;
    this.hostSecret = null;
    if (room) {
      this.leaving = true;
      try {
        await room.leave(true);
      } catch {
        /* already closed */
      }
    }
    this.forget();
    this.setConnection('idle');
  }

  /** Sends a message and waits for the server's verdict. */
  async request(type: string, payload: unknown): Promise<RequestResult> {
    const room = this.room;
    if (!room) return { ok: false, error: { code: 'NO_SEAT', message: 'not connected to a match' } };
    try {
      return (await room.request(type as never, payload as never, { timeout: 15_000 })) as RequestResult;
    } catch (err) {
      return { ok: false, error: { code: 'BAD_PAYLOAD', message: err instanceof Error ? err.message : String(err) } };
    }
  }

  claimSeat(role: Role, name: string): Promise<RequestResult> {
    this.name = name;
    return this.request(C2S.claimSeat, { role, name });
  }
  releaseSeat(): Promise<RequestResult> {
    return this.request(C2S.releaseSeat, {});
  }
  setReady(ready: boolean): Promise<RequestResult> {
    return this.request(C2S.ready, { ready });
  }
  submitOrders(orders: Orders): Promise<RequestResult> {
    return this.request(C2S.submitOrders, { orders });
  }
  withdrawOrders(quarter: number): Promise<RequestResult> {
    return this.request(C2S.withdrawOrders, { quarter });
  }
  proposeDeal(to: Party, terms: DealTerms): Promise<RequestResult> {
    return this.request(C2S.proposeDeal, { to, terms });
  }
  respondDeal(proposalId: string, accept: boolean): Promise<RequestResult> {
    return this.request(C2S.respondDeal, { proposalId, accept });
  }
  host(command: HostCommand): Promise<RequestResult> {
    return this.request(C2S.host, command);
  }
}

export const session = new Session();
