import { describe, expect, it } from 'vitest';
import { runCli } from './run';

// `npm run loadtest` at smoke-test size: a few clients, a few seconds, stress pacing, 4-quarter
// matches (so finished matches are left and new ones created), game server and bare baseline.

describe('npm run loadtest', () => {
  it('plays real matches against the game server and the bare room and reports every figure as JSON', async () => {
    const r = await runCli('cli/loadtest.ts', ['--clients', '10', '--pacing', '0', '--duration', '4', '--ramp', '1', '--workers', '2', '--quarters', '4', '--port', '2596', '--trace-gc', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/\[game\] \d+ s (ramping|measuring): CCU \d+\/10/);
    const doc = JSON.parse(r.stdout);
    expect(doc.results.map((x: { target: string }) => x.target)).toEqual(['game', 'bare']);
    for (const x of doc.results) {
      expect(x.clients).toBe(10);
      expect(x.rooms).toBe(2);
      expect(x.ccu).toBe(10);
      expect(x.errors).toEqual({});
      expect(x.quartersPerSecond).toBeGreaterThan(0);
      expect(x.latencyMs.samples).toBeGreaterThan(0);
      expect(x.latencyMs.p50).toBeLessThanOrEqual(x.latencyMs.p99);
      expect(x.wireBytesPerClientQuarter).toBeGreaterThan(0);
      expect(x.frameBytesPerClientQuarter).toBeGreaterThanOrEqual(x.patchBytesPerClientQuarter);
      expect(x.server.cpuMsPerQuarter).toBeGreaterThan(0);
      expect(x.server.rssBytes).toBeGreaterThan(0);
      expect(x.gc.scavenges).toBeGreaterThanOrEqual(0);
      // The generator reports how late its own event loop ran (it bounds what the latencies can show).
      expect(x.generator.loopDelay.p99).toBeGreaterThan(0);
      expect(x.generator.loopDelay.max).toBeGreaterThanOrEqual(x.generator.loopDelay.p99);
    }
    // The game server's own view of the window (/metrics); the bare room has none.
    expect(doc.results[0].inside.resolves).toBeGreaterThan(0);
    expect(doc.results[0].inside.loopDelayMaxMs).toBeGreaterThan(0);
    expect(doc.results[1].inside).toBeNull();
    // The bare room's state is sized from the game run.
    expect(doc.bare.initial).toBeGreaterThan(256);
    expect(doc.cpuPerQuarterRatio).toBeGreaterThan(0);
  });

  it('explains a bad flag and exits 2', async () => {
    const r = await runCli('cli/loadtest.ts', ['--clients', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--clients must be a whole number from 1 to 100000 (got 'many')");
    expect(r.stderr).toContain('usage: npm run loadtest');
  });
});
