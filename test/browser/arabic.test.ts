import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, watchPage, type RunningServer } from './support/harness';
import { checkAxe, goto, layoutProblems, openApp, shoot, smallTargets, waitScreen, type OpenApp } from './support/app';
import { playSoloByKeyboard, tabToNamed } from './support/planning';

// (c) The Arabic interface on a 390×844 phone: a solo quick match played with the keyboard
// alone for three quarters, then checked: the document is right-to-left, the order tabs run
// right to left, number inputs stay left-to-right and read Arabic-Indic digits, the texts and
// plurals are Arabic, and switching the language mid-match keeps the seat and what was typed.
// Axe, layout and touch targets on the way; the host dialog ends the match by keyboard.
// (e) No console errors or failed requests.

describe('Arabic on a phone, by keyboard only', () => {
  let server: RunningServer;
  let app: OpenApp;

  beforeAll(async () => {
    server = await startServer(2663);
    app = await openApp({ size: 'phone', lang: 'ar' });
  });

  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('plays three quarters right-to-left and keeps the seat across a language switch', async () => {
    const page = app.page;
    const problems = watchPage(page, 'player');
    await goto(app, server.url);
    await waitScreen(page, 'home');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await playSoloByKeyboard(page, 'amazon', 3, '٠٫٥');

    // Quarter 4: the order tabs run right to left, the first (Build) at the reading start.
    await shoot(app, 'planning-q4');
    const tabs = page.getByRole('tablist', { name: 'أقسام الأوامر' }).getByRole('tab');
    const box = async (i: number) => (await tabs.nth(i).boundingBox())!;
    expect((await box(0)).x).toBeGreaterThan((await box(1)).x);
    expect(await tabs.nth(0).innerText()).toBe('البناء');
    const amount = page.getByRole('textbox', { name: 'الكمية' });
    expect(await amount.evaluate((el) => (el as HTMLInputElement).dir)).toBe('ltr');
    // Arabic-Indic digits are read as a number: no error under the field.
    await amount.fill('٠٫٧');
    await expect.poll(() => page.locator('#order-chips-gw-error').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 2, name: /^أوامرك/ }).count()).toBe(1);
    expect(await checkAxe(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    // The order history, in Arabic, one entry per quarter played.
    await page.getByRole('tab', { name: 'سجل الأوامر' }).click();
    const history = page.getByRole('list', { name: 'سجل الأوامر' });
    await expect.poll(() => history.getByRole('heading', { level: 3 }).count()).toBe(3);
    expect(await history.innerText()).toMatch(/الرقائق: نُفّذ/);
    await shoot(app, 'planning-q4-history');

    // Switch to English and back: same seat, the typed order kept.
    await page.getByRole('button', { name: /^English/ }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('Amazon');
    expect(await page.getByRole('textbox', { name: 'Amount' }).inputValue()).toBe('٠٫٧');
    await page.getByRole('button', { name: /^العربية/ }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');

    // End the match from the host dialog, by keyboard.
    await page.getByRole('tab', { name: 'الأسواق' }).focus();
    await tabToNamed(page, 'button', /^المضيف$/);
    await page.keyboard.press('Enter');
    await tabToNamed(page, 'button', /^إنهاء المباراة$/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'debrief', 60_000);
    await shoot(app, 'debrief-after-keyboard-match');
    expect(problems.errors).toEqual([]);
  }, 300_000);
});
