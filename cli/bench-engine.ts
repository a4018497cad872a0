// npm run bench:engine — how fast the economy engine resolves, and how big its state and reports are.
// Prints figures only (timing never goes into tests). Options: --quarters-runs N --match-runs N --balance-seeds N
import { performance } from 'node:perf_hooks';
import { printBalanceThroughput } from './lib/balance-throughput';
import { median } from '../shared/math/index';
import { DEFAULT_SCENARIO, ROLES, blankOrders, createMatch, resolveQuarter, stateHash, type MatchState, type Orders, type Role } from '../shared/index';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
}

/** Every company keeps its 2025 capex pace: a busy, representative quarter. */
function steady(s: MatchState): Partial<Record<Role, Orders>> {
  const out: Partial<Record<Role, Orders>> = {};
  for (const r of ROLES) {
    if (s.companies[r].bankrupt) continue;
    const p = s.scenario.companies[r].pace;
    const o = blankOrders(s.quarter, s.companies[r].allocation);
    o.chips = { gw: p.chipsGW, maxPricePerGW: 0 };
    o.customChips = { gw: Math.min(p.customGW, s.global.customCaps[r] ?? 0) };
    o.build = { gw: p.buildGW, expedite: false };
    out[r] = o;
  }
  return out;
}

const quarterRuns = arg('quarter-runs', 300);
const matchRuns = arg('match-runs', 15);

// Warm up the JIT.
for (let i = 0; i < 20; i++) resolveQuarter(createMatch(DEFAULT_SCENARIO, {}, `warm-${i}`), {}, []);

const quarterTimes: number[] = [];
for (let i = 0; i < quarterRuns; i++) {
  let s = createMatch(DEFAULT_SCENARIO, { quarters: 40 }, `q-${i}`);
  for (let k = 0; k < i % 8; k++) s = resolveQuarter(s, steady(s), []).state;
  const o = steady(s);
  const t0 = performance.now();
  resolveQuarter(s, o, []);
  quarterTimes.push(performance.now() - t0);
}

const matchTimes: number[] = [];
let final: MatchState | null = null;
for (let i = 0; i < matchRuns; i++) {
  let s = createMatch(DEFAULT_SCENARIO, { quarters: 40 }, `m-${i}`);
  const t0 = performance.now();
  while (!s.finished) s = resolveQuarter(s, steady(s), []).state;
  matchTimes.push(performance.now() - t0);
  final = s;
}

const s = final!;
const hashTimes: number[] = [];
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  stateHash(s);
  hashTimes.push(performance.now() - t0);
}
const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x), 'utf8');
const { reports, ...withoutReports } = s;
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const kb = (n: number) => `${n.toLocaleString('en-US')} bytes (${(n / 1024).toFixed(1)} KiB)`;

console.log('Compute Race engine benchmark (5 companies, every seat at its 2025 capex pace)');
console.log(`  resolve one quarter     median ${fmt(median(quarterTimes))} over ${quarterRuns} runs (min ${fmt(Math.min(...quarterTimes))}, max ${fmt(Math.max(...quarterTimes))})`);
console.log(`  play a 40-quarter match median ${fmt(median(matchTimes))} over ${matchRuns} runs`);
console.log(`  stateHash (40 quarters)  median ${fmt(median(hashTimes))}`);
console.log(`  state after 40 quarters  ${kb(bytes(s))} as JSON, of which ${kb(bytes(reports))} are the 40 reports`);
console.log(`  state without reports    ${kb(bytes(withoutReports))}`);
console.log(`  one quarter report       ${kb(bytes(reports[reports.length - 1]))}`);
console.log(`  fresh match state        ${kb(bytes(createMatch(DEFAULT_SCENARIO, {}, 'size')))}`);

// Balance throughput (issue 3): matches per second per balance worker.
printBalanceThroughput(arg('balance-seeds', 12));
