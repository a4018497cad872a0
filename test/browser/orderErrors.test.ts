import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countSentFrames, startServer, watchPage, type RunningServer } from './support/harness';
import { checkAxe, goto, openApp, shoot, type OpenApp } from './support/app';
import { orderStatus, startQuickMatch } from './support/planning';

// (d) Bad values typed into order fields are shown under the field in player language, with the
// unit and the limit, and nothing is sent: not a number, an ambiguous decimal comma, a negative
// amount, an allocation that does not sum to 100, more debt repaid than owed, more chips sold than
// owned. The estimate hides while the orders are invalid and the "fix the fields" line goes away
// once they are fixed; the borrowing rate is quoted before borrowing. Once fixed, exactly one
// submitOrders goes out. (e) No console errors or failed requests.

describe('order validation in the order form, in the browser', () => {
  let server: RunningServer;
  let app: OpenApp;

  beforeAll(async () => {
    server = await startServer(2662);
    app = await openApp({ size: 'laptop', lang: 'en' });
  });

  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('shows errors at the field and sends nothing until they are fixed', async () => {
    const page = app.page;
    const problems = watchPage(page, 'player');
    const sent = countSentFrames(page, 'submitOrders');
    await goto(app, server.url);
    await startQuickMatch(page, 'Meta');
    const chips = page.getByRole('textbox', { name: 'Amount' });
    const errorOf = (id: string) => page.locator(`#${id}-error`);
    const estimate = page.getByRole('region', { name: /Estimate for this quarter/ });

    // Not a number: the field says so, the estimate waits for valid orders, submit sends nothing.
    await chips.fill('abc');
    await expect.poll(() => errorOf('order-chips-gw').textContent()).toMatch(/number/i);
    await expect.poll(() => estimate.innerText()).toMatch(/appears once every field is valid/);
    await page.getByRole('button', { name: 'Submit orders' }).click();
    await expect.poll(() => orderStatus(page)).toMatch(/^Fix the marked field first: nothing was sent\.$/);
    // Focus moves to the field once its tab has rendered (the task after the click).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('order-chips-gw');
    await shoot(app, 'order-error');
    expect(await checkAxe(page)).toEqual([]);

    // A comma that could be a decimal comma is refused with a question, never read as 1.0 or 15.
    await chips.fill('1,5');
    await expect.poll(() => errorOf('order-chips-gw').textContent()).toMatch(/1\.5/);

    // Negative: the validator's bound, with the unit.
    await chips.fill('-2');
    await expect.poll(() => errorOf('order-chips-gw').textContent()).toBe('Enter at least 0.0 GW: you entered \u22122.00 GW');
    // Fixed: the error and the "fix" line go, the estimate comes back.
    await chips.fill('1');
    await expect.poll(() => errorOf('order-chips-gw').count()).toBe(0);
    await expect.poll(() => orderStatus(page)).not.toMatch(/Fix the/);
    await expect.poll(() => estimate.innerText()).toMatch(/Cash after this quarter/);

    // Allocation that does not sum to 100, on the Compute tab.
    await page.getByRole('tab', { name: /Compute/ }).click();
    await page.getByRole('textbox', { name: /Training/ }).fill('90');
    await page.getByRole('textbox', { name: /Products/ }).fill('30');
    await expect.poll(() => page.locator('#alloc-sum').textContent()).toBe('Training, products and cloud must add up to 100%: they add up to 120%');
    await expect.poll(() => page.getByRole('tab', { name: /Compute/ }).innerText()).toContain('!');
    await page.getByRole('textbox', { name: /Training/ }).fill('70');

    // Finance: the rate is quoted before borrowing; repaying more than owed names the limit.
    await page.getByRole('tab', { name: /Finance/ }).click();
    expect(await page.locator('#order-finance-issueDebt-hint').textContent()).toMatch(/^New debt costs \d+\.\d% a year now \(base rate \d+\.\d% plus your spread\)\.$/);
    await page.getByRole('textbox', { name: 'Repay debt' }).fill('500');
    await expect.poll(() => errorOf('order-finance-repayDebt').textContent()).toMatch(/^You can repay at most \$\d+\.\dB: that is all your debt$/);
    await shoot(app, 'order-error-finance');
    await page.getByRole('textbox', { name: 'Repay debt' }).fill('0');

    // Supplier: selling more chips than owned.
    await page.getByRole('tab', { name: /Supplier/ }).click();
    await page.getByRole('textbox', { name: 'Sell old chips' }).fill('40');
    await expect.poll(() => errorOf('order-sellChips-gw').textContent()).toMatch(/^You can sell at most \d+\.\d+ GW: that is all the chips you own$/);
    await page.getByRole('button', { name: 'Submit orders' }).click();
    await expect.poll(() => orderStatus(page)).toMatch(/Fix the marked field first/);
    expect(sent.count).toBe(0);
    await page.getByRole('textbox', { name: 'Sell old chips' }).fill('0');
    await expect.poll(() => errorOf('order-sellChips-gw').count()).toBe(0);

    // Fixed: one submission goes out and the seat shows as submitted.
    await page.getByRole('button', { name: 'Submit orders' }).click();
    await page.waitForFunction(() => document.querySelector('main')?.dataset.screen === 'results', null, { timeout: 60_000 });
    expect(sent.count).toBe(1);
    expect(problems.errors).toEqual([]);
  }, 240_000);
});
