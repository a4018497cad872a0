import { performance } from 'node:perf_hooks';
import { CAPEX_EVERY, runSeed } from './balance-seed';

// Balance throughput for `npm run bench:engine`: how many all-bot matches one balance worker plays
// per second (each seed is 3 matches of 12 quarters: main, do-nothing, one cloud counterfactual;
// plus the capex counterfactual on every CAPEX_EVERY-th seed), and what that means for the
// 1,000-seed run of `npm run balance`.

export const MATCHES_PER_SEED = 3 + 1 / CAPEX_EVERY;

export interface BalanceThroughput {
  seeds: number;
  seconds: number;
  matchesPerSecondPerWorker: number;
  /** Estimated wall time of `npm run balance -- --seeds 1000 --workers <w>`, by worker count. */
  estimate1000: { workers: number; seconds: number }[];
}

export function measureBalanceThroughput(seeds = 12): BalanceThroughput {
  runSeed(10_000, undefined, { capex: true }); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < seeds; i++) runSeed(20_001 + i, undefined, { capex: true });
  const seconds = (performance.now() - t0) / 1000;
  const perWorker = (seeds * MATCHES_PER_SEED) / seconds;
  return {
    seeds,
    seconds,
    matchesPerSecondPerWorker: perWorker,
    estimate1000: [1, 2, 4].map((workers) => ({ workers, seconds: (1000 * MATCHES_PER_SEED) / (perWorker * workers) })),
  };
}

export function printBalanceThroughput(seeds?: number): void {
  const b = measureBalanceThroughput(seeds);
  console.log(`  balance throughput      ${b.matchesPerSecondPerWorker.toFixed(1)} bot matches/s per worker (${b.seeds} seeds × ${MATCHES_PER_SEED.toFixed(2)} matches of 12 quarters in ${b.seconds.toFixed(1)} s)`);
  console.log(`  1,000-seed balance run  ≈ ${b.estimate1000.map((e) => `${Math.round(e.seconds)} s on ${e.workers} worker${e.workers > 1 ? 's' : ''}`).join(', ')} (plus worker start-up)`);
}
