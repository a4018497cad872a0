import { afterAll, beforeAll } from 'vitest';
import type { GameServer } from '../../server';
import { ManualClock, type SecurityLimits } from '../../server/security';
import { ROOMY_LIMITS, startTestServer } from '../server/helpers';

// A real server on 127.0.0.1 with the limits a test means to hit, on a clock the test moves by
// hand (nothing here waits for real time to pass).

export interface SecureServer {
  game: GameServer;
  port: number;
  url: string;
  clock: ManualClock;
  dataDir?: string;
}

export async function startSecureServer(port: number, limits: Partial<SecurityLimits>, dataDir?: string, clock = new ManualClock(Date.now())): Promise<SecureServer> {
  const { game } = await startTestServer(port, dataDir, { ...ROOMY_LIMITS, ...limits }, clock);
  return { game, port, url: `http://127.0.0.1:${port}`, clock, ...(dataDir ? { dataDir } : {}) };
}

/** One such server for a whole test file. */
export function secureServerForFile(port: number, limits: Partial<SecurityLimits>): SecureServer {
  const server = {} as SecureServer;
  beforeAll(async () => {
    Object.assign(server, await startSecureServer(port, limits));
  });
  afterAll(async () => {
    await server.game?.close();
  });
  return server;
}

/** A raw matchmaking request, as any HTTP client can send it. */
export async function matchmake(url: string, method: string, roomName: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/matchmake/${method}/${roomName}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** A stack trace in a response body ("at fn (file.ts:12:3)"). */
export const STACK_TRACE = /\bat .+\(?[^\s()]+:\d+:\d+\)?/;
