import '../../../server/nodeWebSocket';
import { C2S, ROOM_NAME } from '../../../shared/protocol';
import { createPlayer, joinPlayer, leave, until } from './players';
import { healthMs, pooled, sampleHealth, startChildServer } from './server';

// Floods against the default limits: anonymous room and class creation, WebSocket connections,
// and one client flooding a room. Contained when the limits refuse (429), the server stays
// small and /health stays fast. Also measures what an idle room costs in memory.

export interface FloodRoundResult {
  creates: number;
  createdRooms: number;
  refusedCreates: number;
  otherCreateAnswers: number;
  rssAfterMb: number;
  healthMaxMs: number;
  healthMedianMs: number;
  /** /health once the flood is over (median of 20). */
  healthAfterMs: number;
  sockets: number;
  refusedSockets: number;
  flooderClosed: boolean;
  flooderCooledDown: boolean;
  idleRoomKb: number;
  seconds: number;
  problems: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function createFlood(url: string, creates: number): Promise<{ ok: number; refused: number; other: number }> {
  let ok = 0;
  let refused = 0;
  let other = 0;
  await pooled(
    Array.from({ length: creates }, (_, i) => i),
    32,
    async (i) => {
      const name = i % 10 === 9 ? 'class' : ROOM_NAME;
      const body = name === 'class' ? { groups: 12 } : {};
      const res = await fetch(`${url}/matchmake/create/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).catch(() => null);
      if (!res) return void (other += 1);
      await res.arrayBuffer();
      if (res.status === 200) ok += 1;
      else if (res.status === 429) refused += 1;
      else other += 1;
    },
  );
  return { ok, refused, other };
}

async function socketFlood(port: number, count: number): Promise<{ open: number; refused: number }> {
  const sockets: WebSocket[] = [];
  let refused = 0;
  await pooled(
    Array.from({ length: count }, (_, i) => i),
    50,
    async () => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/`);
      const opened = await new Promise<boolean>((resolve) => {
        ws.onopen = () => resolve(true);
        ws.onerror = () => resolve(false);
      });
      if (opened) sockets.push(ws);
      else refused += 1;
    },
  );
  const open = sockets.length;
  for (const s of sockets) s.close();
  return { open, refused };
}

/** RSS growth per room for `rooms` rooms nobody joined, on a server without creation limits. */
async function idleRoomCost(port: number, rooms: number): Promise<number> {
  const server = await startChildServer(port, {
    COMPUTE_RACE_CREATES_PER_IP_PER_MINUTE: '1000000',
    COMPUTE_RACE_CREATES_PER_MINUTE: '1000000',
    COMPUTE_RACE_ROOMS_PER_IP: '1000000',
    COMPUTE_RACE_MAX_ROOMS: '1000000',
    COMPUTE_RACE_HTTP_PER_IP_PER_MINUTE: '1000000',
  });
  try {
    // Warm up (first room compiles schemas, loads the scenario), then measure.
    await createFlood(server.url, 20);
    await new Promise((r) => setTimeout(r, 500));
    const before = server.rssBytes();
    const made = await createFlood(server.url, rooms);
    await new Promise((r) => setTimeout(r, 500));
    const rooms_ = made.ok || 1;
    return Math.max(0, (server.rssBytes() - before) / rooms_ / 1024);
  } finally {
    await server.stop();
  }
}

/** One client floods a room (on a server of its own): it is closed, and its address cools down. */
async function messageFlood(port: number): Promise<{ closed: boolean; cooled: boolean; problems: string[] }> {
  const server = await startChildServer(port);
  const problems: string[] = [];
  let closed = false;
  let cooled = false;
  try {
    const host = await createPlayer(server.url, { name: 'Ann', role: 'openai' });
    const flooder = await joinPlayer(server.url, host.session().code, {});
    flooder.room.onLeave(() => (closed = true));
    // A sustained flood: 150 a second for a few seconds.
    for (let second = 0; second < 4 && !closed; second++) {
      for (let i = 0; i < 150; i++) flooder.room.send(C2S.ready, { ready: true });
      await new Promise((r) => setTimeout(r, 1000));
    }
    await until('the flooder to be closed', () => closed, 10_000).catch(() => undefined);
    cooled = await joinPlayer(server.url, host.session().code, {}).then(
      async (p) => (await leave(p), false),
      (e: Error) => /flooded/.test(e.message),
    );

    await leave(host);
    if (!server.alive()) problems.push('the server died under a message flood');
  } finally {
    await server.stop();
  }
  return { closed, cooled, problems };
}

export async function floodRound(port: number, opts: { creates: number; sockets: number; idleRooms: number }): Promise<FloodRoundResult> {
  const started = performance.now();
  const problems: string[] = [];
  const server = await startChildServer(port);
  const sampler = await sampleHealth(server.url);
  let health: number[] | null = null;
  let result: Omit<FloodRoundResult, 'idleRoomKb' | 'seconds' | 'problems'>;
  try {
    const made = await createFlood(server.url, opts.creates);
    const rss = server.rssBytes();
    health = await sampler.stop();
    const after: number[] = [];
    for (let i = 0; i < 20; i++) after.push(await healthMs(server.url));
    const sockets = await socketFlood(port, opts.sockets);

    const flood = await messageFlood(port + 1);
    problems.push(...flood.problems);
    const { closed, cooled } = flood;

    result = {
      creates: opts.creates,
      createdRooms: made.ok,
      refusedCreates: made.refused,
      otherCreateAnswers: made.other,
      rssAfterMb: rss / (1024 * 1024),
      healthMaxMs: Math.max(0, ...health),
      healthMedianMs: median(health),
      healthAfterMs: median(after),
      sockets: opts.sockets,
      refusedSockets: sockets.refused,
      flooderClosed: closed,
      flooderCooledDown: cooled,
    };
    if (made.other > 0) problems.push(`${made.other} create requests got neither 200 nor 429`);
    if (result.healthAfterMs >= 50) problems.push(`/health takes ${result.healthAfterMs.toFixed(0)} ms after the flood (limit 50 ms)`);
    if (result.rssAfterMb >= 1024) problems.push(`RSS after the flood is ${result.rssAfterMb.toFixed(0)} MB (limit 1 GB)`);
    if (!closed) problems.push('the flooding client was not closed');
    if (!cooled) problems.push('the flooding address could join again at once');
    if (!server.alive()) problems.push('the server died');
  } finally {
    if (health === null) await sampler.stop();
    await server.stop();
  }
  const idleRoomKb = await idleRoomCost(port, opts.idleRooms);
  return { ...result, idleRoomKb, seconds: (performance.now() - started) / 1000, problems };
}
