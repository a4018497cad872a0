import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, watchPage, type PageProblems, type RunningServer } from './support/harness';
import { checkAxe, goto, openApp, shoot, waitScreen, type OpenApp } from './support/app';
import { orderStatus } from './support/planning';

// (b) Two browsers: one hosts and plays OpenAI, the other joins with the code and takes Google;
// both get ready, the host starts. The guest gets its own order form ("Your orders"), never the
// room overview, however late its seat arrives; it types an order, reloads the page mid-quarter
// and comes back to its seat with the typed order intact; both submit and the quarter resolves.
// The host sees the guest by name and as submitted. (e) No console errors or failed requests.

describe('two players in one room, in the browser', () => {
  let server: RunningServer;
  let a: OpenApp;
  let b: OpenApp;
  let pa: PageProblems;
  let pb: PageProblems;

  beforeAll(async () => {
    server = await startServer(2661);
    a = await openApp({ size: 'laptop', lang: 'en' });
    b = await openApp({ size: 'phone', lang: 'en' });
    pa = watchPage(a.page, 'host');
    pb = watchPage(b.page, 'guest');
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
  });

  it('joins by code, gets its orders, survives a reload and plays a quarter', async () => {
    const host = a.page;
    const guest = b.page;
    await goto(a, server.url);
    await host.locator('#home-name').fill('Ann');
    await host.getByRole('radio', { name: 'OpenAI', exact: true }).check();
    await host.getByRole('button', { name: 'Create match' }).click();
    await waitScreen(host, 'lobby');
    const code = (await host.locator('.lobby-code-value').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);

    await goto(b, server.url);
    await guest.locator('#home-name').fill('Bo');
    await guest.getByRole('textbox', { name: 'Join code' }).fill(code.toLowerCase());
    await guest.getByRole('button', { name: 'Join', exact: true }).click();
    await waitScreen(guest, 'lobby');
    await guest.getByRole('button', { name: 'Take this seat: Google' }).click();
    await guest.getByRole('button', { name: 'I am ready' }).click();
    await host.getByRole('button', { name: 'I am ready' }).click();
    await host.getByRole('button', { name: 'Start match' }).click();
    await waitScreen(host, 'planning');
    await waitScreen(guest, 'planning');

    // The guest plays its own seat: its order form, not the room overview.
    await guest.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await guest.getByRole('heading', { name: 'Room overview' }).count()).toBe(0);
    expect(await guest.getByRole('heading', { level: 1 }).innerText()).toContain('Google');
    await guest.getByRole('textbox', { name: 'Amount' }).fill('0.7');
    await shoot(b, 'planning-guest');
    expect(await checkAxe(guest)).toEqual([]);

    // A reload mid-quarter goes straight back to the seat with the typed order.
    await guest.reload();
    await waitScreen(guest, 'planning', 30_000);
    await guest.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await guest.getByRole('textbox', { name: 'Amount' }).inputValue()).toBe('0.7');

    // A deal: the host offers to buy compute from Google's cloud; the guest sees the offer on its
    // Deals tab and accepts; the host's contract book shows it (an offer sent is never dropped).
    await host.getByRole('tab', { name: 'Deals' }).click();
    await host.getByRole('combobox', { name: 'With' }).selectOption('google');
    await host.getByRole('radio', { name: 'I buy' }).check();
    await host.getByRole('button', { name: 'Send offer' }).click();
    await expect.poll(() => host.locator('form').getByRole('status').filter({ hasText: 'Offer sent to Google' }).count()).toBe(1);
    await guest.getByRole('tab', { name: /^Deals/ }).click();
    await guest.getByRole('button', { name: /^Accept: OpenAI/ }).click();
    await expect.poll(() => guest.locator('form').getByRole('status').filter({ hasText: 'Deal accepted' }).count()).toBe(1);
    // The host is told, whatever tab is open.
    await expect.poll(() => host.getByRole('list', { name: 'Answers to your offers' }).innerText()).toMatch(/^Google accepted your offer: Google sells OpenAI 1\.0 CU\/q/);
    await host.getByRole('tab', { name: 'Contracts' }).click();
    const book = host.getByRole('table', { name: /Contract book/ });
    await expect.poll(() => book.innerText()).toMatch(/Google\s+buy/);
    await shoot(a, 'planning-contract-book');

    // Both submit; the host sees the guest by name and as submitted before the quarter resolves.
    await guest.getByRole('button', { name: 'Submit orders' }).click();
    await expect.poll(() => orderStatus(guest)).toMatch(/Submitted|Orders sent/);
    const guestChip = host.locator('.pl-seat-chip[data-role="google"]');
    await expect.poll(() => guestChip.innerText()).toMatch(/Google \(Bo\)\s*✓ submitted/);
    await shoot(a, 'planning-host-guest-submitted');
    await host.getByRole('button', { name: 'Submit orders' }).click();
    await host.waitForFunction(() => document.querySelector('main')?.dataset.screen === 'results', null, { timeout: 60_000 });
    await guest.waitForFunction(() => document.querySelector('main')?.dataset.screen === 'results', null, { timeout: 60_000 });

    expect(pa.errors).toEqual([]);
    expect(pb.errors).toEqual([]);
  }, 300_000);
});
