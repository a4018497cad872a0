import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ColyseusTestServer } from '@colyseus/testing';
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, vi } from 'vitest';
import { startGameServer, type GameServer } from '../../server';
import type { Clock, SecurityLimits } from '../../server/security';
import type { MatchRoom } from '../../server/room/MatchRoom';
import { defaultOrders, type PlayerView } from '../../shared/engine';
import { MatchMirror } from '../../client/state/mirror';
import type { MatchSnapshot } from '../../client/state/model';
import type { Orders } from '../../shared/orders/types';
import { ROOM_NAME, S2C, type ErrorPayload, type SessionPayload, type SettingsInput } from '../../shared/protocol';
import type { Role } from '../../shared/roles';
import { must } from '../../shared/lists';
import { testTempDir } from '../support/tempDirs';

// Boots the real game server on 127.0.0.1 and drives it with real SDK clients.

export interface Booted {
  game: GameServer;
  colyseus: ColyseusTestServer;
  url: string;
  staticDir: string;
}

const plenty = { capacity: 100_000, perMinute: 100_000 };

/**
 * Every test client comes from 127.0.0.1, and a test file opens rooms and sends requests far
 * faster than people do: functional tests run with budgets out of the way. The limits
 * themselves are tested in test/security with small ones.
 */
export const ROOMY_LIMITS: Partial<SecurityLimits> = {
  createsPerIp: plenty,
  createsGlobal: plenty,
  httpPerIp: plenty,
  uploadsPerIp: plenty,
  uploadsGlobal: plenty,
  forksPerIp: plenty,
  forksGlobal: plenty,
  roomsPerIp: 100_000,
  messagesPerIpPerSecond: 100_000,
};

/** Starts the real game server on 127.0.0.1:port with a placeholder client; a records database only with `dataDir`. */
export async function startTestServer(
  port: number,
  dataDir?: string,
  limits: Partial<SecurityLimits> = ROOMY_LIMITS,
  clock?: Clock,
  deflate = false,
): Promise<{ game: GameServer; staticDir: string }> {
  const staticDir = testTempDir('cr-static-');
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Compute Race test client</title>');
  const game = await startGameServer({ port, host: '127.0.0.1', staticDir, limits, deflate, ...(clock ? { clock } : {}), ...(dataDir ? { dataDir } : {}) });
  return { game, staticDir };
}

/** The game server on 127.0.0.1:port; `deflate`: permessage-deflate on the sockets (off, as in production). */
export async function boot(port: number, options: { deflate?: boolean } = {}): Promise<Booted> {
  const { game, staticDir } = await startTestServer(port, undefined, ROOMY_LIMITS, undefined, options.deflate ?? false);
  return { game, colyseus: new ColyseusTestServer(game.server), url: `http://127.0.0.1:${port}`, staticDir };
}

/**
 * One server for a whole test file: started before its first test, closed after its last. The
 * returned object is filled in by then (use it inside tests and hooks, not at import time).
 */
export function serverForFile<T extends { game: GameServer }>(start: () => Promise<T>): T {
  const server = {} as T;
  beforeAll(async () => {
    Object.assign(server, await start());
  });
  afterAll(async () => {
    await server.game?.close();
  });
  return server;
}

/** A connected SDK client with every message it received, by type. */
export interface Player {
  room: Room;
  messages: Array<{ type: string; payload: any }>;
  session(): SessionPayload;
  errors(): ErrorPayload[];
  acks(): any[];
  send(type: string, payload?: unknown): void;
}

export function track(room: Room): Player {
  const messages: Array<{ type: string; payload: any }> = [];
  room.onMessage('*', (type, payload) => messages.push({ type: String(type), payload }));
  // The mirror reads the report frames, which come right after the join.
  mirrors.set(room, new MatchMirror(room));
  const of = (t: string) => messages.filter((m) => m.type === t).map((m) => m.payload);
  return {
    room,
    messages,
    session: () => {
      const all = of(S2C.session);
      if (!all.length) throw new Error('no session message yet');
      return all[all.length - 1];
    },
    errors: () => of(S2C.error),
    acks: () => of(S2C.ack),
    send: (type, payload) => room.send(type, payload),
  };
}

export function sdk(port: number): Client {
  return new Client(`ws://127.0.0.1:${port}`);
}

export async function createMatch(port: number, options: { settings?: SettingsInput; name?: string; role?: Role } = {}): Promise<Player> {
  const room = await sdk(port).create(ROOM_NAME, options);
  const p = track(room);
  await vi.waitFor(() => p.session());
  return p;
}

export async function joinMatch(port: number, code: string, options: Record<string, unknown> = {}): Promise<Player> {
  const room = await sdk(port).joinById(code, options);
  const p = track(room);
  await vi.waitFor(() => p.session());
  return p;
}

export function serverRoom(b: Booted, code: string): MatchRoom {
  return b.colyseus.getRoomById(code) as unknown as MatchRoom;
}

/** Valid orders for a seat for the quarter being planned (the engine's defaults). */
export function ordersFor(b: Booted, code: string, role: Role): Orders {
  const m = serverRoom(b, code).match;
  return structuredClone(defaultOrders(m.state, role));
}

/** Waits until `count` messages of `type` arrived (counted from the start). */
export async function waitForCount(p: Player, type: string, count: number): Promise<any[]> {
  return vi.waitFor(() => {
    const got = p.messages.filter((m) => m.type === type).map((m) => m.payload);
    if (got.length < count) throw new Error(`waiting for ${count} '${type}', have ${got.length}`);
    return got;
  }, { timeout: 10_000, interval: 20 });
}

/** Sends and waits for the ack or error that answers it (messages are answered in order). */
export async function call(p: Player, type: string, payload?: unknown): Promise<{ ok: boolean; payload: any }> {
  const before = p.messages.filter((m) => m.type === S2C.ack || m.type === S2C.error).length;
  p.send(type, payload);
  const answers = await vi.waitFor(() => {
    const a = p.messages.filter((m) => m.type === S2C.ack || m.type === S2C.error);
    if (a.length <= before) throw new Error(`no answer to '${type}' yet`);
    return a;
  }, { timeout: 10_000, interval: 10 });
  const answer = must(answers[before], `the answer to '${type}'`);
  return { ok: answer.type === S2C.ack, payload: answer.payload };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const mirrors = new WeakMap<Room, MatchMirror>();

/** What the game client makes of the room state this player received (client/state/mirror.ts). */
export function clientSnapshot(p: Player): MatchSnapshot {
  let m = mirrors.get(p.room);
  if (!m) {
    m = new MatchMirror(p.room);
    mirrors.set(p.room, m);
  }
  return m.snapshot(p.session().role);
}

/** The seat's engine view as the game client rebuilds it from the room state (null for a spectator). */
export function seatView(p: Player): PlayerView | null {
  return clientSnapshot(p).own?.view ?? null;
}
