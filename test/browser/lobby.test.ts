import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, watchPage, type RunningServer } from './support/harness';
import { checkAxe, goto, layoutProblems, openApp, shoot, smallTargets, waitScreen, type Lang, type Size } from './support/app';

// The lobby in the DOM client: a host creates a match from Home, a guest joins by code and takes
// a seat, both get ready and the host starts; checked at the three sizes in both languages.

const CASES: [Size, Lang][] = [
  ['phone', 'en'],
  ['phone', 'ar'],
  ['laptop', 'en'],
  ['laptop', 'ar'],
  ['projector', 'en'],
  ['projector', 'ar'],
];

describe('Lobby (DOM)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(2682);
  });
  afterAll(async () => {
    await server?.close();
  });

  for (const [size, lang] of CASES) {
    it(`hosts, is joined and starts at ${size} in ${lang}`, async () => {
      const host = await openApp({ size, lang });
      const guest = await openApp({ size: 'phone', lang });
      try {
        const hostProblems = watchPage(host.page, 'host');
        const guestProblems = watchPage(guest.page, 'guest');
        await goto(host, server.url);
        await host.page.locator('#home-name').fill('Ada');
        await host.page.locator('.home-cards section').nth(1).getByRole('button').click();
        await waitScreen(host.page, 'lobby');
        const code = (await host.page.locator('.lobby-code-value').textContent())!.trim();
        expect(code).toMatch(/^[A-Z2-9]{6}$/);

        await goto(guest, server.url, `code=${code}`);
        expect(await guest.page.locator('#home-code').inputValue()).toBe(code);
        await guest.page.locator('#home-name').fill('Grace');
        await guest.page.locator('.home-cards section').nth(2).getByRole('button').first().click();
        await waitScreen(guest.page, 'lobby');
        // The guest takes Meta: the button names the company it takes.
        await guest.page.locator('.seat-card').nth(1).getByRole('button').click();
        await expect.poll(() => host.page.locator('.seat-card').nth(1).locator('.seat-holder').textContent()).toContain('Grace');
        await guest.page.locator('.lobby-bar').getByRole('button').first().click();
        await expect.poll(() => host.page.locator('.seat-card').nth(1).locator('.badge').textContent()).toContain('✓');

        await shoot(host, 'lobby-host');
        await shoot(guest, 'lobby-guest');
        expect(await checkAxe(host.page)).toEqual([]);
        expect(await checkAxe(guest.page)).toEqual([]);
        expect(await layoutProblems(host.page)).toEqual([]);
        expect(await layoutProblems(guest.page)).toEqual([]);
        expect(await smallTargets(guest.page)).toEqual([]);
        if (size === 'phone') expect(await smallTargets(host.page)).toEqual([]);

        // Host: seat kinds are a radio group per company; making Google a bot shows it on the guest.
        await host.page.locator('.seat-card').nth(4).locator('input[value="bot"]').click();
        await expect.poll(() => guest.page.locator('.seat-card').nth(4).locator('.seat-status').textContent()).toMatch(/Bot|روبوت/);

        await host.page.locator('.lobby-bar').getByRole('button').last().click();
        // The phase moved on: both screens follow it (the Planning view itself is tested on its own).
        await host.page.waitForFunction(() => document.querySelector('main')?.dataset.screen === 'planning');
        await guest.page.waitForFunction(() => document.querySelector('main')?.dataset.screen === 'planning');
        expect(hostProblems.errors).toEqual([]);
        expect(guestProblems.errors).toEqual([]);
      } finally {
        await host.close();
        await guest.close();
      }
    });
  }
});
