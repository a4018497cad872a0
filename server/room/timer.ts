// The planning/results countdown of a match room: a deadline in epoch ms that can be paused,
// resumed and extended. Expiry calls back once; stop() or a new start() cancels the old one.

export interface Scheduler {
  setTimeout(handler: () => void, ms: number): { clear(): void };
}

export interface TimerSnapshot {
  /** Epoch ms when it runs out; 0 when no timer runs or while paused. */
  deadline: number;
  paused: boolean;
  /** Milliseconds left while paused. */
  remainingMs: number;
}

export class PhaseTimer {
  private deadline = 0;
  private paused = false;
  private remainingMs = 0;
  private handle: { clear(): void } | null = null;
  private onExpire: (() => void) | null = null;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts a countdown of `ms` (> 0). A previous countdown is cancelled. */
  start(ms: number, onExpire: () => void): void {
    this.stop();
    this.onExpire = onExpire;
    this.arm(ms);
  }

  stop(): void {
    this.handle?.clear();
    this.handle = null;
    this.onExpire = null;
    this.deadline = 0;
    this.paused = false;
    this.remainingMs = 0;
  }

  /** True when a countdown exists (running or paused). */
  get active(): boolean {
    return this.onExpire !== null;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  pause(): boolean {
    if (!this.active || this.paused) return false;
    this.remainingMs = Math.max(0, this.deadline - this.now());
    this.handle?.clear();
    this.handle = null;
    this.deadline = 0;
    this.paused = true;
    return true;
  }

  resume(): boolean {
    if (!this.active || !this.paused) return false;
    this.paused = false;
    const ms = this.remainingMs;
    this.remainingMs = 0;
    this.arm(ms);
    return true;
  }

  /** Adds time to a running or paused countdown. */
  extend(ms: number): boolean {
    if (!this.active) return false;
    if (this.paused) {
      this.remainingMs += ms;
    } else {
      this.arm(Math.max(0, this.deadline - this.now()) + ms);
    }
    return true;
  }

  snapshot(): TimerSnapshot {
    return { deadline: this.deadline, paused: this.paused, remainingMs: this.remainingMs };
  }

  private arm(ms: number): void {
    this.handle?.clear();
    this.deadline = this.now() + ms;
    const handle = this.scheduler.setTimeout(() => {
      if (this.handle !== handle) return;
      const cb = this.onExpire;
      this.handle = null;
      this.onExpire = null;
      this.deadline = 0;
      cb?.();
    }, ms);
    this.handle = handle;
  }
}
