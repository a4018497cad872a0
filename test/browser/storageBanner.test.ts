import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGameServer, type GameServer } from '../../server';
import { applyHostCommand } from '../../server/room/hostCommands';
import { findMatchRoom } from '../../server/room/create';
import { DIST } from './support/harness';
import { checkAxe, goto, openApp, shoot, waitScreen, type OpenApp } from './support/app';

// Issue 12, Storage: when the server cannot save the match, the player's page says so (a banner
// over the game; the host also sees the reason) and the banner goes once saving works again. The
// failure is SQLITE_FULL thrown by the store's writes (injected through the storage interface).

describe('a match that cannot be saved, in the browser', () => {
  let game: GameServer;
  let app: OpenApp;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'cr-banner-'));
    game = await startGameServer({ port: 2665, host: '127.0.0.1', staticDir: DIST, dataDir });
    app = await openApp({ size: 'phone', lang: 'en' });
  });

  afterAll(async () => {
    await app?.close();
    await game?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the banner while saving fails and hides it once it works', async () => {
    const page = app.page;
    await goto(app, 'http://127.0.0.1:2665/');
    await page.locator('#home-name').fill('Grace');
    await page.getByRole('button', { name: 'Quick match vs 4 bots' }).click();
    await waitScreen(page, 'planning', 60_000);
    await page.getByRole('button', { name: 'Submit orders' }).waitFor();
    // The seat this browser holds (client/net/session.ts keeps it in localStorage) names the match.
    const code = await page.evaluate(() => (JSON.parse(localStorage.getItem('computeRace.session') ?? '{}') as { code: string }).code);
    const room = findMatchRoom(code)!;
    expect(await page.locator('#storage-banner').isHidden()).toBe(true);

    const store = game.storage!.store as unknown as Record<string, unknown>;
    const saved = { appendQuarter: store.appendQuarter, probe: store.probe };
    const full = () => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    };
    store.appendQuarter = full;
    store.probe = full;
    expect(applyHostCommand(room.match, { command: 'resolveNow' }).ok).toBe(true);
    const banner = page.locator('#storage-banner');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.locator('span').textContent()).toBe('The server cannot save this match right now, so it is paused. Nothing you did is lost; it goes on by itself once saving works again.');
    // The quick match's creator is its host: the reason is shown too.
    expect(await banner.locator('small').textContent()).toBe('the server cannot save this match: its disk is full');
    expect(await checkAxe(page)).toEqual([]);
    await shoot(app, 'storage-banner');

    Object.assign(store, saved);
    game.storage!.tracker.retry();
    await banner.waitFor({ state: 'hidden' });
  });
});
