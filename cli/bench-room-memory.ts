import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchMaker } from '@colyseus/core';
import { startGameServer } from '../server';
import { createMatchRoom } from '../server/room/create';
import { UsageError, intFlag, parseFlags } from './lib/args';

// What an idle lobby room costs, measured in the server's own process, away from the noise of a
// load test: `process.memoryUsage()` after forced garbage collections, with 1 room and then with
// --rooms rooms, divided by the difference. Without --clients the rooms are made on the server
// side; with it each room is created by one SDK client in a child process (so the clients' own
// memory is not counted), which adds its connection (socket, session, StateView).
//   node --expose-gc --import tsx cli/bench-room-memory.ts [--rooms 300] [--clients]

const USAGE = 'usage: node --expose-gc --import tsx cli/bench-room-memory.ts [--rooms <n>] [--clients] [--port <p>]';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const gc = (globalThis as { gc?: () => void }).gc;

function settled(): NodeJS.MemoryUsage {
  for (let i = 0; i < 4; i++) gc!();
  return process.memoryUsage();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withClients(url: string, rooms: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'cli/lib/roomMemory/clients.ts')], {
    cwd: root,
    env: { ...process.env, ROOMS: String(rooms), URL: url },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('READY') && resolve());
    child.once('exit', (code) => reject(new Error(`the client process exited (code ${code}) before its rooms were up`)));
  });
  await sleep(1500);
  return child;
}

async function main(): Promise<number> {
  if (!gc) throw new UsageError('run it with node --expose-gc');
  const flags = parseFlags(process.argv.slice(2), { rooms: 'string', clients: 'boolean', port: 'string' });
  const rooms = intFlag(flags.rooms, 'rooms', 2, 10_000, 300);
  const port = intFlag(flags.port, 'port', 1024, 65535, 2597);
  const plenty = { capacity: 1_000_000, perMinute: 1_000_000 };
  const game = await startGameServer({
    port,
    host: '127.0.0.1',
    staticDir: null,
    limits: { maxRooms: rooms + 10, roomsPerIp: rooms + 10, maxConnections: rooms + 10, connectionsPerIp: rooms + 10, createsPerIp: plenty, createsGlobal: plenty },
  });
  const url = `http://127.0.0.1:${port}`;
  const children: ChildProcess[] = [];
  const open = async (n: number) => {
    if (flags.clients) children.push(await withClients(url, n));
    else for (let i = 0; i < n; i++) await createMatchRoom({ autoDispose: false });
    await sleep(500);
  };
  try {
    await open(1);
    const before = settled();
    await open(rooms - 1);
    const after = settled();
    const per = (k: keyof NodeJS.MemoryUsage) => `${((after[k] - before[k]) / (rooms - 1) / 1024).toFixed(1)} KB`;
    const { roomCount, ccu } = matchMaker.stats.local;
    console.log(`${roomCount} idle lobby rooms, ${ccu} clients; per room: RSS ${per('rss')}, heap ${per('heapUsed')}, array buffers ${per('arrayBuffers')}`);
    return 0;
  } finally {
    for (const c of children) c.kill();
    await game.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof UsageError ? `${err.message}\n${USAGE}` : `bench-room-memory failed: ${(err as Error).message}`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
