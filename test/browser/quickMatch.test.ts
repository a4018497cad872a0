import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext, type OpenedContext } from './support/browser';
import { shot, startServer, watchPage, type PageProblems, type RunningServer } from './support/harness';
import { click, fill, match, settle, tabTo, waitScene, waitWidget, widget } from './support/ui';

// (a) A lone player opens the page, starts a quick match against four bots from the Home
// screen, plays three quarters through the UI (the first one with the keyboard only), ends the
// match from the host panel and reaches the debrief. (e) No console errors or failed requests.

describe('quick match against four bots, in the browser', () => {
  let server: RunningServer;
  let browser: OpenedContext;
  let problems: PageProblems;

  beforeAll(async () => {
    server = await startServer(2660);
    browser = await openContext({ width: 1280, height: 720 });
    problems = watchPage(browser.page, 'player');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('plays three quarters and reaches the debrief', async () => {
    const page = browser.page;
    // Hold the hero art back a moment so the Boot scene's loading bar can be photographed.
    await page.route('**/art/hero.svg', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(`${server.url}?lang=en`);
    await page.waitForFunction(() => document.body.dataset.scene === 'Boot' && Number(document.body.dataset.bootProgress ?? 0) > 0);
    await shot(page, 'boot-en');
    await waitScene(page, 'Home');
    await settle(page, 400);
    await shot(page, 'home-en');

    await fill(page, 'home.name', 'Grace');
    await click(page, 'home.role.google');
    await click(page, 'home.quick');
    await waitScene(page, 'Planning');
    await waitWidget(page, 'dp.submit');
    await settle(page, 800);
    await shot(page, 'planning-en');
    expect((await match(page)).role).toBe('google');

    // Quarter 1 with the keyboard only: Tab to the chip order, type, Tab to submit, Enter.
    await tabTo(page, 'order.chips.gw');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0.5');
    await tabTo(page, 'dp.submit');
    await page.keyboard.press('Enter');
    await waitScene(page, 'Results', 60_000);
    await settle(page, 3500);
    await shot(page, 'results-en');
    const chips = await widget(page, 'chart.chips');
    expect(chips?.state?.clearing).not.toBeNull();
    expect((await match(page)).reports).toBe(1);

    // Quarters 2 and 3 with the mouse.
    for (const q of [2, 3]) {
      await click(page, 'results.continue');
      await waitScene(page, 'Planning');
      await waitWidget(page, 'dp.submit');
      await fill(page, 'order.chips.gw', '1');
      await click(page, 'dp.submit');
      await waitScene(page, 'Results', 60_000);
      expect((await match(page)).reports).toBe(q);
    }
    await click(page, 'results.continue');
    await waitScene(page, 'Planning');
    await click(page, 'center.tab.investors');
    await settle(page, 600);
    await shot(page, 'planning-investors-en');
    await click(page, 'center.tab.company');
    await settle(page, 600);
    await shot(page, 'planning-company-en');
    // Engine 2's investor figures: the capex penalty reads "−x%" or "0.0%", never as a factor.
    const penalty = await widget(page, 'inv.figure.capexPenalty');
    expect(String(penalty?.state?.value)).toMatch(/^(\u2212\d+\.\d%|0\.0%)$/);
    expect(String((await widget(page, 'inv.figure.circular'))?.state?.value)).toMatch(/^\d+%$/);
    // The Supplier tab: selling more chips than are owned is refused at the field, like any order error.
    await click(page, 'dp.tab.supplier');
    await fill(page, 'order.sellChips.gw', '40');
    await page.waitForFunction(() => /only .* GW of chips are owned/.test(JSON.stringify(window.__cr!.widgets().find((w) => w.id === 'order.sellChips.gw')?.state?.error ?? '')));
    await shot(page, 'planning-supplier-en');
    await fill(page, 'order.sellChips.gw', '0');
    await page.waitForFunction(() => window.__cr!.widgets().find((w) => w.id === 'order.sellChips.gw')?.state?.error === null);
    await click(page, 'dp.tab.build');

    // End the match from the host panel: the debrief shows the ranking of all five companies.
    await click(page, 'top.host');
    await click(page, 'host.end');
    // Ending is for everyone: the button asks once more.
    await settle(page, 200);
    await click(page, 'host.end');
    await waitScene(page, 'Debrief', 60_000);
    await settle(page, 1500);
    await shot(page, 'debrief-en');
    const ranks = [1, 2, 3, 4, 5].map((i) => widget(page, `debrief.rank.${i}`));
    const rows = await Promise.all(ranks);
    expect(rows.every((r) => r !== null)).toBe(true);
    expect(rows.map((r) => r!.state!.role)).toContain('google');
    const m = await match(page);
    expect(m.phase).toBe('debrief');
    expect(m.reports).toBe(3);
    // Lesson 7 in the solo debrief: the circular share chart, a finding and questions.
    await click(page, 'debrief.view.lesson7');
    await waitWidget(page, 'debrief.circular');
    await settle(page, 800);
    await shot(page, 'debrief-lesson7-en');
    expect(['none', 'peak', 'noticed']).toContain((await widget(page, 'debrief.finding.circularMoney'))?.state?.key);
    await click(page, 'debrief.view.charts');
    await waitWidget(page, 'debrief.shares');

    expect(problems.errors).toEqual([]);
  }, 300_000);
});
