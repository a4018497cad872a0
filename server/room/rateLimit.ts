// Fixed one-second window per client: the first `limit` messages of each window pass, the rest
// are refused (the room answers them with RATE_LIMITED instead of dropping the connection).

export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly now: () => number = Date.now,
  ) {}

  allow(key: string): boolean {
    const t = this.now();
    const w = this.windows.get(key);
    if (!w || t - w.start >= 1000) {
      this.windows.set(key, { start: t, count: 1 });
      return true;
    }
    w.count += 1;
    return w.count <= this.limit;
  }

  forget(key: string): void {
    this.windows.delete(key);
  }
}
