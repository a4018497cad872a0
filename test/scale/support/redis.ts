import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';

// A real redis-server for tests: the Debian binary (/usr/bin/redis-server, or REDIS_SERVER), on
// 127.0.0.1 and the given port, in a temporary directory, keeping nothing on disk.

const BIN = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

export function redisMissing(): string | null {
  return existsSync(BIN) ? null : `redis-server not found at ${BIN} (install redis-server, or set REDIS_SERVER): Redis tests skipped`;
}

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

export async function startRedis(port: number): Promise<TestRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-redis-'));
  const proc: ChildProcess = spawn(BIN, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stdout!.on('data', (d) => (log += d));
  proc.stderr!.on('data', (d) => (log += d));
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const c = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    c.on('error', () => undefined);
    try {
      await c.connect();
      await c.ping();
      c.disconnect();
      break;
    } catch {
      c.disconnect();
      if (proc.exitCode !== null || i > 100) throw new Error(`redis-server did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) {
        const gone = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
