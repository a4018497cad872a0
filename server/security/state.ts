import { Budget, Cooldowns } from './budget';
import { serverClock, useClock, type Clock } from './clock';
import { DEFAULT_LIMITS, type SecurityLimits } from './limits';
import { WindowLimiter } from './windowLimiter';

// The server's live security bookkeeping: budgets per address and in total, flood cooldowns,
// open connections and who created which live room. One per server process.

export type RoomKind = 'match' | 'class';

export class SecurityState {
  readonly createsPerIp: Budget;
  readonly createsGlobal: Budget;
  readonly httpPerIp: Budget;
  readonly uploadsPerIp: Budget;
  readonly uploadsGlobal: Budget;
  readonly forksPerIp: Budget;
  readonly forksGlobal: Budget;
  /** Addresses that flooded a room: no new connections or rooms until the cooldown ends. */
  readonly floods: Cooldowns;
  /** Game messages per address per second, across its connections. */
  readonly messagesPerIp: WindowLimiter;
  private readonly connections = new Map<string, number>();
  private connectionTotal = 0;
  private readonly rooms = new Map<string, { kind: RoomKind; ip: string | null }>();

  constructor(
    readonly limits: SecurityLimits,
    readonly clock: Clock,
  ) {
    this.createsPerIp = new Budget(limits.createsPerIp, clock);
    this.createsGlobal = new Budget(limits.createsGlobal, clock);
    this.httpPerIp = new Budget(limits.httpPerIp, clock);
    this.uploadsPerIp = new Budget(limits.uploadsPerIp, clock);
    this.uploadsGlobal = new Budget(limits.uploadsGlobal, clock);
    this.forksPerIp = new Budget(limits.forksPerIp, clock);
    this.forksGlobal = new Budget(limits.forksGlobal, clock);
    this.floods = new Cooldowns(clock);
    this.messagesPerIp = new WindowLimiter(limits.messagesPerIpPerSecond, clock);
  }

  // ------------------------------------------------------------ connections

  /** Counts a new WebSocket from `ip`; false (nothing counted) when a limit is reached. */
  openConnection(ip: string): boolean {
    const n = this.connections.get(ip) ?? 0;
    if (n >= this.limits.connectionsPerIp || this.connectionTotal >= this.limits.maxConnections) return false;
    this.connections.set(ip, n + 1);
    this.connectionTotal += 1;
    return true;
  }

  closeConnection(ip: string): void {
    const n = this.connections.get(ip) ?? 0;
    if (n <= 1) this.connections.delete(ip);
    else this.connections.set(ip, n - 1);
    this.connectionTotal = Math.max(0, this.connectionTotal - 1);
  }

  connectionsOf(ip: string): number {
    return this.connections.get(ip) ?? 0;
  }

  // ------------------------------------------------------------ live rooms

  roomOpened(roomId: string, kind: RoomKind, ip: string | null): void {
    this.rooms.set(roomId, { kind, ip });
  }

  roomClosed(roomId: string): void {
    this.rooms.delete(roomId);
  }

  liveRooms(kind: RoomKind, ip?: string): number {
    let n = 0;
    for (const r of this.rooms.values()) if (r.kind === kind && (ip === undefined || r.ip === ip)) n += 1;
    return n;
  }

  /** Why `ip` may not create a room of this kind now (null: it may), with when to retry. */
  roomCapProblem(kind: RoomKind, ip: string | null): { message: string; retryAfterMs: number } | null {
    const max = kind === 'match' ? this.limits.maxRooms : this.limits.maxClasses;
    const perIp = kind === 'match' ? this.limits.roomsPerIp : this.limits.classesPerIp;
    const what = kind === 'match' ? 'match rooms' : 'classes';
    if (this.liveRooms(kind) >= max) return { message: `the server is full (${max} live ${what}); try again later`, retryAfterMs: 60_000 };
    if (ip !== null && this.liveRooms(kind, ip) >= perIp) {
      return { message: `your network already has ${perIp} live ${what} open on this server; close one or try again later`, retryAfterMs: 60_000 };
    }
    return null;
  }
}

let current = new SecurityState(DEFAULT_LIMITS, serverClock);

/** Starts the server's security bookkeeping afresh with these limits and this clock. */
export function installSecurity(limits: SecurityLimits, clock: Clock): SecurityState {
  useClock(clock);
  current = new SecurityState(limits, serverClock);
  return current;
}

export function security(): SecurityState {
  return current;
}
