import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { C2S } from '../../shared/protocol';
import { call, createMatch, joinMatch } from '../server/helpers';
import { openContext, type OpenedContext } from './support/browser';
import { DIST, shot, watchPage } from './support/harness';
import { click, fill, match, settle, waitScene, waitWidget } from './support/ui';

// Taking a seat back by name in the browser: two players are in a match, the server is killed and
// started again on the same data; one player's tab (and seat token) is gone. From a new browser
// they join by code, are shown the seats whose players are away, and take theirs back with the
// name they played under once the host allowed it (before that, or with a wrong name, it is
// refused and changes nothing).

const PORT = 2664;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-reclaim-'));
let proc: ChildProcess | null = null;
let browser: OpenedContext | null = null;

async function startServer(): Promise<void> {
  const p = spawn(process.execPath, ['--import', 'tsx', 'cli/start.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', COMPUTE_RACE_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  p.stdout!.on('data', (d) => (out += d));
  p.stderr!.on('data', (d) => (out += d));
  proc = p;
  await vi.waitFor(
    async () => {
      if (p.exitCode !== null) throw new Error(`server exited (${p.exitCode}):\n${out}`);
      // Our process says it is up (a server left on this port by another run would answer /health too).
      expect(out).toContain('is running on port');
      expect((await fetch(`http://127.0.0.1:${PORT}/health`)).ok).toBe(true);
    },
    { timeout: 60_000, interval: 200 },
  );
}

async function killServer(): Promise<void> {
  const p = proc;
  if (!p || p.exitCode !== null || p.signalCode !== null) return;
  const gone = new Promise((r) => p.once('exit', r));
  p.kill('SIGKILL');
  await gone;
}

let ann: Awaited<ReturnType<typeof createMatch>> | null = null;

afterAll(async () => {
  if (ann) ann.room.reconnection.enabled = false;
  await Promise.race([ann?.room.leave(true), new Promise((r) => setTimeout(r, 2000))]);
  await browser?.close();
  await killServer();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('taking a seat back by name', () => {
  it('after a restart, a player without their seat token takes the seat back from the match screen', async () => {
    expect(DIST).toBeTruthy();
    await startServer();
    const settings = { seed: 'reclaim', quarters: 6, planningSeconds: 0, resultsSeconds: 0, seats: { microsoft: { kind: 'bot' as const }, amazon: { kind: 'bot' as const }, google: { kind: 'bot' as const } } };
    const host = await createMatch(PORT, { settings, name: 'Ann', role: 'openai' });
    ann = host;
    const code = host.session().code;
    const hostSecret = host.session().hostSecret!;
    const bo = await joinMatch(PORT, code, { name: 'Bo', role: 'meta' });
    expect((await call(host, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    await vi.waitFor(() => expect(host.room.state.phase).toBe('planning'));

    // Bo's tab is gone (with it his seat token), then the server. Ann stays: her client comes back by itself.
    await Promise.race([bo.room.leave(true), new Promise((r) => setTimeout(r, 2000))]);
    await killServer();
    await startServer();
    await vi.waitFor(async () => expect((await fetch(`http://127.0.0.1:${PORT}/api/rooms/${code}`)).status).toBe(200), { timeout: 15_000 });

    browser = await openContext({ width: 1280, height: 720 });
    const page = browser.page;
    const problems = watchPage(page, 'bo');
    await page.goto(`http://127.0.0.1:${PORT}/?lang=en`);
    await waitScene(page, 'Home');
    await fill(page, 'home.name', 'Eve');
    await fill(page, 'home.code', code);
    await click(page, 'home.join');
    await waitScene(page, 'Planning');
    // A spectator sees the away seat offered.
    await waitWidget(page, 'spec.reclaim.meta');
    await settle(page, 400);
    await shot(page, 'reclaim-offer-en');

    // The wrong name: refused, still watching.
    await click(page, 'spec.reclaim.meta');
    await page.waitForFunction(() => /kept for its player/.test(JSON.stringify(window.__cr!.widgets().find((w) => w.id === 'spec.reclaim.status')?.state?.text ?? '')), null, { timeout: 15_000 });
    expect((await match(page)).role).toBeNull();

    // The name Bo played under, before the host allowed it: still refused.
    await fill(page, 'spec.reclaim.name', 'bo');
    await click(page, 'spec.reclaim.meta');
    await page.waitForFunction(
      () => {
        const text = window.__cr!.widgets().find((w) => w.id === 'spec.reclaim.status')?.state?.text;
        return /kept for its player/.test(typeof text === 'string' ? text : '');
      },
      null,
      { timeout: 15_000 },
    );
    expect((await match(page)).role).toBeNull();

    // The host (a second tab of Ann's, with her host secret) lets Bo back; his name (any case) then takes the seat, and the orders panel.
    const hostTab = await joinMatch(PORT, code, { hostSecret });
    expect((await call(hostTab, C2S.host, { command: 'allowReclaim', role: 'meta' })).ok).toBe(true);
    await click(page, 'spec.reclaim.meta');
    await page.waitForFunction(() => window.__cr!.match().role === 'meta', null, { timeout: 15_000 });
    await waitWidget(page, 'dp.submit');
    await settle(page, 600);
    await shot(page, 'reclaim-done-en');
    expect(problems.errors.filter((e) => !/WRONG_PHASE|status of 4/.test(e))).toEqual([]);
  }, 180_000);
});
