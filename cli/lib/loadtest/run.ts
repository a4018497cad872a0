import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pinned, type CpuPinning } from './cpuPinning';
import { GcTrace, describeGc, summarizeGc, type GcSummary } from './gcTrace';
import { readProc } from './proc';
import { scrapeMetrics, serverInside, type ServerInside } from './serverMetrics';
import type { LoopDelay, MainToWorker, WorkerReport, WorkerToMain } from './protocol';
import { startServer, type BareSizes, type Target } from './serverProcess';
import { fmt, kb, mb, quantile } from './stats';

// One load test run against one server: start it, spread the rooms over worker processes, ramp
// up, measure over the window after the ramp, stop everything, and sum up.

export interface RunOptions {
  root: string;
  target: Target;
  clients: number;
  pacingSeconds: number;
  durationSeconds: number;
  rampSeconds: number;
  workers: number;
  quarters: number;
  /** One client per room, waiting in the lobby: measures what an idle room costs. */
  idle: boolean;
  port: number;
  deflate: boolean;
  storage: boolean;
  bare: BareSizes;
  /** Run the server with --trace-gc and report its GC pauses in the window. */
  traceGc?: boolean;
  /** Server and load generator on separate CPUs. */
  pin?: CpuPinning;
  /** Progress lines go here (stderr). */
  log(line: string): void;
}

export interface RunResult {
  target: Target;
  idle: boolean;
  clients: number;
  rooms: number;
  pacingSeconds: number;
  /** Measurement window after the ramp, seconds. */
  windowSeconds: number;
  ccu: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; samples: number };
  quartersPerSecond: number;
  /** Per client and resolved quarter, over the window. */
  wireBytesPerClientQuarter: number;
  frameBytesPerClientQuarter: number;
  patchBytesPerClientQuarter: number;
  fullStateBytes: number;
  /** rssPerRoomBytes: growth of the server's RSS over the run per room whose clients were connected at the peak. */
  server: { cpuPercent: number; cpuMsPerQuarter: number; rssBytes: number; idleRssBytes: number; rssPerRoomBytes: number };
  /** loopDelay: the worst worker's event-loop delay over the window. */
  generator: { cpuPercent: number; busiestWorkerPercent: number; limited: boolean; cpus: string | null; loopDelay: LoopDelay };
  /** The server's CPU list when pinned (--pin). */
  serverCpus: string | null;
  /** The game server's own view of the window (/metrics); null for the bare room. */
  inside: ServerInside | null;
  /** The server's garbage collections in the window (with --trace-gc). */
  gc?: GcSummary;
  errors: Record<string, number>;
  refusals: Record<string, number>;
}

const ROOM_SEATS = 5;
/**
 * A worker whose event loop runs this late at its p99 reads a `resolved` message that late too,
 * so latencies near the 100 ms target measure the clients, not the server.
 */
const GENERATOR_LOOP_LIMIT_MS = 50;

interface Totals {
  latencies: number[];
  quarters: number;
  resolutions: number;
  wireBytes: number;
  frameBytes: number;
  patchBytes: number;
  fullStateBytes: number;
  fullStates: number;
  errors: Record<string, number>;
  refusals: Record<string, number>;
}

function emptyTotals(): Totals {
  return { latencies: [], quarters: 0, resolutions: 0, wireBytes: 0, frameBytes: 0, patchBytes: 0, fullStateBytes: 0, fullStates: 0, errors: {}, refusals: {} };
}

function add(t: Totals, r: WorkerReport): void {
  for (const l of r.latencies) t.latencies.push(l);
  t.quarters += r.quarters;
  t.resolutions += r.resolutions;
  t.wireBytes += r.wireBytes;
  t.frameBytes += r.frameBytes;
  t.patchBytes += r.patchBytes;
  t.fullStateBytes += r.fullStateBytes;
  t.fullStates += r.fullStates;
  for (const [k, v] of Object.entries(r.errors)) t.errors[k] = (t.errors[k] ?? 0) + v;
  for (const [k, v] of Object.entries(r.refusals)) t.refusals[k] = (t.refusals[k] ?? 0) + v;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runLoad(o: RunOptions): Promise<RunResult> {
  const seatsPerRoom = o.idle ? 1 : ROOM_SEATS;
  const rooms = Math.ceil(o.clients / seatsPerRoom);
  const gcTrace = o.traceGc ? new GcTrace() : undefined;
  const server = await startServer({ target: o.target, root: o.root, port: o.port, deflate: o.deflate, storage: o.storage, bare: o.bare, clients: o.clients, rooms, ...(gcTrace ? { gcTrace } : {}), ...(o.pin ? { cpus: o.pin.server } : {}) });
  const workerCount = Math.max(1, Math.min(o.workers, rooms));
  const workers: ChildProcess[] = [];
  const connected = new Map<number, number>();
  const loopDelays = new Map<number, LoopDelay>();
  const all = emptyTotals();
  const windowed = emptyTotals();
  let inWindow = false;
  const done = new Set<number>();
  try {
    await sleep(500);
    const idle = readProc(server.pid);
    for (let w = 0; w < workerCount; w++) {
      // fork runs `execPath …execArgv module`; through taskset when pinned (the IPC channel is inherited).
      const node = pinned(o.pin?.generator, process.execPath, ['--import', 'tsx']);
      const child = fork(path.join(o.root, 'cli/lib/loadtest/worker.ts'), [], { cwd: o.root, execPath: node.command, execArgv: node.args, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      child.on('message', (msg: WorkerToMain) => {
        if (msg.type === 'done') return void done.add(msg.worker);
        connected.set(msg.worker, msg.connected);
        if (inWindow) loopDelays.set(msg.worker, msg.loopDelay);
        add(all, msg);
        if (inWindow) add(windowed, msg);
      });
      workers.push(child);
    }
    await Promise.all(workers.map((w) => new Promise((r) => w.once('spawn', r))));
    workers.forEach((child, w) => {
      const share = Math.floor(rooms / workerCount) + (w < rooms % workerCount ? 1 : 0);
      const msg: MainToWorker = {
        type: 'start',
        config: { url: server.url, worker: w, rooms: share, pacingMs: o.pacingSeconds * 1000, rampMs: o.rampSeconds * 1000, quarters: o.quarters, idle: o.idle },
      };
      child.send(msg);
    });

    const startedAt = performance.now();
    const ccu = () => [...connected.values()].reduce((a, b) => a + b, 0);
    const progress = setInterval(() => {
      const secs = (performance.now() - startedAt) / 1000;
      const p = readProc(server.pid);
      const recent = windowed.latencies.length ? windowed.latencies : all.latencies;
      const sorted = [...recent].sort((a, b) => a - b);
      o.log(
        `[${o.target}] ${fmt(secs, 0)} s ${inWindow ? 'measuring' : 'ramping'}: CCU ${ccu()}/${rooms * seatsPerRoom}, quarters ${all.quarters}, ` +
          `p99 ${fmt(quantile(sorted, 0.99))} ms, server RSS ${p ? mb(p.rssBytes) : 'gone'}, errors ${Object.values(all.errors).reduce((a, b) => a + b, 0)}`,
      );
    }, 2000);

    await sleep(o.rampSeconds * 1000 + 1000);
    inWindow = true;
    for (const w of workers) w.send({ type: 'window' } satisfies MainToWorker);
    const httpUrl = server.url.replace(/^ws/, 'http');
    const metricsFrom = o.target === 'game' ? await scrapeMetrics(httpUrl) : null;
    const from = readProc(server.pid);
    const workersFrom = workers.map((w) => readProc(w.pid!));
    const windowStart = performance.now();
    let peak = 0;
    const peakTimer = setInterval(() => (peak = Math.max(peak, ccu())), 500);
    await sleep(o.durationSeconds * 1000);
    clearInterval(peakTimer);
    peak = Math.max(peak, ccu());
    const windowEnd = performance.now();
    const windowSeconds = (windowEnd - windowStart) / 1000;
    const to = readProc(server.pid);
    const metricsTo = o.target === 'game' ? await scrapeMetrics(httpUrl) : null;
    const workersTo = workers.map((w) => readProc(w.pid!));
    inWindow = false;
    clearInterval(progress);

    for (const w of workers) w.send({ type: 'stop' } satisfies MainToWorker);
    const stopDeadline = performance.now() + 15_000;
    while (done.size < workers.length && performance.now() < stopDeadline) await sleep(100);

    const sorted = [...windowed.latencies].sort((a, b) => a - b);
    const cpuSeconds = from && to ? to.cpuSeconds - from.cpuSeconds : NaN;
    const workerPercents = workersTo.map((t, i) => {
      const f = workersFrom[i];
      return t && f ? ((t.cpuSeconds - f.cpuSeconds) / windowSeconds) * 100 : NaN;
    });
    const generatorPercent = workerPercents.reduce((a, b) => a + b, 0);
    const busiest = Math.max(...workerPercents);
    const serverPercent = (cpuSeconds / windowSeconds) * 100;
    const delays = [...loopDelays.values()];
    const worst = (pick: (x: LoopDelay) => number) => (delays.length ? Math.max(...delays.map(pick)) : NaN);
    const loopDelay: LoopDelay = { p50: worst((x) => x.p50), p99: worst((x) => x.p99), max: worst((x) => x.max) };
    const perClientQuarter = (bytes: number) => (windowed.resolutions ? bytes / windowed.resolutions : NaN);
    return {
      target: o.target,
      idle: o.idle,
      clients: rooms * seatsPerRoom,
      rooms,
      pacingSeconds: o.pacingSeconds,
      windowSeconds,
      ccu: peak,
      latencyMs: { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99), max: sorted.at(-1) ?? NaN, samples: sorted.length },
      quartersPerSecond: windowed.quarters / windowSeconds,
      wireBytesPerClientQuarter: perClientQuarter(windowed.wireBytes),
      frameBytesPerClientQuarter: perClientQuarter(windowed.frameBytes),
      patchBytesPerClientQuarter: perClientQuarter(windowed.patchBytes),
      fullStateBytes: all.fullStates ? all.fullStateBytes / all.fullStates : NaN,
      server: {
        cpuPercent: serverPercent,
        cpuMsPerQuarter: windowed.quarters ? (cpuSeconds * 1000) / windowed.quarters : NaN,
        rssBytes: to?.rssBytes ?? NaN,
        idleRssBytes: idle?.rssBytes ?? NaN,
        // Per room that was actually up: rooms that never got their clients in cost less.
        rssPerRoomBytes: to && idle && peak > 0 ? (to.rssBytes - idle.rssBytes) / (peak / seatsPerRoom) : NaN,
      },
      // A worker near a full core, or a machine at full load where the clients use more of it than
      // the server, means the clients (not the server) set the pace.
      generator: {
        cpuPercent: generatorPercent,
        busiestWorkerPercent: busiest,
        limited:
          loopDelay.p99 > GENERATOR_LOOP_LIMIT_MS ||
          (o.pin
            ? busiest > 90 || generatorPercent > 90 * (availableParallelism() - 1)
            : busiest > 90 || (generatorPercent + serverPercent > 90 * availableParallelism() && generatorPercent > serverPercent)),
        cpus: o.pin?.generator ?? null,
        loopDelay,
      },
      serverCpus: o.pin?.server ?? null,
      inside: serverInside(metricsFrom, metricsTo),
      ...(gcTrace ? { gc: summarizeGc(gcTrace.between(windowStart, windowEnd)) } : {}),
      errors: windowed.errors,
      refusals: windowed.refusals,
    };
  } finally {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await server.stop();
  }
}


export function describeResult(r: RunResult): string[] {
  const list = (counts: Record<string, number>) => Object.entries(counts).map(([k, v]) => `${k} ×${v}`).join(', ') || 'none';
  return [
    `${r.target === 'game' ? 'Compute Race match room' : 'bare Colyseus room'}: ${r.clients} clients in ${r.rooms} ${r.idle ? 'idle lobby rooms' : `rooms, pacing ${r.pacingSeconds} s`}, measured over ${fmt(r.windowSeconds, 0)} s`,
    `  CCU ${r.ccu}`,
    `  last submit → resolved: p50 ${fmt(r.latencyMs.p50)} ms, p95 ${fmt(r.latencyMs.p95)} ms, p99 ${fmt(r.latencyMs.p99)} ms, max ${fmt(r.latencyMs.max)} ms (${r.latencyMs.samples} samples)`,
    `  quarters/s ${fmt(r.quartersPerSecond, 2)}`,
    `  per client per resolved quarter: ${kb(r.wireBytesPerClientQuarter)} on the wire, ${kb(r.frameBytesPerClientQuarter)} of frames, ${kb(r.patchBytesPerClientQuarter)} of state patches; full state at join ${kb(r.fullStateBytes)}`,
    `  server: CPU ${fmt(r.server.cpuPercent)}% of a core, ${fmt(r.server.cpuMsPerQuarter, 2)} ms CPU per resolved quarter, RSS ${mb(r.server.rssBytes)} (idle ${mb(r.server.idleRssBytes)}, +${kb(r.server.rssPerRoomBytes)} per room)`,
    ...(r.gc ? [describeGc(r.gc, r.windowSeconds)] : []),
    ...(r.inside
      ? [
          `  server inside (/metrics): event-loop delay p99 ${fmt(r.inside.loopDelayP99Ms)} / max ${fmt(r.inside.loopDelayMaxMs)} ms (sampled every 10 ms); ` +
            `resolution p99 ≤ ${fmt(r.inside.resolveP99AtMostMs)} ms over ${r.inside.resolves} quarters`,
        ]
      : []),
    ...(r.serverCpus !== null ? [`  pinned: server on CPU ${r.serverCpus}, load generator on CPU ${r.generator.cpus}`] : []),
    `  load generator: CPU ${fmt(r.generator.cpuPercent)}% (busiest worker ${fmt(r.generator.busiestWorkerPercent)}%), event-loop delay of the worst worker (sampled every 5 ms) p50 ${fmt(r.generator.loopDelay.p50)} / p99 ${fmt(r.generator.loopDelay.p99)} / max ${fmt(r.generator.loopDelay.max)} ms${r.generator.limited ? ' — the load generator, not the server, was the limit' : ''}`,
    `  errors: ${list(r.errors)}`,
    `  refusals in play: ${list(r.refusals)}`,
  ];
}
