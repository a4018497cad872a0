import { monitorEventLoopDelay } from 'node:perf_hooks';
import { counters } from './client';
import type { MainToWorker, WorkerConfig, WorkerReport, WorkerToMain } from './protocol';
import { SimRoom } from './simRoom';

// A load test worker process: plays its share of the rooms and reports what it saw every second.

const REPORT_MS = 1000;

let rooms: SimRoom[] = [];
let report: Omit<WorkerReport, 'connected' | 'playing' | 'wireBytes' | 'frameBytes' | 'fullStateBytes' | 'fullStates' | 'patchBytes' | 'loopDelay'> = fresh(0);
let timer: NodeJS.Timeout | undefined;
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
const ms = (ns: number) => ns / 1e6;

function fresh(worker: number) {
  return { type: 'stats' as const, worker, latencies: [] as number[], quarters: 0, resolutions: 0, errors: {} as Record<string, number>, refusals: {} as Record<string, number> };
}

function send(msg: WorkerToMain, then?: () => void): void {
  process.send?.(msg, undefined, {}, () => then?.());
}

function flush(worker: number): void {
  for (const r of rooms) r.countWire();
  send({
    ...report,
    connected: rooms.reduce((n, r) => n + r.connected, 0),
    playing: rooms.filter((r) => r.playing).length,
    ...counters,
    loopDelay: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) },
  });
  report = fresh(worker);
  for (const k of Object.keys(counters) as Array<keyof typeof counters>) counters[k] = 0;
}

function start(config: WorkerConfig): void {
  report = fresh(config.worker);
  const sink = {
    latency: (ms: number) => report.latencies.push(ms),
    quarter: () => report.quarters++,
    resolution: () => report.resolutions++,
    error: (code: string) => (report.errors[code] = (report.errors[code] ?? 0) + 1),
    refusal: (code: string) => (report.refusals[code] = (report.refusals[code] ?? 0) + 1),
  };
  rooms = Array.from({ length: config.rooms }, () => new SimRoom(config.url, config.pacingMs, config.quarters, sink, config.idle));
  rooms.forEach((room, i) => {
    const at = config.rooms > 1 ? (config.rampMs * i) / config.rooms : 0;
    setTimeout(() => !room.stopped && void room.begin(), at);
  });
  timer = setInterval(() => flush(config.worker), REPORT_MS);
}

async function stop(): Promise<void> {
  if (timer) clearInterval(timer);
  const worker = report.worker;
  await Promise.all(rooms.map((r) => r.stop()));
  flush(worker);
  send({ type: 'done', worker }, () => process.exit(0));
}

process.on('message', (msg: MainToWorker) => {
  if (msg.type === 'start') start(msg.config);
  else if (msg.type === 'window') loop.reset();
  else if (msg.type === 'stop') void stop();
});
// The main process went away: nothing to report to any more.
process.on('disconnect', () => process.exit(0));
