import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, watchPage, type RunningServer } from './support/harness';
import { checkAxe, goto, layoutProblems, openApp, shoot, smallTargets, waitScreen, type OpenApp } from './support/app';
import { playSoloByKeyboard, tabToNamed } from './support/planning';

// (a) A lone player on a 390×844 phone starts a quick match against four bots from Home and plays
// three quarters with the keyboard alone (Tab, type, Enter), then ends the match from the host
// dialog (still by keyboard) and reaches the debrief. On the way: axe on Planning with a quarter's
// results in it, the investors' engine-2 figures in their formats, and the order history and
// contract book. (e) No console errors or failed requests.

describe('quick match against four bots on a phone, by keyboard only', () => {
  let server: RunningServer;
  let app: OpenApp;

  beforeAll(async () => {
    server = await startServer(2660);
    app = await openApp({ size: 'phone', lang: 'en' });
  });

  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('plays three quarters and reaches the debrief', async () => {
    const page = app.page;
    const problems = watchPage(page, 'player');
    await goto(app, server.url);
    await waitScreen(page, 'home');
    await playSoloByKeyboard(page, 'google', 3, '0.5');

    // Quarter 4's planning: the reports of three quarters are in the tabs.
    await shoot(app, 'planning-q4');
    expect(await checkAxe(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Investors' }).click();
    // Engine 2's investor figures: the capex penalty reads "−x%" or "0.0%", never as a factor.
    const figure = (id: string) => page.locator(`[data-figure="${id}"] dd`).innerText();
    expect(await figure('capexPenalty')).toMatch(/^(\u2212\d+\.\d%|0\.0%)$/);
    expect(await figure('circular')).toMatch(/^\d+%$/);
    expect(await checkAxe(page)).toEqual([]);
    await shoot(app, 'planning-q4-investors');
    // The order history says what each quarter's chip order got, and why when it got less.
    await page.getByRole('tab', { name: 'Order history' }).click();
    const history = page.getByRole('list', { name: 'Order history' });
    await expect.poll(() => history.getByRole('heading', { level: 3 }).count()).toBe(3);
    expect(await history.innerText()).toMatch(/Chips: filled [\d.]+ of 0\.50 GW/);
    expect(await checkAxe(page)).toEqual([]);
    await shoot(app, 'planning-q4-history');
    await page.getByRole('tab', { name: 'Markets' }).focus();

    // End the match from the host dialog, by keyboard: it asks once more before ending for everyone.
    await tabToNamed(page, 'button', /^Host$/);
    await page.keyboard.press('Enter');
    await tabToNamed(page, 'button', /^End match$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Click again to end');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'debrief', 60_000);
    await shoot(app, 'debrief-after-keyboard-match');

    expect(problems.errors).toEqual([]);
  }, 300_000);
});
