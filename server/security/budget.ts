import type { Clock } from './clock';

// Token buckets keyed by client address (or one key for a global budget): `capacity` actions at
// once, refilled at `perMinute`. A refusal says when the next action will be allowed.

export interface BudgetRule {
  capacity: number;
  perMinute: number;
}

export type Take = { ok: true } | { ok: false; retryAfterMs: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets untouched this long are full again: forget them so the map stays small. */
const FORGET_AFTER_MS = 60 * 60 * 1000;

export class Budget {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;

  constructor(
    readonly rule: BudgetRule,
    private readonly clock: Clock,
  ) {}

  private refilled(key: string, now: number): Bucket {
    const b = this.buckets.get(key);
    if (!b) return { tokens: this.rule.capacity, at: now };
    const gained = ((now - b.at) * this.rule.perMinute) / 60_000;
    return { tokens: Math.min(this.rule.capacity, b.tokens + gained), at: now };
  }

  /** Takes `cost` tokens when there are enough; otherwise nothing changes. */
  take(key: string, cost = 1): Take {
    const now = this.clock.now();
    this.sweep(now);
    const b = this.refilled(key, now);
    if (b.tokens >= cost) {
      b.tokens -= cost;
      this.buckets.set(key, b);
      return { ok: true };
    }
    this.buckets.set(key, b);
    const missing = cost - b.tokens;
    return { ok: false, retryAfterMs: this.rule.perMinute > 0 ? Math.ceil((missing * 60_000) / this.rule.perMinute) : FORGET_AFTER_MS };
  }

  /** Gives tokens back (an action that was counted but did not happen). */
  refund(key: string, cost = 1): void {
    const b = this.refilled(key, this.clock.now());
    b.tokens = Math.min(this.rule.capacity, b.tokens + cost);
    this.buckets.set(key, b);
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [k, b] of this.buckets) if (now - b.at > FORGET_AFTER_MS) this.buckets.delete(k);
  }
}

/** Addresses refused for a while (a flooder's cooldown). */
export class Cooldowns {
  private readonly until = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  impose(key: string, ms: number): void {
    const end = this.clock.now() + ms;
    this.until.set(key, Math.max(end, this.until.get(key) ?? 0));
  }

  /** Milliseconds left, 0 when the key is free. */
  remaining(key: string): number {
    const end = this.until.get(key);
    if (end === undefined) return 0;
    const left = end - this.clock.now();
    if (left <= 0) {
      this.until.delete(key);
      return 0;
    }
    return left;
  }
}

/** Whole seconds for a Retry-After header or a retryAfterSeconds field (at least 1). */
export function retrySeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
