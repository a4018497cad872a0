import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext, type OpenedContext } from './support/browser';
import { shot, startServer, watchPage, type PageProblems, type RunningServer } from './support/harness';
import { click, fill, match, settle, waitScene, waitWidget, widget } from './support/ui';

// (b) Two browser contexts: one hosts and plays OpenAI, the other joins with the join code and
// takes Meta; both get ready, the host starts, and they play two quarters against each other
// (bots play the other three companies). Along the way the second player's connection drops:
// the banner shows, the client reconnects to its seat and the order it was typing survives.
// (e) No console errors or failed requests in either context.

describe('two players in one room, in the browser', () => {
  let server: RunningServer;
  let a: OpenedContext;
  let b: OpenedContext;
  let pa: PageProblems;
  let pb: PageProblems;

  beforeAll(async () => {
    server = await startServer(2661);
    a = await openContext({ width: 1280, height: 720 });
    b = await openContext({ width: 1280, height: 720 });
    pa = watchPage(a.page, 'host');
    pb = watchPage(b.page, 'guest');
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
  });

  it('joins by code and plays two quarters', async () => {
    const host = a.page;
    const guest = b.page;
    await host.goto(`${server.url}?lang=en`);
    await waitScene(host, 'Home');
    await fill(host, 'home.name', 'Ann');
    await click(host, 'home.role.openai');
    await click(host, 'home.hostMode.play');
    await click(host, 'home.create');
    await waitScene(host, 'Lobby');
    await host.waitForFunction(() => /^[A-Z2-9]{6}$/.test(window.__cr!.match().code ?? ''));
    const code = (await match(host)).code!;
    expect(code).toMatch(/^[A-Z2-9]{6}$/);

    await guest.goto(`${server.url}?lang=en`);
    await waitScene(guest, 'Home');
    await fill(guest, 'home.name', 'Bo');
    await fill(guest, 'home.code', code.toLowerCase());
    await click(guest, 'home.join');
    await waitScene(guest, 'Lobby');
    await click(guest, 'lobby.take.meta');
    await host.waitForFunction(() => window.__cr!.widgets().some((w) => w.id === 'lobby.leave.openai'));
    await guest.waitForFunction(() => window.__cr!.match().role === 'meta');
    await click(guest, 'lobby.ready');
    await click(host, 'lobby.ready');
    await settle(host, 500);
    await shot(host, 'lobby-en');
    await host.waitForFunction(() => window.__cr!.widgets().find((w) => w.id === 'lobby.start')?.label === 'Start match');
    await click(host, 'lobby.start');
    await waitScene(host, 'Planning');
    await waitScene(guest, 'Planning');

    // Quarter 1: the guest types an order, loses its connection, comes back with it intact.
    await waitWidget(guest, 'order.chips.gw');
    await fill(guest, 'order.chips.gw', '0.7');
    await guest.evaluate(() => window.__crTest!.dropConnection());
    await guest.waitForFunction(() => window.__cr!.match().connection === 'reconnecting', null, { timeout: 10_000 });
    await guest.waitForSelector('#conn-banner:not([hidden])');
    await shot(guest, 'reconnecting-en');
    await guest.waitForFunction(() => window.__cr!.match().connection === 'connected', null, { timeout: 30_000 });
    expect((await match(guest)).role).toBe('meta');
    expect((await widget(guest, 'order.chips.gw'))?.state?.value).toBe('0.7');

    for (const q of [1, 2]) {
      await click(host, 'dp.submit');
      await host.waitForFunction(() => window.__cr!.match().submitted.includes('openai'));
      await click(guest, 'dp.submit');
      await waitScene(host, 'Results', 60_000);
      await waitScene(guest, 'Results', 60_000);
      expect((await match(host)).reports).toBe(q);
      expect((await match(guest)).reports).toBe(q);
      await click(host, 'results.continue');
      await click(guest, 'results.continue');
      await waitScene(host, 'Planning', 60_000);
      await waitScene(guest, 'Planning', 60_000);
    }
    const m = await match(guest);
    expect(m.quarter).toBe(2);
    expect(m.code).toBe(code);
    // The host sees the guest by name in the top bar.
    expect((await widget(host, 'top.seat.meta'))?.label).toContain('Bo');

    expect(pa.errors).toEqual([]);
    expect(pb.errors).toEqual([]);
  }, 300_000);
});
