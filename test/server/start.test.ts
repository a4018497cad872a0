import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// `npm start` as a person runs it: one process, one port, the URL printed.

const root = path.resolve(__dirname, '../..');
const PORT = 2620;
const built = existsSync(path.join(root, 'dist', 'client', 'index.html'));
let child: ChildProcess | null = null;
let output = '';

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
});

describe('npm start', () => {
  it(`serves ${built ? 'the built client and ' : ''}the API on PORT and prints where to go`, async () => {
    const args = [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'cli/start.ts', ...(built ? [] : ['--api-only'])];
    // Its own data directory: ./data may be held by a server someone runs (one server per database).
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-start-'));
    child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', COMPUTE_RACE_DATA_DIR: dataDir } });
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
});
