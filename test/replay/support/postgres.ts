import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';

// A real PostgreSQL for tests: the Debian binaries (/usr/lib/postgresql/<version>/bin, or PG_BIN),
// initdb'd in a temporary directory and started on 127.0.0.1 on the given port. PostgreSQL
// refuses to run as root, so as root the cluster belongs to the `postgres` user (runuser).
// `available()` says why tests are skipped when the binaries are not installed.

/** PG_BIN, else the newest /usr/lib/postgresql/<version>/bin (Debian's layout). */
function findBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  return path.join(root, versions[0] ?? '15', 'bin');
}

const BIN = findBin();

export function postgresMissing(): string | null {
  if (!existsSync(path.join(BIN, 'initdb')) || !existsSync(path.join(BIN, 'postgres')))
    return `PostgreSQL binaries not found in ${BIN} (install the Debian package postgresql, or set PG_BIN): PostgreSQL tests skipped`;
  if (userInfo().uid === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0)
    return 'running as root without a `postgres` user to own the test cluster: PostgreSQL tests skipped';
  return null;
}

export interface TestPostgres {
  port: number;
  /** A new, empty database on this server; returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

function asOwner(cmd: string, args: string[]): [string, string[]] {
  return userInfo().uid === 0 ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

export async function startPostgres(port: number): Promise<TestPostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-pg-'));
  const data = path.join(dir, 'data');
  if (userInfo().uid === 0) {
    const uid = Number(spawnSync('id', ['-u', 'postgres']).stdout.toString().trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres']).stdout.toString().trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const [initCmd, initArgs] = asOwner(path.join(BIN, 'initdb'), ['-D', data, '-U', 'cr', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  const [cmd, args] = asOwner(path.join(BIN, 'postgres'), ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`, '-c', 'fsync=off']);
  const proc: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout!.on('data', (d) => (log += d));
  proc.stderr!.on('data', (d) => (log += d));
  const admin = `postgres://cr@127.0.0.1:${port}/postgres`;
  for (let i = 0; ; i++) {
    const c = new pg.Client({ connectionString: admin });
    try {
      await c.connect();
      await c.end();
      break;
    } catch {
      await c.end().catch(() => undefined);
      if (proc.exitCode !== null || i > 150) throw new Error(`PostgreSQL did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    port,
    async createDatabase(name: string) {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`CREATE DATABASE ${name}`);
      await c.end();
      return `postgres://cr@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (proc.exitCode === null) {
        const gone = new Promise((r) => proc.once('exit', r));
        const [stopCmd, stopArgs] = asOwner(path.join(BIN, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w']);
        spawnSync(stopCmd, stopArgs);
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
