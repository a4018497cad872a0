import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { testTempDir } from '../support/tempDirs';

// `npm start` as a person runs it: one process, one port, the URL printed. With a build (npm test
// builds first) that is the compiled server under plain Node; without one, the TypeScript entry.

const root = path.resolve(__dirname, '../..');
const PORT = 2620;
const built = existsSync(path.join(root, 'dist', 'client', 'index.html')) && existsSync(path.join(root, 'dist', 'server', 'start.mjs'));
const command = built ? [path.join(root, 'cli', 'start.mjs')] : [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'cli/start.ts', '--api-only'];
const env = { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', COMPUTE_RACE_DATA_DIR: '' };
let child: ChildProcess | null = null;
let output = '';

function stop(p: ChildProcess | null): Promise<unknown> {
  if (!p || p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  const exited = new Promise((r) => p.once('exit', r));
  p.kill('SIGTERM');
  return exited;
}

afterAll(() => stop(child));

describe('npm start', () => {
  it(`serves ${built ? 'the built client and ' : ''}the API on PORT and prints where to go`, async () => {
    // Its own data directory: ./data may be held by a server someone runs (one server per database).
    const dataDir = testTempDir('cr-start-');
    child = spawn(process.execPath, command, { cwd: root, env: { ...env, COMPUTE_RACE_DATA_DIR: dataDir } });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    await vi.waitFor(() => expect(output).toMatch(/Compute Race server is running on port 2620/), { timeout: 30_000, interval: 100 });
    if (built) {
      expect(output).toContain(`Open  http://127.0.0.1:${PORT}/`);
      const page = await fetch(`http://127.0.0.1:${PORT}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<html|<!doctype/i);
    } else {
      expect(output).toContain(`http://127.0.0.1:${PORT}/health`);
    }
    const health = await fetch(`http://127.0.0.1:${PORT}/health`).then((r) => r.json());
    expect(health.status).toBe('ok');
  });

  it('a second server on the same port exits non-zero and says the port is taken', async () => {
    const second = spawn(process.execPath, [...command, '--no-storage'], { cwd: root, env });
    let said = '';
    second.stdout.on('data', (d) => (said += d));
    second.stderr.on('data', (d) => (said += d));
    const code = await new Promise<number | null>((r) => second.once('exit', (c) => r(c)));
    expect(code).not.toBe(0);
    expect(said).toContain('Compute Race could not start: port 2620 on 127.0.0.1 is already in use');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    const exited = new Promise<number | null>((r) => child!.once('exit', (c) => r(c)));
    child!.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses an ADMIN_SECRET too short to be a secret', async () => {
    const p = spawn(process.execPath, [...command, '--no-storage'], { cwd: root, env: { ...env, PORT: String(PORT + 1), ADMIN_SECRET: 'short' } });
    let said = '';
    p.stderr.on('data', (d) => (said += d));
    const code = await new Promise<number | null>((r) => p.once('exit', (c) => r(c)));
    expect(code).toBe(1);
    expect(said).toContain('ADMIN_SECRET must be at least 12 characters long (got 5)');
  });
});
