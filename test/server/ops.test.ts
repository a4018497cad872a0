import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { matchMaker } from '@colyseus/core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startGameServer, type GameServer } from '../../server';
import { countSaveFailure } from '../../server/metrics';
import { C2S, S2C } from '../../shared/protocol';
import { call, clientSnapshot, createMatch, waitForCount, type Player } from './helpers';

// Production operation: /metrics, the admin-gated monitor, resolutions pushed without waiting for
// the patch tick, and a shutdown that saves every live match.

const PORT = 2630;
const SECRET = 'correct-horse-battery';
const dirs: string[] = [];
const servers: GameServer[] = [];

afterAll(async () => {
  for (const s of servers) await s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function start(port: number, options: { adminSecret?: string; dataDir?: string } = {}): Promise<GameServer> {
  const game = await startGameServer({ port, host: '127.0.0.1', staticDir: null, ...options });
  servers.push(game);
  return game;
}

function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'cr-ops-'));
  dirs.push(d);
  return d;
}

/** One human (OpenAI) and four bots, started; planning and results wait for the human. */
async function soloMatch(port: number): Promise<{ host: Player; code: string }> {
  const host = await createMatch(port, {
    name: 'Ada',
    role: 'openai',
    settings: { quarters: 4, planningSeconds: 0, resultsSeconds: 0, seats: { meta: { kind: 'bot' }, microsoft: { kind: 'bot' }, amazon: { kind: 'bot' }, google: { kind: 'bot' } } },
  });
  await call(host, C2S.ready, { ready: true });
  expect((await call(host, C2S.host, { command: 'start' })).ok).toBe(true);
  await vi.waitFor(() => expect(host.room.state.phase).toBe('planning'));
  return { host, code: host.session().code };
}

function metricValue(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  if (!line) throw new Error(`no series ${series} in /metrics`);
  return Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  it('reports rooms, clients, resolved quarters with their latency, and save failures in the Prometheus format', async () => {
    await start(PORT);
    const { host } = await soloMatch(PORT);
    expect((await call(host, C2S.submitOrders, { orders: { ...blankOrders(0) } })).ok).toBe(true);
    await waitForCount(host, S2C.resolved, 1);
    countSaveFailure();

    const res = await fetch(`http://127.0.0.1:${PORT}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('# TYPE compute_race_resolve_seconds histogram');
    expect(metricValue(text, 'compute_race_rooms{type="match"}')).toBe(1);
    expect(metricValue(text, 'compute_race_clients{type="match"}')).toBe(1);
    expect(metricValue(text, 'compute_race_rooms{type="class"}')).toBe(0);
    expect(metricValue(text, 'compute_race_quarters_resolved_total')).toBe(1);
    expect(metricValue(text, 'compute_race_resolve_seconds_count')).toBe(1);
    expect(metricValue(text, 'compute_race_save_failures_total')).toBe(1);
    // The SQLite log's checkpoints, as the checkpoint worker counts them: none held the writes, none failed.
    expect(metricValue(text, 'compute_race_wal_checkpoints_total{kind="passive"}')).toBeGreaterThanOrEqual(0);
    expect(metricValue(text, 'compute_race_wal_checkpoints_total{kind="blocking"}')).toBe(0);
    expect(metricValue(text, 'compute_race_wal_checkpoint_failures_total')).toBe(0);
    expect(text).toMatch(/^compute_race_process_resident_memory_bytes \d+/m);

    expect((await fetch(`http://127.0.0.1:${PORT}/metrics`, { method: 'POST' })).status).toBe(405);
    await host.room.leave();
  });
});

describe('the resolution is pushed at once', () => {
  it('reaches the clients with its state patch even when the next patch tick is a minute away', async () => {
    const { host, code } = await soloMatch(PORT);
    matchMaker.getLocalRoomById(code).patchRate = 60_000;
    expect((await call(host, C2S.submitOrders, { orders: blankOrders(0) })).ok).toBe(true);
    const [resolved] = await waitForCount(host, S2C.resolved, 1);
    expect(resolved).toMatchObject({ quarter: 0, reportIndex: 0, trigger: 'allSubmitted' });
    // The patch went out before the message: the client's state already shows the result.
    expect(host.room.state.phase).toBe('results');
    expect(host.room.state.reportCount).toBe(1);
    expect(clientSnapshot(host).reports).toHaveLength(1);
    await host.room.leave();
  });
});

describe('the Colyseus monitor', () => {
  it('answers only requests that present ADMIN_SECRET (Basic password or Bearer)', async () => {
    await start(PORT + 1, { adminSecret: SECRET });
    const url = `http://127.0.0.1:${PORT + 1}/monitor/api`;
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    expect((await fetch(url, { headers: { Authorization: `Bearer ${SECRET}x` } })).status).toBe(401);
    const basic = await fetch(url, { headers: { Authorization: `Basic ${Buffer.from(`admin:${SECRET}`).toString('base64')}` } });
    expect(basic.status).toBe(200);
    expect(await basic.json()).toMatchObject({ rooms: [], connections: 0 });
    expect((await fetch(url, { headers: { Authorization: `Bearer ${SECRET}` } })).status).toBe(200);
  });

  it('is not there at all without a secret', async () => {
    expect((await fetch(`http://127.0.0.1:${PORT}/monitor/api`, { headers: { Authorization: `Bearer ${SECRET}` } })).status).toBe(404);
  });
});

describe('graceful shutdown', () => {
  it('saves every live match, so one whose saves had failed comes back after a restart', async () => {
    const dataDir = tempDir();
    const first = await start(PORT + 2, { dataDir });
    const save = vi.spyOn(first.storage!.tracker, 'save').mockImplementation(() => undefined);
    const { host, code } = await soloMatch(PORT + 2);
    expect(save).toHaveBeenCalled();
    save.mockRestore();
    await first.close();
    await vi.waitFor(() => expect(host.room.connection.isOpen).toBe(false));

    const second = await start(PORT + 2, { dataDir });
    expect(second.restored).toEqual([expect.objectContaining({ code, restored: true })]);
  });
});

function blankOrders(quarter: number) {
  return {
    quarter,
    chips: { gw: 0, maxPricePerGW: 0 },
    customChips: { gw: 0 },
    build: { gw: 0, expedite: false },
    allocation: { training: 40, products: 60, cloud: 0 },
    cloud: { launch: false, askPrice: 0 },
    finance: { raiseEquity: 0, issueDebt: 0, repayDebt: 0, buyback: 0 },
    statement: 'none',
    deals: { propose: [], accept: [], reject: [] },
  };
}
