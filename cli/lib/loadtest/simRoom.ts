import type { Room } from '@colyseus/sdk';
import { DEFAULT_SCENARIO } from '../../../shared/engine/scenario';
import { CountedRoom, sdkClient } from './client';

// One room of the load test: five simulated players on one match, from create and join to the
// end, submitting orders every quarter at a random moment within the pacing window.

const ROLES = ['openai', 'meta', 'microsoft', 'amazon', 'google'] as const;
const RETRY_MS = 25;
/** RATE_LIMITED counts messages per one-second window: try again in the next one. */
const RATE_RETRY_MS = 1000;

export interface RoomSink {
  latency(ms: number): void;
  quarter(): void;
  resolution(): void;
  error(code: string): void;
  /** A refusal that is part of play (bankrupt seat, retry after a rate limit), not a failure. */
  refusal(code: string): void;
}

interface Seat {
  role: (typeof ROLES)[number];
  counted: CountedRoom;
  submittedAt: number;
  resolvedQuarter: number;
  /** The company went bankrupt: the seat only watches (the server refuses its orders with MATCH_OVER). */
  out: boolean;
  /** The join code, from the session message. */
  session: Promise<string>;
  /** The first full state arrived: the server has admitted the client. */
  joined: Promise<void>;
}

/**
 * Orders that keep the company's 2025 pace of chips and data centers (so cohorts, shells and
 * deliveries pile up as in real play, and with them the patches); the allocation shifts with the
 * quarter so each submit differs.
 */
function ordersFor(quarter: number, role: Seat['role']) {
  const training = 30 + (quarter % 5) * 5;
  const pace = DEFAULT_SCENARIO.companies[role].pace;
  return {
    quarter,
    chips: { gw: pace.chipsGW, maxPricePerGW: 0 },
    customChips: { gw: 0 },
    build: { gw: pace.buildGW, expedite: false },
    allocation: { training, products: 100 - training, cloud: 0 },
    cloud: { launch: false, askPrice: 0 },
    finance: { raiseEquity: 0, issueDebt: 0, repayDebt: 0, buyback: 0 },
    statement: 'none',
    deals: { propose: [], accept: [], reject: [] },
  };
}

export class SimRoom {
  private seats: Seat[] = [];
  private quarter = 0;
  private readies = 0;
  private resolvedCount = 0;
  private timers = new Set<NodeJS.Timeout>();
  stopped = false;
  playing = false;

  constructor(
    private readonly url: string,
    private readonly pacingMs: number,
    private readonly quarters: number,
    private readonly sink: RoomSink,
    private readonly idle = false,
  ) {}

  get connected(): number {
    return this.seats.length;
  }

  countWire(): void {
    for (const s of this.seats) s.counted.countWire();
  }

  /** Creates a match, seats five players, starts it; a failure is counted and retried after a second. */
  async begin(): Promise<void> {
    try {
      const host = this.seat(
        await sdkClient(this.url).create('match', { name: 'Load 1', role: ROLES[0], settings: { quarters: this.quarters, planningSeconds: 0, resultsSeconds: 0 } }),
        ROLES[0],
      );
      const code = await host.session;
      if (this.idle) {
        this.seats = [host];
        return;
      }
      const others = await Promise.all(ROLES.slice(1).map(async (role, i) => this.seat(await sdkClient(this.url).joinById(code, { name: `Load ${i + 2}`, role }), role)));
      const seats = [host, ...others];
      // A message sent before the client has its first state may reach a room still admitting it.
      await Promise.all(seats.map((s) => s.joined));
      if (this.stopped) {
        for (const s of seats) void s.counted.room.leave();
        return;
      }
      this.seats = seats;
      this.quarter = 0;
      this.readies = 0;
      for (const s of this.seats) s.counted.room.send('ready', { ready: true });
    } catch (err) {
      this.sink.error(`JOIN_FAILED: ${(err as Error).message}`);
      this.later(1000, () => void this.begin());
    }
  }

  private seat(room: Room, role: Seat['role']): Seat {
    const within = <T>(what: string, register: (done: (v: T) => void) => void) =>
      new Promise<T>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no ${what} within 10 s`)), 10_000);
        register((v) => {
          clearTimeout(t);
          resolve(v);
        });
      });
    const seat: Seat = {
      role,
      counted: new CountedRoom(room),
      submittedAt: 0,
      resolvedQuarter: -1,
      out: false,
      session: within<string>('session message', (done) => room.onMessage('session', (p: { code: string }) => done(p.code))),
      joined: within<void>('room state', (done) => room.onStateChange.once(() => done())),
    };
    seat.session.catch(() => undefined);
    seat.joined.catch(() => undefined);
    // Answers that arrive once the seat left (match over, test stopping) concern nobody.
    const live = () => !this.stopped && this.seats.includes(seat);
    room.onMessage('ack', (p: { type: string }) => live() && this.onAck(seat, p.type));
    room.onMessage('error', (p: { type: string; code: string }) => live() && this.onError(seat, p));
    room.onMessage('resolved', (p: { quarter: number; finished: boolean }) => live() && this.onResolved(seat, p));
    room.onMessage('*', () => undefined);
    room.onLeave((code: number) => {
      if (live()) this.sink.error(`DISCONNECTED (${code})`);
    });
    return seat;
  }

  private onAck(seat: Seat, type: string): void {
    // The host's `start` moved the lobby to planning: quarter 0 is open.
    if (type === 'host') return this.openQuarter();
    if (type === 'ready') this.readyAnswered();
  }

  /** Every seat's `ready` was answered (a watching seat's may be refused once planning began). */
  private readyAnswered(): void {
    if (++this.readies < this.seats.filter((s) => !s.out).length) return;
    this.readies = 0;
    if (!this.playing) {
      this.playing = true;
      this.seats[0]!.counted.room.send('host', { command: 'start' });
      return;
    }
    this.openQuarter();
  }

  private onError(seat: Seat, p: { type: string; code: string }): void {
    if (p.code === 'RATE_LIMITED') {
      this.sink.refusal(`${p.type}: RATE_LIMITED (retried)`);
      if (p.type === 'submitOrders') this.later(RATE_RETRY_MS, () => this.submit(seat));
      else if (p.type === 'ready') this.later(RATE_RETRY_MS, () => seat.counted.room.send('ready', { ready: true }));
      return;
    }
    if (p.type === 'submitOrders' && p.code === 'WRONG_PHASE' && seat.resolvedQuarter < this.quarter) {
      this.later(RETRY_MS, () => this.submit(seat));
      this.sink.refusal('submitOrders: WRONG_PHASE (retried)');
      return;
    }
    if (p.type === 'submitOrders' && p.code === 'MATCH_OVER') {
      seat.out = true;
      seat.submittedAt = 0;
      this.sink.refusal('submitOrders: MATCH_OVER (company bankrupt, seat watches)');
      if (this.seats.every((s) => s.out)) void this.restart();
      return;
    }
    if (p.type === 'ready' && p.code === 'WRONG_PHASE') {
      // A seat that went bankrupt this quarter said ready before it knew: planning began without it.
      this.sink.refusal('ready: WRONG_PHASE (seat just went bankrupt)');
      return this.readyAnswered();
    }
    this.sink.error(`${p.type}: ${p.code}`);
    if (p.type === 'ready') this.readyAnswered();
  }

  private openQuarter(): void {
    for (const seat of this.seats) {
      const wait = this.pacingMs > 0 ? Math.random() * this.pacingMs : 0;
      if (wait === 0) this.submit(seat);
      else this.later(wait, () => this.submit(seat));
    }
  }

  private submit(seat: Seat): void {
    if (this.stopped || seat.out || !this.seats.includes(seat)) return;
    seat.submittedAt = performance.now();
    seat.counted.room.send('submitOrders', { orders: ordersFor(this.quarter, seat.role) });
  }

  private onResolved(seat: Seat, p: { quarter: number; finished: boolean }): void {
    const now = performance.now();
    seat.resolvedQuarter = p.quarter;
    const lastSubmit = Math.max(...this.seats.filter((s) => !s.out).map((s) => s.submittedAt));
    this.sink.latency(now - lastSubmit);
    this.sink.resolution();
    if (++this.resolvedCount < this.seats.length) return;
    this.resolvedCount = 0;
    this.sink.quarter();
    if (p.finished) {
      void this.restart();
      return;
    }
    this.quarter = p.quarter + 1;
    // A watching seat's ready is not waited for (and may come after planning began): it sends none.
    for (const s of this.seats) if (!s.out) s.counted.room.send('ready', { ready: true });
  }

  /** The match is over for everyone here: leave and play a new one. */
  private async restart(): Promise<void> {
    await this.end();
    if (!this.stopped) await this.begin();
  }

  /** Everyone leaves (consented), counting their last socket bytes. */
  async end(): Promise<void> {
    const seats = this.seats;
    this.seats = [];
    this.playing = false;
    for (const s of seats) s.counted.countWire();
    await Promise.all(seats.map((s) => s.counted.room.leave(true).catch(() => undefined)));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await this.end();
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.stopped) fn();
    }, ms);
    this.timers.add(t);
  }
}
