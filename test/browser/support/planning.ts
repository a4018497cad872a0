import type { Page } from 'playwright-core';
import { expect } from 'vitest';
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
  return page.locator('form.pl-order-form .pl-order-status').innerText();
}

/** Presses Tab until the focused element is a `tag` whose accessible text matches `name`. */
export async function tabToNamed(page: Page, tag: string, name: RegExp, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    const hit = await page.evaluate(
      ({ tag, source, flags }) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el.tagName.toLowerCase() !== tag) return false;
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
        return new RegExp(source, flags).test(text);
      },
      { tag, source: name.source, flags: name.flags },
    );
    if (hit) return;
    await page.keyboard.press('Tab');
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`Tab never reached a ${tag} named ${name} (focus is on ${at})`);
}

/** The quarter the Planning header shows ("Quarter 2 of 12" / "الربع 2 من 12"), as a number. */
export async function plannedQuarter(page: Page): Promise<number> {
  const text = await page.locator('.screen-header p').first().innerText();
  const m = /(?:Quarter|الربع) (\d+) (?:of|من)/.exec(text);
  if (!m) throw new Error(`no quarter in "${text}"`);
  return Number(m[1]);
}


/**
 * On Results, Tab to the next-quarter button and press Enter. The Results screen may still be
 * playing its quarter transition and let the first press go (a person would press again): the
 * press is repeated up to three times before the test fails.
 */
export async function nextQuarterByKeyboard(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await tabToNamed(page, 'button', NEXT_QUARTER);
    await page.keyboard.press('Enter');
    try {
      await waitScreen(page, 'planning', 8_000);
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
}

/**
 * A solo quick match played with the keyboard alone: Tab to the company and arrow to
 * `company` (a role id), Tab to the quick-match button, then each
 * quarter Tab to the chip amount, type it, Enter (the form submits), and on Results Tab to the
 * next-quarter button and Enter. Returns when Planning shows quarter `quarters + 1`.
 */
export async function playSoloByKeyboard(page: Page, company: string, quarters: number, chipsGW: string): Promise<void> {
  // The company: Tab into the radio group, arrow down to the one wanted.
  await tabTo(page, 'input[type="radio"]:checked');
  for (let i = 0; i < 5; i++) {
    const on = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    if (on === company) break;
    await page.keyboard.press('ArrowDown');
  }
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(company);
  await tabToNamed(page, 'button', /^(Quick match vs 4 bots|مباراة سريعة ضد 4 روبوتات)$/);
  await page.keyboard.press('Enter');
  await waitScreen(page, 'planning', 60_000);
  for (let q = 1; q <= quarters; q++) {
    expect(await plannedQuarter(page)).toBe(q);
    await tabTo(page, '#order-chips-gw');
    await typeInto(page, chipsGW);
    await page.keyboard.press('Enter');
    await waitScreen(page, 'results', 60_000);
    await nextQuarterByKeyboard(page);
    await page.waitForFunction((n) => /(Quarter|الربع) (\d+) (of|من)/.exec(document.querySelector('.screen-header p')?.textContent ?? '')?.[2] === String(n), q + 1, { timeout: 30_000 });
  }
}
