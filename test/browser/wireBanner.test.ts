import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGameServer, type GameServer } from '../../server';
import { findMatchRoom } from '../../server/room/create';
import { S2C } from '../../shared/protocol';
import { REPORT_FRAME_VERSION } from '../../shared/wire/reportFrame';
import { DIST } from './support/harness';
import { checkAxe, goto, layoutProblems, openApp, shoot, waitScreen, type OpenApp } from './support/app';

// What the client cannot read from the server is shown, not only logged: a report frame out of
// order (or corrupt) puts a banner over the game with the reason and a reload button, in English
// and Arabic; reloading fetches the match again and the banner is gone.

const PORT = 2667;

describe('a message from the server the client cannot read, in the browser', () => {
  let game: GameServer;
  let app: OpenApp;

  beforeAll(async () => {
    game = await startGameServer({ port: PORT, host: '127.0.0.1', staticDir: DIST });
    app = await openApp({ size: 'phone', lang: 'en' });
  });

  afterAll(async () => {
    await app?.close();
    await game?.close();
  });

  /** Sends the browser's seat a report frame for index 7 of a match that has none yet. */
  const sendStrayFrame = (code: string) => {
    const room = findMatchRoom(code)!;
    for (const client of room.clients) client.sendBytes(S2C.report, new Uint8Array([REPORT_FRAME_VERSION, 0, 7, 1, 2, 3]));
  };

  it('shows the banner with the reason and a reload that clears it, in English and Arabic', async () => {
    const page = app.page;
    await goto(app, `http://127.0.0.1:${PORT}/`);
    await page.locator('#home-name').fill('Grace');
    await page.getByRole('button', { name: 'Quick match vs 4 bots' }).click();
    await waitScreen(page, 'planning', 60_000);
    await page.getByRole('button', { name: 'Submit orders' }).waitFor();
    const code = await page.evaluate(() => (JSON.parse(localStorage.getItem('computeRace.session') ?? '{}') as { code: string }).code);
    const banner = page.locator('#wire-banner');
    expect(await banner.isHidden()).toBe(true);

    sendStrayFrame(code);
    await banner.waitFor({ state: 'visible' });
    expect(await banner.locator('span').textContent()).toBe('Part of the match sent by the server could not be read, so what you see here may be missing the latest results. Your seat and orders are safe; reloading the page fetches the match again.');
    expect(await banner.locator('small').textContent()).toBe('report 8 arrived after report 0');
    expect(await checkAxe(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await shoot(app, 'wire-banner');

    // The seat comes back after the reload (its token is kept), now in Arabic.
    await page.goto(`http://127.0.0.1:${PORT}/?lang=ar`);
    await waitScreen(page, 'planning', 30_000);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await banner.isHidden()).toBe(true);
    sendStrayFrame(code);
    await banner.waitFor({ state: 'visible' });
    expect(await banner.locator('span').textContent()).toMatch(/^تعذّرت قراءة جزء من المباراة/);
    expect(await checkAxe(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await shoot(app, 'wire-banner-ar');

    await banner.getByRole('button').click();
    await waitScreen(page, 'planning', 30_000);
    await page.waitForTimeout(300);
    expect(await banner.isHidden()).toBe(true);
  });
});
