import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchMaker, type ExpressMiddleware } from '@colyseus/core';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { CLASS_ROOM_NAME } from '../shared/classroom/protocol';
import { ROOM_NAME } from '../shared/protocol';

// Prometheus metrics of this process, served at GET /metrics (docs/DEPLOY.md lists them). Rooms and
// clients are read from the matchmaker when scraped; the counters are bumped by the code that
// resolves quarters and saves records (countQuarterResolved, countSaveFailure).

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'compute_race_' });

/** Both room types always have a series, 0 when none is open (a missing series reads as "no data"). */
const ROOM_TYPES = [ROOM_NAME, CLASS_ROOM_NAME];

async function localRooms(): Promise<Array<{ name: string; clients: number }>> {
  return matchMaker.query({ processId: matchMaker.processId });
}

new Gauge({
  name: 'compute_race_rooms',
  help: 'Rooms open in this process, by room type (match, class).',
  labelNames: ['type'],
  registers: [registry],
  async collect() {
    this.reset();
    for (const type of ROOM_TYPES) this.set({ type }, 0);
    for (const room of await localRooms()) this.inc({ type: room.name });
  },
});

new Gauge({
  name: 'compute_race_clients',
  help: 'Clients connected to rooms of this process, by room type.',
  labelNames: ['type'],
  registers: [registry],
  async collect() {
    this.reset();
    for (const type of ROOM_TYPES) this.set({ type }, 0);
    for (const room of await localRooms()) this.inc({ type: room.name }, room.clients);
  },
});

const quartersResolved = new Counter({
  name: 'compute_race_quarters_resolved_total',
  help: 'Quarters resolved by the match rooms of this process.',
  registers: [registry],
});

const resolveSeconds = new Histogram({
  name: 'compute_race_resolve_seconds',
  help: 'Server time to resolve one quarter: engine, state mirror and record save.',
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  registers: [registry],
});

const saveFailures = new Counter({
  name: 'compute_race_save_failures_total',
  help: 'Match record or class session writes that failed.',
  registers: [registry],
});

const walCheckpoints = new Counter({
  name: 'compute_race_wal_checkpoints_total',
  help: "Checkpoints of the SQLite write-ahead log by the checkpoint worker; kind=\"blocking\": a RESTART that held the server's writes.",
  labelNames: ['kind'],
  registers: [registry],
});
for (const kind of ['passive', 'blocking']) walCheckpoints.inc({ kind }, 0);

const walCheckpointFailures = new Counter({
  name: 'compute_race_wal_checkpoint_failures_total',
  help: 'Checkpoints of the SQLite write-ahead log that failed, or a checkpoint worker that stopped.',
  registers: [registry],
});

/** The checkpoint worker copied the write-ahead log into the database (`blocking`: holding the server's writes). */
export function countCheckpoint(blocking: boolean): void {
  walCheckpoints.inc({ kind: blocking ? 'blocking' : 'passive' });
}

/** A checkpoint failed or the checkpoint worker stopped; call next to the error log. */
export function countCheckpointFailure(): void {
  walCheckpointFailures.inc();
}

/** A quarter resolved in `ms` milliseconds of server time. */
export function countQuarterResolved(ms: number): void {
  quartersResolved.inc();
  resolveSeconds.observe(ms / 1000);
}

/** A save of a match record (or class session) failed; call next to the error log. */
export function countSaveFailure(): void {
  saveFailures.inc();
}

/** GET /metrics in the Prometheus text format; true when it answered. */
export async function serveMetrics(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (new URL(req.url ?? '/', 'http://x').pathname !== '/metrics') return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { 'Content-Type': 'text/plain; charset=utf-8', Allow: 'GET, HEAD' });
    res.end(`${req.method} is not allowed on /metrics; use GET\n`);
    return true;
  }
  const body = await registry.metrics();
  res.writeHead(200, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

export const metricsMiddleware: ExpressMiddleware = (req, res, next) => {
  serveMetrics(req, res).then((answered) => answered || next(), next);
};
