import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGameServer, type GameServer } from '../../server';
import { findMatchRoom } from '../../server/room/create';
import { PROTOCOL_VERSION, S2C, type SessionPayload } from '../../shared/protocol';
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

  /**
   * Makes the server tell the browser's seat it speaks an older protocol (as if the page had been
   * left open across a server update): its session message, re-sent with another version.
   */
  const sendOtherProtocol = (code: string) => {
    const room = findMatchRoom(code)!;
    for (const client of room.clients) {
      const send = client.send.bind(client);
      client.send = ((type: string, payload: SessionPayload, options?: unknown) => {
        client.send = send;
        return send(type, type === S2C.session ? { ...payload, protocolVersion: PROTOCOL_VERSION - 1 } : payload, options as never);
      }) as typeof client.send;
      (room as unknown as { refreshSession(c: typeof client): void }).refreshSession(client);
    }
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

  it('names both protocol versions when the page and the server speak different ones', async () => {
    const page = app.page;
    await goto(app, `http://127.0.0.1:${PORT}/`);
    await waitScreen(page, 'planning', 30_000);
    const code = await page.evaluate(() => (JSON.parse(localStorage.getItem('computeRace.session') ?? '{}') as { code: string }).code);
    const banner = page.locator('#wire-banner');
    expect(await banner.isHidden()).toBe(true);

    sendOtherProtocol(code);
    await banner.waitFor({ state: 'visible' });
    expect(await banner.locator('small').textContent()).toBe(`the server speaks protocol ${PROTOCOL_VERSION - 1}, this page ${PROTOCOL_VERSION}`);
    // The seat is still the browser's: the game under the banner keeps its planning screen.
    expect(await page.getByRole('button', { name: 'Submit orders' }).count()).toBe(1);
    expect(await checkAxe(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
  });
});
