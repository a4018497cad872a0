import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext, type OpenedContext } from './support/browser';
import { shot, startServer, watchPage, type PageProblems, type RunningServer } from './support/harness';
import { click, fill, match, settle, waitScene, waitWidget, widget, type WidgetRect } from './support/ui';

// (c) The Arabic interface is right-to-left, checked structurally: the document direction, the
// reading-start side of every screen on the right (company panel right, orders left, tabs and
// choices ordered right to left), Arabic labels, numbers kept left-to-right in their inputs.
// Switching the language mid-match keeps the match and the seat. Screenshots of every scene in
// Arabic. (e) No console errors or failed requests.

const cx = (w: WidgetRect) => w.css.x + w.css.w / 2;

describe('Arabic, right-to-left, in the browser', () => {
  let server: RunningServer;
  let browser: OpenedContext;
  let problems: PageProblems;

  beforeAll(async () => {
    server = await startServer(2663);
    browser = await openContext({ width: 1280, height: 720 }, 'ar');
    problems = watchPage(browser.page, 'player');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lays the game out right-to-left and keeps the match across a language switch', async () => {
    const page = browser.page;
    await page.route('**/art/hero.svg', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(`${server.url}?lang=ar`);
    await page.waitForFunction(() => document.body.dataset.scene === 'Boot' && Number(document.body.dataset.bootProgress ?? 0) > 0);
    await shot(page, 'boot-ar');
    await waitScene(page, 'Home');
    await settle(page, 400);
    await shot(page, 'home-ar');

    const dir = await page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));
    expect(dir).toEqual({ dir: 'rtl', lang: 'ar' });
    const half = 1280 / 2;
    // The language switch sits at the reading end (left); the company picker runs right to left.
    expect(cx((await widget(page, 'lang'))!)).toBeLessThan(half);
    const openai = (await widget(page, 'home.role.openai'))!;
    const google = (await widget(page, 'home.role.google'))!;
    expect(cx(openai)).toBeGreaterThan(cx(google));
    expect(cx((await widget(page, 'home.quick'))!)).toBeGreaterThan(half);
    expect((await widget(page, 'home.quick'))!.label).toBe('مباراة سريعة ضد 4 روبوتات');
    // Text inputs follow the page direction; the join code stays left-to-right.
    const inputDirs = await page.evaluate(() => ({
      code: (document.querySelector('[data-testid="home.code"]') as HTMLInputElement).dir,
      name: (document.querySelector('[data-testid="home.name"]') as HTMLInputElement).dir,
    }));
    expect(inputDirs).toEqual({ code: 'ltr', name: 'auto' });

    // Host a match (playing Amazon) to see the lobby, then start it.
    await fill(page, 'home.name', 'سارة');
    await click(page, 'home.role.amazon');
    await click(page, 'home.create');
    await waitScene(page, 'Lobby');
    await settle(page, 600);
    await shot(page, 'lobby-ar');
    const seatOpenai = (await widget(page, 'lobby.take.openai'))!;
    const seatGoogle = (await widget(page, 'lobby.take.google'))!;
    expect(cx(seatOpenai)).toBeGreaterThan(cx(seatGoogle));
    await click(page, 'lobby.start');
    await waitScene(page, 'Planning');
    await waitWidget(page, 'dp.submit');
    await settle(page, 800);
    await shot(page, 'planning-ar');

    // Planning mirrored: company panel on the right, orders on the left, tabs right to left.
    expect(cx((await widget(page, 'co.cash'))!)).toBeGreaterThan(half);
    expect(cx((await widget(page, 'dp.submit'))!)).toBeLessThan(half);
    expect(cx((await widget(page, 'center.tab.markets'))!)).toBeGreaterThan(cx((await widget(page, 'center.tab.investors'))!));
    expect(cx((await widget(page, 'dp.tab.build'))!)).toBeGreaterThan(cx((await widget(page, 'dp.tab.deals'))!));
    expect((await widget(page, 'dp.submit'))!.label).toBe('أرسل الأوامر');
    const numberDir = await page.evaluate(() => (document.querySelector('[data-testid="order.chips.gw"]') as HTMLInputElement).dir);
    expect(numberDir).toBe('ltr');

    // An Arabic-Indic number typed into an order field is read as a number.
    await fill(page, 'order.chips.gw', '٠٫٥');
    await settle(page, 400);
    expect((await widget(page, 'order.chips.gw'))!.state!.error).toBeNull();

    // Switch to English and back: same match, same seat, typed input kept.
    const before = await match(page);
    await click(page, 'lang');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await waitScene(page, 'Planning');
    await waitWidget(page, 'dp.submit');
    expect((await widget(page, 'dp.submit'))!.label).toBe('Submit orders');
    const during = await match(page);
    expect(during.code).toBe(before.code);
    expect(during.role).toBe('amazon');
    expect((await widget(page, 'order.chips.gw'))!.state!.value).toBe('٠٫٥');
    await click(page, 'lang');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await waitWidget(page, 'dp.submit');

    for (const tab of ['supplier', 'compute', 'finance', 'deals'] as const) {
      await click(page, `dp.tab.${tab}`);
      await settle(page, 300);
      await shot(page, `planning-${tab}-ar`);
    }
    await click(page, 'dp.tab.build');
    await click(page, 'dp.submit');
    await waitScene(page, 'Results', 60_000);
    await settle(page, 3500);
    await shot(page, 'results-ar');
    await click(page, 'results.continue');
    await waitScene(page, 'Planning', 60_000);
    await click(page, 'center.tab.investors');
    await settle(page, 600);
    await shot(page, 'planning-investors-ar');
    await click(page, 'center.tab.company');
    await settle(page, 600);
    await shot(page, 'planning-company-ar');
    await click(page, 'top.host');
    await click(page, 'host.end');
    // Ending is for everyone: the button asks once more.
    await settle(page, 200);
    await click(page, 'host.end');
    await waitScene(page, 'Debrief', 60_000);
    await settle(page, 1500);
    await shot(page, 'debrief-ar');
    expect(cx((await widget(page, 'debrief.rank.1'))!)).toBeGreaterThan(half);

    expect(problems.errors).toEqual([]);
  }, 300_000);
});
