import seedrandom from 'seedrandom';

// Seeded random streams (GAME.md section 9): one generator per (match seed, quarter, stream name),
// so a draw in one stream never shifts another's.

export interface Stream {
  /** Uniform in [0, 1). */
  next(): number;
}

export function stream(seed: string, quarter: number, name: string): Stream {
  // seedrandom's generator does not use `this`, so it serves as `next` itself (no wrapper per stream).
  return { next: seedrandom(`${seed}/q${quarter}/${name}`) };
}

/** Integer in [0, n). */
export function pickIndex(s: Stream, n: number): number {
  return Math.min(n - 1, Math.floor(s.next() * n));
}

/**
 * Bell-shaped noise with mean 0 and standard deviation `sigma`: the sum of 4 uniforms has
 * variance 4/12, so (sum − 2) × sigma × sqrt(3) has standard deviation sigma.
 */
export function noise4(s: Stream, sigma: number): number {
  const u = s.next() + s.next() + s.next() + s.next();
  return (u - 2) * sigma * Math.sqrt(3) + 0; // + 0 turns −0 into 0
}
