import { at } from '../../../shared/lists';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// A game server in a child process (the real `npm start` entry, API only), so the fuzz can kill
// it with SIGKILL, read its RSS and tell a crash from a refusal.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface ChildServer {
  url: string;
  port: number;
  proc: ChildProcess;
  output(): string;
  /** Still running (a crash is an exit nobody asked for). */
  alive(): boolean;
  rssBytes(): number;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export async function startChildServer(port: number, env: Record<string, string> = {}, dataDir: string | null = null): Promise<ChildServer> {
  const args = ['--import', 'tsx', 'cli/start.ts', '--api-only', ...(dataDir ? [] : ['--no-storage'])];
  const proc = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ...(dataDir ? { COMPUTE_RACE_DATA_DIR: dataDir } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout.on('data', (d) => (out += d));
  proc.stderr.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`the server exited at start (${proc.exitCode}):\n${out}`);
    if (out.includes('is running on port')) {
      const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
      if (ok) break;
    }
    if (Date.now() > deadline) throw new Error(`the server did not start in 60 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const end = async (signal: NodeJS.Signals) => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    await exited;
  };
  return {
    url,
    port,
    proc,
    output: () => out,
    alive: () => proc.exitCode === null && proc.signalCode === null,
    rssBytes: () => {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'));
        return m ? Number(m[1]) * 1024 : 0;
      } catch {
        return 0;
      }
    },
    kill9: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  };
}

/** Runs `fn` over `items` with at most `width` at a time. */
export async function pooled<T>(items: T[], width: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(at(items, i, 'pooled item'), i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

/** Milliseconds a /health answer takes. */
export async function healthMs(url: string): Promise<number> {
  const t = performance.now();
  await fetch(`${url}/health`).then((r) => r.arrayBuffer()).catch(() => undefined);
  return performance.now() - t;
}

const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads');
let on = true;
const times = [];
parentPort.on('message', () => { on = false; });
const health = () => fetch(workerData.url + '/health').then((r) => r.arrayBuffer()).catch(() => undefined);
(async () => {
  // The first fetch in a new thread loads the HTTP client (100-200 ms): not the server's time.
  await health();
  parentPort.postMessage('ready');
  while (on) {
    const t = performance.now();
    await health();
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 100));
  }
  parentPort.postMessage(times);
})();
`;

/**
 * Samples /health latency every 100 ms from a worker thread, so the flood this process sends
 * does not delay the measurement itself. Resolves once the sampler is warm and measuring.
 */
export async function sampleHealth(url: string): Promise<{ stop(): Promise<number[]> }> {
  const worker = new Worker(SAMPLER, { eval: true, workerData: { url } });
  await new Promise<void>((resolve) => worker.once('message', () => resolve()));
  return {
    stop: () =>
      new Promise((resolve) => {
        worker.once('message', (times: number[]) => {
          void worker.terminate();
          resolve(times);
        });
        worker.postMessage('stop');
      }),
  };
}

export function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
