import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, watchPage, type RunningServer } from './support/harness';
import { checkAxe, goto, layoutProblems, openApp, shoot, smallTargets, waitScreen, type Lang, type Size } from './support/app';

// Home in the DOM client, at the three reference sizes in both languages: no serious or critical
// axe violation, no text under 14 px or cut off, thumb-sized controls on the phone, and a screen
// that reflows on rotation instead of being rebuilt.

const SIZES: Size[] = ['phone', 'laptop', 'projector'];
const LANGS: Lang[] = ['en', 'ar'];

describe('Home screen (DOM)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(2681);
  });
  afterAll(async () => {
    await server?.close();
  });

  for (const lang of LANGS) {
    for (const size of SIZES) {
      it(`reads and works at ${size} in ${lang}`, async () => {
        const app = await openApp({ size, lang });
        try {
          const problems = watchPage(app.page, `home-${lang}-${size}`);
          await goto(app, server.url);
          await waitScreen(app.page, 'home');
          expect(await app.page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
          await shoot(app, 'home');
          expect(await checkAxe(app.page)).toEqual([]);
          expect(await layoutProblems(app.page)).toEqual([]);
          if (size === 'phone') expect(await smallTargets(app.page)).toEqual([]);
          expect(problems.errors).toEqual([]);
        } finally {
          await app.close();
        }
      });
    }
  }

  it('keeps what was typed and the same elements when the phone rotates', async () => {
    const app = await openApp({ size: 'phone', lang: 'en' });
    try {
      await goto(app, server.url);
      await app.page.getByLabel('Join code').fill('abc234');
      await app.page.evaluate(() => ((document.querySelector('#home-code') as HTMLElement & { __mark?: number }).__mark = 1));
      await app.page.setViewportSize({ width: 844, height: 390 });
      await app.page.waitForTimeout(200);
      expect(await app.page.getByLabel('Join code').inputValue()).toBe('ABC234');
      expect(await app.page.evaluate(() => (document.querySelector('#home-code') as HTMLElement & { __mark?: number }).__mark)).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('is operable by keyboard: the company is a radio group, the language switch works', async () => {
    const app = await openApp({ size: 'laptop', lang: 'en' });
    try {
      await goto(app, server.url);
      await app.page.getByRole('radio', { name: 'OpenAI', exact: true }).focus();
      await app.page.keyboard.press('ArrowRight');
      expect(await app.page.getByRole('radio', { name: 'Meta', exact: true }).isChecked()).toBe(true);
      await app.page.getByRole('button', { name: /العربية/ }).click();
      await app.page.waitForFunction(() => document.documentElement.dir === 'rtl');
      await expect.poll(() => app.page.getByRole('heading', { level: 1 }).textContent()).toBe('سباق الحوسبة');
    } finally {
      await app.close();
    }
  });

  it('says what is wrong with a join code, next to the field', async () => {
    const app = await openApp({ size: 'phone', lang: 'en' });
    try {
      await goto(app, server.url);
      await app.page.getByLabel('Join code').fill('O0');
      await app.page.getByRole('button', { name: 'Join', exact: true }).click();
      await expect.poll(() => app.page.locator('#home-code-error').textContent()).toContain('6 letters');
      expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('home-code');
    } finally {
      await app.close();
    }
  });

  it('opens the glossary from the header, filters it, and closes with Esc back to the button', async () => {
    const app = await openApp({ size: 'phone', lang: 'ar' });
    try {
      await goto(app, server.url);
      const button = app.page.getByRole('button', { name: /المسرد/ });
      await button.focus();
      await app.page.keyboard.press('Enter');
      const dialog = app.page.getByRole('dialog', { name: 'المسرد' });
      await dialog.waitFor();
      expect(await dialog.locator('dt').count()).toBeGreaterThan(15);
      await app.page.getByLabel('ابحث عن مصطلح').fill('مؤشر الشبكة');
      await expect.poll(() => dialog.locator('dt').allTextContents()).toEqual(['مؤشر الشبكة']);
      expect(await checkAxe(app.page)).toEqual([]);
      await shoot(app, 'glossary');
      await app.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await app.page.evaluate(() => document.activeElement?.textContent)).toContain('المسرد');
    } finally {
      await app.close();
    }
  });
});
