import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { C2S } from '../../shared/protocol';
import { call, createMatch, joinMatch } from '../server/helpers';
import { DIST, watchPage } from './support/harness';
import { openApp, shoot, waitScreen, type OpenApp } from './support/app';

// Taking a seat back by name in the browser: two players are in a match, the server is killed and
// started again on the same data; one player's tab (and seat token) is gone. From a new browser
// they join by code, are shown the seats whose players are away, and take theirs back with the
// name they played under once the host allowed it (before that, or with a wrong name, it is
// refused and changes nothing).

const PORT = 2664;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-reclaim-'));
let proc: ChildProcess | null = null;
let browser: OpenApp | null = null;

async function startServer(): Promise<void> {
  const p = spawn(process.execPath, ['--import', 'tsx', 'cli/start.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', COMPUTE_RACE_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  p.stdout.on('data', (d) => (out += d));
  p.stderr.on('data', (d) => (out += d));
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

    browser = await openApp({ size: 'laptop', lang: 'en' });
    const page = browser.page;
    const problems = watchPage(page, 'bo');
    await page.goto(`http://127.0.0.1:${PORT}/?lang=en`);
    await waitScreen(page, 'home');
    await page.locator('#home-name').fill('Eve');
    await page.getByRole('textbox', { name: 'Join code' }).fill(code);
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await waitScreen(page, 'planning');
    // A spectator sees the room overview and the away seat offered.
    await page.getByRole('heading', { level: 2, name: 'Room overview' }).waitFor();
    const takeMeta = page.getByRole('button', { name: 'I am Meta' });
    await takeMeta.waitFor();
    await shoot(browser, 'reclaim-offer');
    const refusal = page.getByRole('alert');

    // The wrong name: refused, still watching.
    await takeMeta.click();
    await expect.poll(() => refusal.textContent(), { timeout: 15_000 }).toMatch(/kept for its player/);
    expect(await page.getByRole('heading', { level: 2, name: /^Your orders/ }).count()).toBe(0);

    // The name Bo played under, before the host allowed it: still refused.
    await page.getByRole('textbox', { name: 'Name you played under' }).fill('bo');
    await takeMeta.click();
    await expect.poll(() => refusal.textContent(), { timeout: 15_000 }).toMatch(/kept for its player/);
    expect(await page.getByRole('heading', { level: 2, name: /^Your orders/ }).count()).toBe(0);

    // The host (a second tab of Ann's, with her host secret) lets Bo back; his name (any case) then takes the seat, and the order form.
    const hostTab = await joinMatch(PORT, code, { hostSecret });
    expect((await call(hostTab, C2S.host, { command: 'allowReclaim', role: 'meta' })).ok).toBe(true);
    await takeMeta.click();
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('Meta');
    await shoot(browser, 'reclaim-done');
    expect(problems.errors.filter((e) => !/WRONG_PHASE|status of 4/.test(e))).toEqual([]);
  }, 180_000);
});
