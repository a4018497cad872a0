import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { C2S } from '../../shared/protocol';
import { findMatchRoom } from '../../server/room/create';
import { defaultOrders } from '../../shared/engine';
import { call, createMatch, type Player } from '../server/helpers';
import { startServer, watchPage, type RunningServer } from './support/harness';
import { goto, openApp, waitScreen, type OpenApp } from './support/app';

// Issue 15, multiplayer that never loses a player. The host is an SDK client; the guest is a phone
// browser. (1) A whole match where the guest reloads the page in every quarter, after typing its
// order: every quarter's orders for the guest's seat are the ones the guest submitted (never the
// autopilot's or the defaults). (2) The join → reload → rejoin flow, 20 times, never fails: the
// guest always comes back to its own seat with its order form.

const PORT = 2684;

async function hostMatch(quarters: number): Promise<{ host: Player; code: string }> {
  const host = await createMatch(PORT, {
    name: 'Host',
    role: 'openai',
    settings: { quarters, planningSeconds: 0, resultsSeconds: 0, seats: { meta: { kind: 'bot' }, microsoft: { kind: 'bot' }, amazon: { kind: 'bot' } } },
  });
  return { host, code: host.session().code };
}

async function guestJoins(app: OpenApp, url: string, code: string): Promise<void> {
  const page = app.page;
  await goto(app, url, `code=${code}`);
  await page.locator('#home-name').fill('Bo');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await waitScreen(page, 'lobby');
  await page.getByRole('button', { name: 'Take this seat: Google' }).click();
  await page.getByRole('button', { name: 'I am ready' }).click();
}

async function start(host: Player, code: string): Promise<void> {
  await expect.poll(() => findMatchRoom(code)?.match.seats.all().find((s) => s.role === 'google')?.ready ?? false).toBe(true);
  expect((await call(host, C2S.host, { command: 'start', force: true })).ok).toBe(true);
}

describe('a guest who reloads never loses the seat or the order', () => {
  let server: RunningServer;
  let app: OpenApp;
  beforeAll(async () => {
    server = await startServer(PORT);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('reloads in every quarter of a 4-quarter match and every order the match used is the player’s', async () => {
    app = await openApp({ size: 'phone', lang: 'en' });
    const page = app.page;
    const problems = watchPage(page, 'guest');
    const { host, code } = await hostMatch(4);
    await guestJoins(app, server.url, code);
    await start(host, code);
    for (let q = 0; q < 4; q++) {
      await waitScreen(page, 'planning', 60_000);
      await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
      const amount = (0.1 * (q + 1)).toFixed(1);
      await page.getByRole('textbox', { name: 'Amount' }).fill(amount);
      // The reload: straight back to the seat, the typed order still there.
      await page.reload();
      await waitScreen(page, 'planning', 60_000);
      await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Amount' }).inputValue()).toBe(amount);
      await page.getByRole('button', { name: 'Submit orders' }).click();
      await expect.poll(() => findMatchRoom(code)!.match.state.pending.google?.chips.gw ?? null).toBe(Number(amount));
      expect((await call(host, C2S.submitOrders, { orders: structuredClone(defaultOrders(findMatchRoom(code)!.match.state, 'openai')) })).ok).toBe(true);
      await page.waitForFunction(() => ['results', 'debrief'].includes(document.querySelector('main')?.dataset.screen ?? ''), null, { timeout: 60_000 });
      if (q < 3) {
        await page.getByRole('button', { name: "I'm ready for the next quarter" }).click();
        expect((await call(host, C2S.ready, { ready: true })).ok).toBe(true);
      }
    }
    const log = findMatchRoom(code)!.match.log.quarters;
    expect(log).toHaveLength(4);
    expect(log.map((q) => q.sources.google)).toEqual(['submitted', 'submitted', 'submitted', 'submitted']);
    expect(log.map((q) => q.orders.google!.chips.gw)).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(problems.errors).toEqual([]);
    await host.room.leave();
    await app.close();
  }, 300_000);

  it('join, reload, rejoin: 20 times in a row, always back in the seat with its orders', async () => {
    for (let i = 0; i < 20; i++) {
      app = await openApp({ size: 'phone', lang: i % 2 ? 'ar' : 'en' });
      const page = app.page;
      const { host, code } = await hostMatch(4);
      if (app.lang === 'ar') {
        await goto(app, server.url, `code=${code}`);
        await page.locator('#home-name').fill('Bo');
        await page.locator('.home-cards section').nth(2).getByRole('button').first().click();
        await waitScreen(page, 'lobby');
        await page.locator('.seat-card').nth(4).getByRole('button').click();
        await page.locator('.lobby-bar').getByRole('button').first().click();
      } else {
        await guestJoins(app, server.url, code);
      }
      await start(host, code);
      await waitScreen(page, 'planning', 60_000);
      await page.locator('#order-chips-gw').waitFor();
      await page.reload();
      await waitScreen(page, 'planning', 60_000);
      await page.locator('#order-chips-gw').waitFor();
      expect(findMatchRoom(code)!.match.seats.all().find((s) => s.role === 'google')).toMatchObject({ name: 'Bo', connected: true });
      await host.room.leave();
      await app.close();
    }
  }, 900_000);
});
