import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pinned } from './cpuPinning';
import type { GcTrace } from './gcTrace';

// The server under test as a child process of the load test (its CPU and memory are read from
// /proc): the real game server or the bare Colyseus baseline, on loopback.

export type Target = 'game' | 'bare';

export interface BareSizes {
  initial: number;
  report: number;
  view: number;
}

export interface ServerOptions {
  target: Target;
  root: string;
  port: number;
  deflate: boolean;
  storage: boolean;
  bare: BareSizes;
  /** Clients the run will connect (sizes the limits below). */
  clients: number;
  /** Rooms the run will open. */
  rooms: number;
  /** Start the server with `node --trace-gc` and collect its pauses here. */
  gcTrace?: GcTrace;
  /** CPUs the server may run on (taskset list); all of them when absent. */
  cpus?: string;
}

/**
 * Every simulated player connects from 127.0.0.1, so the game server's per-address budgets (sized
 * for a classroom behind one NAT: 200 connections, 60 rooms, 100 messages a second) would measure
 * the security layer, not the server. The load generator raises them, and the global caps, to
 * what the run needs; a variable already set in the environment wins.
 */
export function loadGeneratorLimits(clients: number, rooms: number, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const wanted: Record<string, number> = {
    COMPUTE_RACE_MAX_ROOMS: rooms + 50,
    COMPUTE_RACE_ROOMS_PER_IP: rooms + 50,
    COMPUTE_RACE_CREATES_PER_IP_PER_MINUTE: 100_000,
    COMPUTE_RACE_CREATES_PER_MINUTE: 100_000,
    COMPUTE_RACE_MAX_CONNECTIONS: clients + 200,
    COMPUTE_RACE_CONNECTIONS_PER_IP: clients + 200,
    COMPUTE_RACE_MESSAGES_PER_IP_PER_SECOND: 1_000_000,
    COMPUTE_RACE_HTTP_PER_IP_PER_MINUTE: 1_000_000,
  };
  return Object.fromEntries(Object.entries(wanted).filter(([k]) => env[k] === undefined).map(([k, v]) => [k, String(v)]));
}

export interface RunningServer {
  pid: number;
  url: string;
  /** Output the server printed (for errors). */
  output(): string;
  stop(): Promise<void>;
}

export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const dataDir = o.target === 'game' && o.storage ? mkdtempSync(path.join(tmpdir(), 'cr-loadtest-')) : null;
  const script = o.target === 'game' ? ['cli/start.ts', '--api-only', ...(dataDir ? [] : ['--no-storage'])] : ['cli/lib/loadtest/bareServer.ts'];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(o.port),
    HOST: '127.0.0.1',
    WS_DEFLATE: o.deflate ? '1' : '0',
    BARE_INITIAL_BYTES: String(o.bare.initial),
    BARE_REPORT_BYTES: String(o.bare.report),
    BARE_VIEW_BYTES: String(o.bare.view),
    ...(dataDir ? { COMPUTE_RACE_DATA_DIR: dataDir } : {}),
    ...(o.target === 'game' ? loadGeneratorLimits(o.clients, o.rooms) : {}),
  };
  delete env.ADMIN_SECRET;
  const cmd = pinned(o.cpus, process.execPath, [...(o.gcTrace ? ['--trace-gc'] : []), '--import', 'tsx', ...script]);
  const child: ChildProcess = spawn(cmd.command, cmd.args, { cwd: o.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => {
    if (o.gcTrace) o.gcTrace.feed(String(d));
    // The GC trace would grow the kept output without end; what errors need is the start.
    if (!o.gcTrace || out.length < 100_000) out += d;
  });
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`the ${o.target} server did not start within 60 s:\n${out}`)), 60_000);
    const poll = setInterval(() => {
      if (/is running on port/.test(out)) {
        clearTimeout(timeout);
        clearInterval(poll);
        resolve();
      }
    }, 50);
    child.once('exit', (code) => {
      clearTimeout(timeout);
      clearInterval(poll);
      reject(new Error(`the ${o.target} server exited (code ${code}) before it listened:\n${out}`));
    });
  });
  return {
    pid: child.pid!,
    url: `ws://127.0.0.1:${o.port}`,
    output: () => out,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const forced = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(forced);
      }
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
