import { describe, expect, it } from 'vitest';
import { parseMetrics, serverInside } from '../../cli/lib/loadtest/serverMetrics';

// The load test reads the game server's /metrics at the start and the end of its window.

const scrape = (counts: number[], lagP99: number, lagMax: number) =>
  parseMetrics(
    [
      '# HELP compute_race_resolve_seconds Server time to resolve one quarter.',
      '# TYPE compute_race_resolve_seconds histogram',
      ...['0.001', '0.005', '0.01', '0.1', '+Inf'].map((le, i) => `compute_race_resolve_seconds_bucket{le="${le}"} ${counts[i]}`),
      `compute_race_nodejs_eventloop_lag_p99_seconds ${lagP99}`,
      `compute_race_nodejs_eventloop_lag_max_seconds ${lagMax}`,
      '',
    ].join('\n'),
  );

describe('the game server seen from inside during a load test window', () => {
  it('counts only the resolutions of the window and finds the bucket of their 99th percentile', () => {
    const start = scrape([0, 50, 60, 60, 60], 0.5, 0.9);
    // 1,000 resolutions in the window: 980 under 5 ms, 15 from 5 to 10 ms, 5 from 10 to 100 ms.
    const end = scrape([0, 1030, 1055, 1060, 1060], 0.021, 0.172);
    const inside = serverInside(start, end);
    expect(inside?.resolves).toBe(1000);
    expect(inside?.resolveP99AtMostMs).toBe(10);
    expect(inside?.loopDelayP99Ms).toBeCloseTo(21, 6);
    expect(inside?.loopDelayMaxMs).toBeCloseTo(172, 6);
  });

  it('has nothing to say without both scrapes', () => {
    expect(serverInside(null, scrape([0, 0, 0, 0, 0], 0, 0))).toBeNull();
  });

  it('reads sample lines with labels and skips comments and garbage', () => {
    const m = parseMetrics('# TYPE x gauge\nx 3\ny{a="b c"} 4.5\nbroken\nz NaNish\n');
    expect([...m]).toEqual([
      ['x', 3],
      ['y{a="b c"}', 4.5],
    ]);
  });
});
