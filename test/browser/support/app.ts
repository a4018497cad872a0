import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { artifactPath, openContext, type OpenedContext } from './browser';

// The DOM client's test kit: a page at one of the reference sizes in one language, axe on the
// current screen, screenshots into test/artifacts/, and the visible screen's id.

export type Size = 'phone' | 'laptop' | 'projector';
export type Lang = 'en' | 'ar';

export const SIZES: Record<Size, { width: number; height: number }> = {
  phone: { width: 390, height: 844 },
  laptop: { width: 1366, height: 768 },
  projector: { width: 1920, height: 1080 },
};

export interface OpenApp extends OpenedContext {
  size: Size;
  lang: Lang;
}

/** A fresh browser profile at a reference size; phones get touch (coarse pointer: 44 px controls). */
export async function openApp(opts: { size: Size; lang: Lang }): Promise<OpenApp> {
  const ctx = await openContext(SIZES[opts.size], opts.lang === 'ar' ? 'ar' : 'en-US', opts.size === 'phone');
  return { ...ctx, ...opts };
}

/** Opens a path of the server (keeps `?lang=`), waiting for the app to render a screen. */
export async function goto(app: OpenApp, baseUrl: string, query = ''): Promise<void> {
  const sep = query ? '&' : '';
  await app.page.goto(`${baseUrl}?lang=${app.lang}${sep}${query}`);
  await app.page.waitForSelector('main[data-screen] h1');
}

/** The id of the screen on display ("home", "lobby", "planning"…). */
export function currentScreen(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('main')?.dataset.screen ?? null);
}

export async function waitScreen(page: Page, id: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((want) => document.querySelector('main')?.dataset.screen === want && !!document.querySelector('main h1'), id, { timeout });
}

const require = createRequire(import.meta.url);
let axeSource: string | null = null;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core on the page; returns serious and critical violations (the tests expect none). */
export async function checkAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') stays on.
  if (!loaded) await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Elements whose text is smaller than 14 CSS px or that overflow their box sideways (cut text). */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('main *, .banner *'))) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (el.closest('.sr-only, [aria-hidden="true"], canvas')) continue;
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
      if (ownText && parseFloat(style.fontSize) < 14) out.push(`text under 14px: <${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}" ${style.fontSize}`);
      if (rect.right > vw + 1 || rect.left < -1) {
        if (!el.closest('.table-wrap, .tab-list, .scroll-x')) out.push(`outside the viewport: <${el.tagName.toLowerCase()} class="${el.className}"> "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    return [...new Set(out)].slice(0, 20);
  });
}

/** Touch targets smaller than 44×44 CSS px (phones). */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('main button, main a[href], main input, main select, main [role="tab"]'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (el.closest('.sr-only')) continue;
      const target = el.closest('label') ?? el;
      const tr = target.getBoundingClientRect();
      if (Math.max(r.height, tr.height) < 44 || Math.max(r.width, tr.width) < 44) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(tr.width)}×${Math.round(tr.height)}`);
    }
    return out.slice(0, 20);
  });
}

/** Screenshot into test/artifacts/<name>-<lang>-<size>.png (full page). */
export async function shoot(app: OpenApp, name: string): Promise<string> {
  const file = artifactPath(`${name}-${app.lang}-${app.size}.png`);
  await app.page.screenshot({ path: file, fullPage: true });
  return file;
}
