import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext, type OpenedContext } from './support/browser';
import { countSentFrames, shot, startServer, watchPage, type PageProblems, type RunningServer } from './support/harness';
import { click, fill, match, settle, waitScene, waitWidget, widget } from './support/ui';

// (d) Bad values typed into order fields are shown at the field with the validator's message
// and nothing is sent: not a number, a negative amount, an allocation that does not sum to
// 100. Once fixed, exactly one submitOrders goes out. (e) No console errors or failed requests.

describe('order validation in the decision panel, in the browser', () => {
  let server: RunningServer;
  let browser: OpenedContext;
  let problems: PageProblems;

  beforeAll(async () => {
    server = await startServer(2662);
    browser = await openContext({ width: 1280, height: 720 });
    problems = watchPage(browser.page, 'player');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows errors at the field and sends nothing until they are fixed', async () => {
    const page = browser.page;
    const sent = countSentFrames(page, 'submitOrders');
    await page.goto(`${server.url}?lang=en`);
    await waitScene(page, 'Home');
    await fill(page, 'home.name', 'Lin');
    await click(page, 'home.role.meta');
    await click(page, 'home.quick');
    await waitScene(page, 'Planning');
    await waitWidget(page, 'dp.submit');

    const fieldError = async (id: string) => (await widget(page, id))?.state?.error as string | null;
    const waitError = (id: string) =>
      page.waitForFunction((wid) => !!window.__cr!.widgets().find((w) => w.id === wid)?.state?.error, id, { timeout: 10_000 });

    // Not a number.
    await fill(page, 'order.chips.gw', 'abc');
    await waitError('order.chips.gw');
    expect(await fieldError('order.chips.gw')).toMatch(/number/i);
    await click(page, 'dp.submit');
    await page.waitForFunction(() => window.__cr!.widgets().find((w) => w.id === 'dp.status')?.state?.kind === 'error');
    await shot(page, 'order-error-en');

    // Negative: the shared validator's bound.
    await fill(page, 'order.chips.gw', '-2');
    await page.waitForFunction(() => /at least 0/.test(JSON.stringify(window.__cr!.widgets().find((w) => w.id === 'order.chips.gw')?.state?.error ?? '')));
    await click(page, 'dp.submit');
    await settle(page, 500);

    // Allocation that does not sum to 100 (on the Compute tab).
    await fill(page, 'order.chips.gw', '1');
    await click(page, 'dp.tab.compute');
    await fill(page, 'order.allocation.training', '90');
    await fill(page, 'order.allocation.products', '30');
    await settle(page, 500);
    await click(page, 'dp.submit');
    await page.waitForFunction(() => window.__cr!.widgets().find((w) => w.id === 'dp.status')?.state?.kind === 'error');
    const alloc = await page.evaluate(() => window.__cr!.widgets().filter((w) => w.id.startsWith('order.allocation')).map((w) => w.state?.error));
    expect(alloc.some((e) => typeof e === 'string' && /100/.test(e))).toBe(true);

    await settle(page, 800);
    expect(sent.count).toBe(0);
    expect((await match(page)).submitted).not.toContain('meta');

    // Fixed: one submission goes out and the seat shows as submitted.
    await fill(page, 'order.allocation.training', '70');
    await settle(page, 400);
    expect(await fieldError('order.allocation.training')).toBeNull();
    await click(page, 'dp.submit');
    await waitScene(page, 'Results', 60_000);
    expect(sent.count).toBe(1);

    expect(problems.errors).toEqual([]);
  }, 240_000);
});
