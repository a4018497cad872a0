import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, watchPage, type RunningServer } from './support/harness';
import { checkAxe, goto, layoutProblems, openApp, shoot, smallTargets, type Lang, type Size } from './support/app';
import { startQuickMatch } from './support/planning';

// The Planning screen at the three reference sizes in both languages: no serious or critical axe
// violation on any of its tabs, no text under 14 px or cut off, thumb-sized controls on the
// phone, screenshots of the orders and the info tabs; and a reflow (not a rebuild) on rotation.

const SIZES: Size[] = ['phone', 'laptop', 'projector'];
const LANGS: Lang[] = ['en', 'ar'];
const COMPANY: Record<Lang, string> = { en: 'Google', ar: 'Google' };

describe('Planning screen (DOM)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(2686);
  });
  afterAll(async () => {
    await server?.close();
  });

  for (const lang of LANGS) {
    for (const size of SIZES) {
      it(`reads and works at ${size} in ${lang}`, async () => {
        const app = await openApp({ size, lang });
        try {
          const problems = watchPage(app.page, `planning-${lang}-${size}`);
          await goto(app, server.url);
          await startQuickMatch(app.page, COMPANY[lang]);
          const page = app.page;
          await page.getByRole('heading', { level: 2, name: lang === 'en' ? /Your orders/ : /أوامرك/ }).waitFor();
          await shoot(app, 'planning');
          expect(await checkAxe(page)).toEqual([]);
          expect(await layoutProblems(page)).toEqual([]);
          if (size === 'phone') expect(await smallTargets(page)).toEqual([]);
          // Every order tab and every info tab passes axe too.
          const orderTabs = page.getByRole('tablist', { name: lang === 'en' ? 'Order sections' : 'أقسام الأوامر' }).getByRole('tab');
          for (let i = 1; i < (await orderTabs.count()); i++) {
            await orderTabs.nth(i).click();
            expect(await checkAxe(page), `order tab ${i}`).toEqual([]);
            expect(await layoutProblems(page), `order tab ${i}`).toEqual([]);
            if (size === 'phone') expect(await smallTargets(page), `order tab ${i}`).toEqual([]);
            await shoot(app, `planning-orders-${['build', 'compute', 'finance', 'deals', 'supplier'][i]}`);
          }
          await orderTabs.nth(0).click();
          const infoTabs = page.getByRole('tablist', { name: lang === 'en' ? 'Markets and news' : 'الأسواق والأخبار' }).getByRole('tab');
          for (let i = 1; i < (await infoTabs.count()); i++) {
            await infoTabs.nth(i).click();
            expect(await checkAxe(page), `info tab ${i}`).toEqual([]);
            expect(await layoutProblems(page), `info tab ${i}`).toEqual([]);
            if (i === 1) await shoot(app, 'planning-investors');
          }
          expect(problems.errors).toEqual([]);
        } finally {
          await app.close();
        }
      }, 120_000);
    }
  }

  it('reflows on rotation: the same elements, the typed order kept', async () => {
    const app = await openApp({ size: 'phone', lang: 'en' });
    try {
      await goto(app, server.url);
      await startQuickMatch(app.page, 'Meta');
      const page = app.page;
      await page.getByRole('textbox', { name: 'Amount' }).fill('0.8');
      await page.evaluate(() => ((document.querySelector('#order-chips-gw') as HTMLElement & { __mark?: number }).__mark = 1));
      await page.setViewportSize({ width: 844, height: 390 });
      await page.waitForTimeout(200);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (document.querySelector('#order-chips-gw') as HTMLElement & { __mark?: number }).__mark)).toBe(1);
      expect(await page.getByRole('textbox', { name: 'Amount' }).inputValue()).toBe('0.8');
      expect(await layoutProblems(page)).toEqual([]);
    } finally {
      await app.close();
    }
  }, 60_000);
});
