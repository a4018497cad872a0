// npm run bench:engine — how fast the economy engine resolves, and how big its state and reports are.
// Prints figures only (timing never goes into tests). Options: --seeds N --repeats N --match-runs N --balance-seeds N
import { performance } from 'node:perf_hooks';
import { benchArg } from './lib/args';
import { printBalanceThroughput } from './lib/balance-throughput';
import { median } from '../shared/math/index';
import { DEFAULT_SCENARIO, ROLES, blankOrders, createMatch, resolveQuarter, stateHash, type MatchState, type Orders, type QuarterReport, type Role } from '../shared/index';

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

const QUARTERS = 40;
const SAMPLE_AT = [0, 10, 20, 30, 39];
const seeds = benchArg('seeds', 8);
const repeats = benchArg('repeats', 25);
const matchRuns = benchArg('match-runs', 15);

/** Plays a 40-quarter match at the steady pace and keeps every quarter's starting state and report. */
function playMatch(seed: string): { states: MatchState[]; reports: QuarterReport[] } {
  let s = createMatch(DEFAULT_SCENARIO, { quarters: QUARTERS }, seed);
  const states = [s];
  const reports: QuarterReport[] = [];
  while (!s.finished) {
    const out = resolveQuarter(s, steady(s), []);
    s = out.state;
    states.push(s);
    reports.push(out.report);
  }
  return { states, reports };
}

// Warm up the JIT.
for (let i = 0; i < 5; i++) playMatch(`warm-${i}`);

// The same quarter resolved again and again (resolveQuarter is pure), for several seeds.
const matches = Array.from({ length: seeds }, (_, i) => playMatch(`q-${i}`));
// Wall time per run (median), and the process's CPU time over all runs (mean): on a shared machine
// the wall time includes waiting for a core, the CPU time does not. The whole measurement runs once
// untimed first: V8 keeps optimizing a function for thousands of calls, and without this pass the
// first sampled quarter measured colder code than the last (0.24 against 0.16 ms at quarter 0).
const measureQuarters = () => SAMPLE_AT.map((q) => {
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < repeats; r++) {
    for (const m of matches) {
      const s = m.states[q]!;
      const o = steady(s);
      const t0 = performance.now();
      resolveQuarter(s, o, []);
      times.push(performance.now() - t0);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  return { q, times, cpuMs: (cpu.user + cpu.system) / 1000 / times.length };
});
const coldPass = measureQuarters();
const perQuarter = measureQuarters();

const matchTimes: number[] = [];
for (let i = 0; i < matchRuns; i++) {
  let s = createMatch(DEFAULT_SCENARIO, { quarters: QUARTERS }, `m-${i}`);
  const t0 = performance.now();
  while (!s.finished) s = resolveQuarter(s, steady(s), []).state;
  matchTimes.push(performance.now() - t0);
}

const final = matches[0]!.states[QUARTERS]!;
const finalReports = matches[0]!.reports;
const hashTimes: number[] = [];
const hashCpu0 = process.cpuUsage();
for (let i = 0; i < 2000; i++) {
  const t0 = performance.now();
  stateHash(final);
  hashTimes.push(performance.now() - t0);
}
const hashCpu = process.cpuUsage(hashCpu0);
const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x), 'utf8');
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const kb = (n: number) => `${n.toLocaleString('en-US')} bytes (${(n / 1024).toFixed(1)} KiB)`;

console.log(`Compute Race engine benchmark (5 companies, every seat at its 2025 capex pace, ${QUARTERS}-quarter match)`);
for (const [i, { q, times, cpuMs }] of perQuarter.entries())
  console.log(
    `  resolve quarter ${String(q).padStart(2)}      median ${fmt(median(times))} over ${times.length} runs (min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))}; mean process CPU with GC ${fmt(cpuMs)}; first pass median ${fmt(median(coldPass[i]?.times ?? []))})`,
  );
console.log(`  play a ${QUARTERS}-quarter match median ${fmt(median(matchTimes))} over ${matchRuns} runs`);
console.log(`  stateHash (quarter ${QUARTERS})  median ${fmt(median(hashTimes))} (mean process CPU ${fmt((hashCpu.user + hashCpu.system) / 1000 / hashTimes.length)})`);
console.log(`  state at quarter ${QUARTERS}     ${kb(bytes(final))} as JSON`);
console.log(`  the ${QUARTERS} reports          ${kb(bytes(finalReports))} (one: ${kb(bytes(finalReports[finalReports.length - 1]))})`);
console.log(`  fresh match state       ${kb(bytes(createMatch(DEFAULT_SCENARIO, {}, 'size')))}`);

// Balance throughput (issue 3): matches per second per balance worker.
printBalanceThroughput(benchArg('balance-seeds', 12));
