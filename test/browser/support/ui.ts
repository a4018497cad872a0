import type { Page } from 'playwright-core';

// Driving the game like a person: find a widget by its registry id (window.__cr.widgets()),
// click the centre of its on-screen rectangle with the mouse, type into DOM inputs.

export interface WidgetRect {
  id: string;
  kind: string;
  label: string;
  enabled: boolean;
  focused: boolean;
  state?: Record<string, unknown>;
  x: number;
  y: number;
  w: number;
  h: number;
  css: { x: number; y: number; w: number; h: number };
}

export async function widgets(page: Page): Promise<WidgetRect[]> {
  return page.evaluate(() => (window.__cr ? (window.__cr.widgets() as unknown as WidgetRect[]) : []));
}

export async function widget(page: Page, id: string): Promise<WidgetRect | null> {
  return (await widgets(page)).find((w) => w.id === id) ?? null;
}

export async function waitWidget(page: Page, id: string, timeout = 20_000, enabled = true): Promise<WidgetRect> {
  await page.waitForFunction(
    ([wid, en]) => {
      const w = window.__cr?.widgets().find((x) => x.id === wid);
      return !!w && (!en || w.enabled);
    },
    [id, enabled] as const,
    { timeout },
  );
  return (await widget(page, id))!;
}

export async function click(page: Page, id: string, timeout = 20_000): Promise<void> {
  const w = await waitWidget(page, id, timeout);
  await page.mouse.click(w.css.x + w.css.w / 2, w.css.y + w.css.h / 2);
}

export async function waitScene(page: Page, scene: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((s) => window.__cr?.scene() === s, scene, { timeout });
}

export async function match(page: Page) {
  return page.evaluate(() => window.__cr!.match());
}

export async function fill(page: Page, id: string, text: string): Promise<void> {
  await waitWidget(page, id);
  const sel = `[data-testid="${id}"]`;
  await page.fill(sel, text);
}

/** Resolves once the page reaches a quiet frame (lets tweens and fades settle for screenshots). */
export async function settle(page: Page, ms = 500): Promise<void> {
  await page.waitForTimeout(ms);
}

/** Presses Tab until the widget `id` has keyboard focus (fails after `max` presses). */
export async function tabTo(page: Page, id: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    const w = await widget(page, id);
    if (w?.focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${id} with the Tab key in ${max} presses`);
}

/** Plays one planning phase: optional chip order, submit, wait for the results. */
export async function playQuarter(page: Page, chipsGW: string | null): Promise<void> {
  await waitScene(page, 'Planning');
  await waitWidget(page, 'dp.submit');
  if (chipsGW !== null) {
    await click(page, 'dp.tab.build');
    await fill(page, 'order.chips.gw', chipsGW);
  }
  await click(page, 'dp.submit');
  await waitScene(page, 'Results', 60_000);
}
