import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, vi } from 'vitest';

// The real game server (`cli/start.ts --api-only`) as a child process on 127.0.0.1, with its
// own data directory: a test can kill it with SIGKILL and start it again on the same data.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface ServerProcess {
  url: string;
  port: number;
  proc: ChildProcess;
  output(): string;
  /** kill -9, and wait until the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM (graceful shutdown), and wait until the process is gone. */
  stop(): Promise<void>;
}

/** `env`: more environment for the server (e.g. DATABASE_URL to keep its records in PostgreSQL). */
export async function startServerProcess(port: number, dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'cli/start.ts', '--api-only'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', COMPUTE_RACE_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout.on('data', (d) => (out += d));
  proc.stderr.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  await vi.waitFor(
    async () => {
      if (proc.exitCode !== null) throw new Error(`server exited early (${proc.exitCode}):\n${out}`);
      if (!out.includes('is running on port')) throw new Error('not up yet');
      const res = await fetch(`${url}/health`);
      if (!res.ok) throw new Error(`health ${res.status}`);
    },
    { timeout: 60_000, interval: 200 },
  );
  const end = async (signal: NodeJS.Signals) => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    await exited;
  };
  return { url, port, proc, output: () => out, kill9: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

/**
 * The server processes and data directories of one test file: `start` keeps each process it starts
 * and `tempDir` each directory it makes; after the file's tests every process is killed (-9) and
 * every directory removed.
 */
export function serverProcessesForFile(dirPrefix: string) {
  const servers: ServerProcess[] = [];
  const dirs: string[] = [];
  afterAll(async () => {
    for (const s of servers) await s.kill9();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return {
    servers,
    tempDir(): string {
      const d = mkdtempSync(path.join(tmpdir(), dirPrefix));
      dirs.push(d);
      return d;
    },
    async start(port: number, dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
      const s = await startServerProcess(port, dataDir, env);
      servers.push(s);
      return s;
    },
  };
}
