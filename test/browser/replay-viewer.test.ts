import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGameServer, type GameServer } from '../../server';
import { finishedMatch } from './support/finishedMatch';
import { serializeRecord } from '../../shared/replay';
import { playScripted } from '../replay/helpers';
import { openContext, type OpenedContext } from './support/browser';
import { DIST, shot } from './support/harness';
import { click, match, settle, waitScene, waitWidget, widget } from './support/ui';

// The replay viewer in Chromium (issue 6, point 6): from Home to a finished match, re-run and
// verified in the browser, stepped, played, scrubbed with the keyboard, every tab shown; a bad
// file refused by name, a good file opened; "Play from here" opens a live lobby at that quarter.

const PORT = 2711;
let game: GameServer;
let browser: OpenedContext;
let dataDir: string;
const errors: string[] = [];

async function state(id: string): Promise<Record<string, any>> {
  return ((await widget(browser.page, id))?.state ?? {}) as Record<string, any>;
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'cr-viewer-'));
  readFileSync(path.join(DIST, 'index.html'));
  game = await startGameServer({ port: PORT, host: '127.0.0.1', staticDir: DIST, dataDir });
  await finishedMatch('viewer-test', 6);
  browser = await openContext({ width: 1280, height: 720 });
  const page = browser.page;
  page.on('console', (m) => m.type() === 'error' && !m.text().includes('status of 400') && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => {
  await browser?.close();
  await game?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('replay viewer', () => {
  it('opens a finished match from Home, verifies it in the browser, steps, plays and scrubs', async () => {
    const page = browser.page;
    await page.goto(`http://127.0.0.1:${PORT}/?lang=en`);
    await waitScene(page, 'Home');
    await click(page, 'home.replays');
    await waitScene(page, 'ReplayList');
    await click(page, 'replay.watch.0');
    await waitScene(page, 'Replay');
    expect(await state('replay.verified')).toMatchObject({ verified: true, quarters: 6, problem: null });
    expect(await state('replay.scrub')).toMatchObject({ position: 0, last: 6, playing: false });

    await click(page, 'replay.stepForward');
    await click(page, 'replay.stepForward');
    expect((await state('replay.scrub')).position).toBe(2);
    const meta = await state('replay.row.meta');
    expect(meta.quarter).toBe(1);
    expect(meta.source).toBe('bot');
    expect(meta.orders?.quarter).toBe(1);
    await settle(page, 300);
    await shot(page, 'replay-orders-en');

    await click(page, 'replay.speed.4');
    await click(page, 'replay.play');
    await page.waitForFunction(() => (window.__cr!.widgets().find((w) => w.id === 'replay.scrub')?.state as any)?.position === 6, null, { timeout: 20_000 });
    expect((await state('replay.scrub')).playing).toBe(false);

    // Keyboard: focus the scrubber (click it), Home goes to the start, arrows step.
    const scrub = await waitWidget(page, 'replay.scrub');
    await page.mouse.click(scrub.css.x + 4, scrub.css.y + scrub.css.h / 2);
    expect((await state('replay.scrub')).position).toBe(0);
    await page.keyboard.press('End');
    expect((await state('replay.scrub')).position).toBe(6);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect((await state('replay.scrub')).position).toBe(4);

    await click(page, 'replay.tab.markets');
    await settle(page, 300);
    await shot(page, 'replay-markets-en');
    expect((await state('replay.chart.chips')).clearing).toBeTruthy();
    await click(page, 'replay.tab.charts');
    await settle(page, 300);
    await shot(page, 'replay-charts-en');
    expect((await state('replay.charts.shares')).points).toBe(7);
    await click(page, 'replay.tab.company');
    await settle(page, 300);
    await shot(page, 'replay-company-en');
    expect(await widget(page, 'replay.pnl')).not.toBeNull();
    expect(errors).toEqual([]);
  });

  it('refuses a truncated file by name and opens a good one', async () => {
    const page = browser.page;
    await click(page, 'replay.back');
    await waitScene(page, 'ReplayList');
    const text = serializeRecord(playScripted({ seed: 'viewer-upload', quarters: 5 }).record);
    const cut = path.join(dataDir, 'cut.json');
    const good = path.join(dataDir, 'good.json');
    writeFileSync(cut, text.slice(0, 4000));
    writeFileSync(good, text);
    await page.setInputFiles('[data-testid="replay.file"]', cut);
    await page.waitForFunction(() => String((window.__cr!.widgets().find((w) => w.id === 'replay.status')?.state as any)?.text ?? '').includes('Truncated file'), null, { timeout: 15_000 });
    expect(String((await state('replay.status')).text)).toMatch(/Truncated file: The file is truncated/);
    await page.setInputFiles('[data-testid="replay.file"]', good);
    await waitScene(page, 'Replay');
    expect(await state('replay.verified')).toMatchObject({ verified: true, quarters: 5 });
    expect(errors).toEqual([]);
  });

  it('Play from here opens a live lobby at that quarter, same seed, with a join code', async () => {
    const page = browser.page;
    await click(page, 'replay.stepForward');
    await click(page, 'replay.stepForward');
    await click(page, 'replay.stepForward');
    await click(page, 'replay.fork');
    await waitWidget(page, 'replay.fork.go');
    await settle(page, 200);
    await shot(page, 'replay-fork-en');
    await click(page, 'replay.fork.go');
    await waitScene(page, 'Lobby', 20_000);
    await page.waitForFunction(() => window.__cr!.match().isHost && window.__cr!.match().quarter === 3, null, { timeout: 10_000 });
    const m = await match(page);
    expect(m).toMatchObject({ isHost: true, phase: 'lobby', quarter: 3 });
    expect(m.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    const info = await (await fetch(`http://127.0.0.1:${PORT}/api/rooms/${m.code}`)).json();
    expect(info).toMatchObject({ seed: 'viewer-upload', quarter: 3, phase: 'lobby' });
    await settle(page, 400);
    await shot(page, 'replay-fork-lobby-en');
    expect(errors).toEqual([]);
  });
});
