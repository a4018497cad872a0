import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, watchPage, type RunningServer } from './support/harness';
import { checkAxe, goto, layoutProblems, openApp, shoot, waitScreen } from './support/app';

// #15: a new player's first quarter through the guide, one decision per step on the real order
// form (the step opens the tab and outlines the field; the player types there), then submits and
// reaches the results. Skipping is remembered across reloads.

describe('the guided first quarter', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(2683);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('walks a new player on a phone through the first quarter to the results', async () => {
    const app = await openApp({ size: 'phone', lang: 'en', guide: true });
    const page = app.page;
    try {
      const problems = watchPage(page, 'new player');
      await goto(app, server.url);
      await page.getByRole('button', { name: 'Quick match vs 4 bots' }).click();
      await waitScreen(page, 'planning', 60_000);
      await page.getByRole('region', { name: /Your first quarter as OpenAI/ }).waitFor();
      const guide = page.locator('aside.guide');
      expect(await checkAxe(page)).toEqual([]);
      await shoot(app, 'guide-welcome');
      await guide.getByRole('button', { name: 'Show me' }).click();

      const guideTitle = () => page.locator('#guide-title').textContent();
      await expect.poll(guideTitle).toBe('Where you stand');
      await guide.getByRole('button', { name: 'Next' }).click();
      await expect.poll(guideTitle).toBe('Buy chips');
      // The step opened the Build tab and outlined the chips field: the player types there.
      await expect.poll(() => page.getByRole('tab', { name: /Build/ }).getAttribute('aria-selected')).toBe('true');
      await expect.poll(() => page.locator('.guide-target #order-chips-gw').count()).toBe(1);
      await shoot(app, 'guide-chips');
      expect(await layoutProblems(page)).toEqual([]);
      await page.locator('#order-chips-gw').fill('0.5');
      await guide.getByRole('button', { name: 'Next' }).click();
      await expect.poll(guideTitle).toBe('Build data centers');
      await expect.poll(() => page.locator('.guide-target #order-build-gw').count()).toBe(1);
      await guide.getByRole('button', { name: 'Next' }).click();
      await expect.poll(guideTitle).toBe('Split your compute');
      await expect.poll(() => page.getByRole('tab', { name: /Compute/ }).getAttribute('aria-selected')).toBe('true');
      await guide.getByRole('button', { name: 'Next' }).click();
      await expect.poll(guideTitle).toBe('Finance it');
      await expect.poll(() => page.getByRole('tab', { name: /Finance/ }).getAttribute('aria-selected')).toBe('true');
      // Back goes one step back, and the tab with it.
      await guide.getByRole('button', { name: 'Back' }).click();
      await expect.poll(guideTitle).toBe('Split your compute');
      await guide.getByRole('button', { name: 'Next' }).click();
      await guide.getByRole('button', { name: 'Next' }).click();
      await expect.poll(guideTitle).toBe('Check the estimate');
      await guide.getByRole('button', { name: 'Next' }).click();
      await expect.poll(guideTitle).toBe('Send your orders');
      await guide.getByRole('button', { name: 'Got it' }).click();
      await guide.waitFor({ state: 'detached' });

      await page.getByRole('button', { name: 'Submit orders' }).click();
      // The quarter resolves with the orders typed during the guide (the Results view has its own tests).
      await page.waitForFunction(() => document.querySelector('main')?.dataset.screen === 'results', null, { timeout: 60_000 });
      expect(problems.errors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 240_000);

  it('remembers a skip across a reload, in Arabic, and can be shown again', async () => {
    const app = await openApp({ size: 'laptop', lang: 'ar', guide: true });
    const page = app.page;
    try {
      await goto(app, server.url);
      await page.getByRole('button', { name: 'مباراة سريعة ضد 4 روبوتات' }).click();
      await waitScreen(page, 'planning', 60_000);
      const guide = page.locator('aside.guide');
      await guide.waitFor();
      await shoot(app, 'guide-welcome');
      await guide.getByRole('button', { name: 'تخطَّ الدليل' }).click();
      await guide.waitFor({ state: 'detached' });
      await page.reload();
      await waitScreen(page, 'planning', 60_000);
      await page.waitForTimeout(500);
      expect(await page.locator('aside.guide').count()).toBe(0);
      await page.getByRole('button', { name: 'اعرض دليل الربع الأول' }).click();
      await guide.waitFor();
    } finally {
      await app.close();
    }
  }, 240_000);
});
