import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, watchPage, type RunningServer } from './support/harness';
import { checkAxe, goto, layoutProblems, openApp, shoot, waitScreen } from './support/app';

// A CEO's promise stays in sight until investors judge it: after a hype in quarter 1, the Finance
// tab of quarter 2 lists it with the quarter it is judged in (English laptop, Arabic phone).

const TEXT = {
  en: { quick: 'Quick match vs 4 bots', finance: 'Finance', submit: 'Submit orders', next: 'Next quarter', heading: 'Promises investors will check', due: 'judged in Q1 2027', rule: 'beat your own recent growth by 2 points a quarter' },
  ar: { quick: 'مباراة سريعة ضد 4 روبوتات', finance: 'التمويل', submit: 'أرسل الأوامر', next: 'الربع التالي', heading: 'وعود سيتحقق منها المستثمرون', due: 'يُحكم عليه في الربع 1 من 2027', rule: 'نموّك الأخير بـنقطتين مئويتين كل ربع' },
} as const;

describe('open promises on the Finance tab', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer(2672);
  });

  afterAll(async () => {
    await server?.close();
  });

  for (const [size, lang] of [['laptop', 'en'], ['phone', 'ar']] as const) {
    it(`lists a hype until it is judged (${lang}, ${size})`, async () => {
      const app = await openApp({ size, lang });
      try {
        const page = app.page;
        const problems = watchPage(page, 'player');
        const x = TEXT[lang];
        await goto(app, server.url);
        await waitScreen(page, 'home');
        await page.locator('input[type="radio"][value="meta"]').check({ force: true });
        await page.getByRole('button', { name: x.quick }).click();
        await waitScreen(page, 'planning', 60_000);
        await page.getByRole('tab', { name: x.finance }).first().click();
        expect(await page.locator('.pl-promises').count()).toBe(0);
        // The statement's rule is the scenario's (hype: 4 quarters, 2 points a quarter above its own trend).
        expect(await page.locator('label:has(input[name="statement"][value="hype"])').innerText()).toContain(x.rule);
        await page.locator('input[name="statement"][value="hype"]').check({ force: true });
        await page.getByRole('button', { name: x.submit }).click();
        await waitScreen(page, 'results', 60_000);
        await page.getByRole('button', { name: x.next }).click();
        await waitScreen(page, 'planning', 60_000);
        await page.getByRole('tab', { name: x.finance }).first().click();
        const block = page.getByRole('group', { name: x.heading });
        await expect.poll(() => block.innerText()).toContain(x.due);
        expect(await block.innerText()).toContain(x.rule);
        expect(await checkAxe(page)).toEqual([]);
        expect(await layoutProblems(page)).toEqual([]);
        await shoot(app, 'planning-promises');
        expect(problems.errors).toEqual([]);
      } finally {
        await app.close();
      }
    }, 180_000);
  }
});
