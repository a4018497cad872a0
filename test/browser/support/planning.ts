import type { Page } from 'playwright-core';
import { waitScreen } from './app';

// Driving the Planning screen (and the way in and out of it) the way a person does: by role and
// name, or with the keyboard alone.

/** Presses Tab until the focused element satisfies `match` (a CSS selector); fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => !!document.activeElement?.matches(sel), selector)) return;
    await page.keyboard.press('Tab');
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`Tab never reached ${selector} (focus is on ${at})`);
}

/** Replaces the focused field's text by typing, as a person would. */
export async function typeInto(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Quick match from Home with a company, by pointer. */
export async function startQuickMatch(page: Page, companyName: string): Promise<void> {
  await page.getByRole('radio', { name: companyName, exact: true }).check();
  await page.getByRole('button', { name: /Quick match|مباراة سريعة/ }).click();
  await waitScreen(page, 'planning', 60_000);
}

/** The Results screen's way on to the next quarter (solo: "Next quarter"; with others: "I'm ready…"). */
export const NEXT_QUARTER = /^(Next quarter|I'm ready for the next quarter|الربع التالي|أنا جاهز للربع التالي)$/;

/** The status line of the order form (role=status inside the form). */
export function orderStatus(page: Page): Promise<string> {
  return page.locator('form.order-form .order-status').innerText();
}
