import { describe, expect, it } from 'vitest';
import { GcTrace, describeGc, summarizeGc } from '../../cli/lib/loadtest/gcTrace';

// `npm run loadtest -- --trace-gc` reads the server's `node --trace-gc` lines.

const MAIN = '[16404:0x3018ad50]';
const LOADER = '[16404:0x7fe1b0000f00]';

describe('GcTrace', () => {
  it('reads scavenges and mark-compacts of the main thread, split across chunks, with the longest incremental step', () => {
    const trace = new GcTrace();
    const lines = [
      `${MAIN}   135430 ms: Scavenge 200.3 (277.8) -> 187.4 (277.8) MB, 4.33 / 0.00 ms  (average mu = 0.997, current mu = 0.999) task; `,
      `${MAIN}   135494 ms: Scavenge 199.7 (277.8) -> 188.2 (277.8) MB, 6.19 / 0.00 ms  (average mu = 0.997, current mu = 0.999) task; `,
      `${LOADER}      933 ms: Mark-Compact 11.2 (17.2) -> 8.3 (18.2) MB, 18.01 / 0.06 ms  (+ 5.5 ms in 14 steps since start of marking, biggest step 4.5 ms, walltime since start of marking 79 ms) finalize incremental marking via task; GC in old space requested`,
      `${MAIN}   117126 ms: Mark-Compact 244.2 (276.8) -> 155.5 (277.6) MB, 12.04 / 0.07 ms  (+ 86.4 ms in 82 steps since start of marking, biggest step 15.7 ms, walltime since start of marking 597 ms) (average mu = 0.997, current mu = 0.999) finalize incremental marking via stack guard; GC in old space requested`,
      'Compute Race is running on port 2590',
    ].join('\n');
    trace.feed(lines.slice(0, 100));
    trace.feed(`${lines.slice(100)}\n`);
    const g = summarizeGc(trace.between(0, Number.POSITIVE_INFINITY));
    expect(g).toMatchObject({ scavenges: 2, scavengeMaxMs: 6.19, markCompacts: 1, markCompactMaxMs: 12.04, biggestStepMs: 15.7 });
    expect(g.scavengeMsTotal).toBeCloseTo(10.52, 5);
    expect(describeGc(g, 10)).toMatch(/2 scavenges \(0\.1% of the time, p99 6\.2 ms, max 6\.2 ms\), 1 mark-compacts \(longest pause 12\.0 ms, longest incremental step 15\.7 ms\)/);
  });

  it('counts only the pauses inside the window', () => {
    const trace = new GcTrace();
    trace.feed(`${MAIN}   1 ms: Scavenge 2.0 (3.0) -> 1.0 (3.0) MB, 1.00 / 0.00 ms  task;\n`);
    const later = performance.now() + 1;
    expect(summarizeGc(trace.between(later, later + 1000)).scavenges).toBe(0);
  });
});
