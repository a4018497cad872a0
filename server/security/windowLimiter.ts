import type { Clock } from './clock';

// Fixed one-second windows per key: the first `limit` events of each window pass. `count` says
// how many arrived in the current window, so a flood far past the limit can be told apart.

export class WindowLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly clock: Clock,
  ) {}

  /** Counts one event; true when it is within the limit. */
  allow(key: string): boolean {
    return this.hit(key) <= this.limit;
  }

  /** Counts one event and returns how many the key sent in the current window. */
  hit(key: string): number {
    const t = this.clock.now();
    const w = this.windows.get(key);
    if (!w || t - w.start >= 1000) {
      if (this.windows.size > 10_000) this.prune(t);
      this.windows.set(key, { start: t, count: 1 });
      return 1;
    }
    w.count += 1;
    return w.count;
  }

  /** Events of the key in its current window (0 when its window is over). */
  count(key: string): number {
    const w = this.windows.get(key);
    return w && this.clock.now() - w.start < 1000 ? w.count : 0;
  }

  forget(key: string): void {
    this.windows.delete(key);
  }

  private prune(t: number): void {
    for (const [k, w] of this.windows) if (t - w.start >= 1000) this.windows.delete(k);
  }
}
