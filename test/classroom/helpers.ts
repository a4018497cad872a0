import type { Room } from '@colyseus/sdk';
import { vi } from 'vitest';
import type { GameServer } from '../../server';
import { sdk, startTestServer } from '../server/helpers';
import { CLASS_C2S, CLASS_ROOM_NAME, CLASS_S2C, type ClassCommandResult, type ClassCreateOptions, type ClassSessionPayload } from '../../shared/classroom/protocol';
import type { HostCommand } from '../../shared/protocol';
import { exactly, type Tuple } from '../support/tuple';
import { testTempDir } from '../support/tempDirs';

// A real game server on 127.0.0.1 (with a records database in a temporary directory) and SDK
// clients for the teacher's console, projectors and students.

export interface ClassServer {
  game: GameServer;
  port: number;
  url: string;
  dataDir: string;
}

export async function bootClassServer(port: number, dataDir = testTempDir('cr-class-data-')): Promise<ClassServer> {
  const { game } = await startTestServer(port, dataDir);
  return { game, port, url: `http://127.0.0.1:${port}`, dataDir };
}

export { sdk };

export interface ClassClient {
  room: Room;
  session(): ClassSessionPayload;
  command(command: HostCommand, group?: number): Promise<ClassCommandResult>;
  projector(mode: 'all' | 'group', group?: number): Promise<ClassCommandResult>;
}

function wrap(room: Room): ClassClient {
  const sessions: ClassSessionPayload[] = [];
  room.onMessage(CLASS_S2C.session, (p: ClassSessionPayload) => sessions.push(p));
  room.onMessage('*', () => undefined);
  return {
    room,
    session: () => {
      const last = sessions.at(-1);
      if (!last) throw new Error('no classSession message yet');
      return last;
    },
    command: (command, group) => room.request(CLASS_C2S.command, group === undefined ? { command } : { group, command }, { timeout: 10_000 }) as Promise<ClassCommandResult>,
    projector: (mode, group) => room.request(CLASS_C2S.projector, group === undefined ? { mode } : { mode, group }, { timeout: 10_000 }) as Promise<ClassCommandResult>,
  };
}

export async function createClass(port: number, options: ClassCreateOptions): Promise<ClassClient> {
  const c = wrap(await sdk(port).create(CLASS_ROOM_NAME, options));
  await vi.waitFor(() => c.session());
  await vi.waitFor(() => {
    if ((c.room.state)?.groups?.length !== options.groups) throw new Error('groups not mirrored yet');
  });
  return c;
}

/**
 * Runs an SDK call, once more on a fresh socket when Node's fetch reused a kept-alive connection
 * to a server that was restarted on the same port ("fetch failed"); any other error is the answer.
 */
export async function afterRestart<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= 3 || !String((err as Error)?.message).includes('fetch failed')) throw err;
    }
  }
}

export async function joinClass(port: number, id: string, options: Record<string, unknown>): Promise<ClassClient> {
  const c = wrap(await afterRestart(() => sdk(port).joinById(id, options)));
  await vi.waitFor(() => c.session());
  return c;
}

/** The class room's state as plain JSON. */
export function classState(c: ClassClient): any {
  return (c.room.state).toJSON();
}

/** The join codes of the class's groups, checked to be `n` of them. */
export function groupCodes<N extends number>(c: ClassClient, n: N): Tuple<string, N> {
  return exactly(classState(c).groups.map((g: { code: string }) => g.code), n, 'group codes');
}

export async function getJson(url: string, secret?: string): Promise<{ status: number; body: any }> {
  const go = () => fetch(url, { headers: secret ? { 'x-class-secret': secret } : {} });
  let res: Response;
  try {
    res = await go();
  } catch {
    // A kept-alive socket to a server that was restarted on the same port: once more on a new one.
    res = await go();
  }
  return { status: res.status, body: await res.json() };
}
