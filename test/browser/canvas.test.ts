import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAxe, layoutProblems } from './support/app';
import { ARTIFACTS, CHROMIUM_ARGS, requireChromium } from './support/browser';
import type { CanvasTestApi } from './fixtures/canvas/entry';
import { must } from '../../shared/lists';

// The Phaser-drawn components (client/canvas/) in a real browser: a test-only page built here with
// Vite mounts each one; the tests check it draws, that its text equivalent holds the right numbers,
// that resizing resizes the canvas without a new game, that the loop sleeps when nothing moves and
// that unmounting leaves no game or canvas behind. Screenshots go to test/artifacts/canvas/.

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.join(here, 'fixtures', 'canvas');
const SHOTS = path.join(ARTIFACTS, 'canvas');

let out = '';
let server: Server;
let url = '';
let browser: Browser;

declare global {
  interface Window {
    canvasTest: CanvasTestApi;
  }
}

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'cr-canvas-fixture-'));
  await build({
    root: FIXTURE,
    configFile: false,
    logLevel: 'warn',
    base: './',
    publicDir: false,
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 5000, reportCompressedSize: false },
  });
  server = createServer((req, res) => {
    const [beforeQuery = '/'] = (req.url ?? '/').split('?', 1);
    const rel = decodeURIComponent(beforeQuery);
    const file = path.join(out, rel === '/' ? 'index.html' : rel);
    if (!file.startsWith(out) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
  browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (out) rmSync(out, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
  close(): Promise<void>;
}

async function open(width: number, height = 900, dpr = 1): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForFunction(() => !!window.canvasTest);
  return { page, errors, requests, close: () => context.close() };
}

async function mount(page: Page, name: string, lang: 'en' | 'ar' = 'en', extra: Record<string, unknown> = {}): Promise<void> {
  await page.evaluate(([n, l, e]) => window.canvasTest.mount(n, l, e), [name, lang, extra] as const);
  await settled(page);
}

/** Waits until every host has drawn and its loop sleeps. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const hs = window.canvasTest.hosts();
    return hs.length > 0 && hs.every((h) => h.ready && !h.running);
  });
}

/** Lets Preact run its effects (they run after the browser paints). */
async function flush(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
}

async function hosts(page: Page) {
  return page.evaluate(() => window.canvasTest.hosts());
}

async function firstHost(page: Page) {
  return must((await hosts(page))[0], 'the first chart host');
}

/** Pixels of the stage's screenshot that differ clearly from the page background. */
async function drawnPixels(page: Page, selector = '.cr-chart-stage'): Promise<number> {
  const png = await page.locator(selector).first().screenshot();
  return page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bmp = await createImageBitmap(blob);
    const c = document.createElement('canvas');
    c.width = bmp.width;
    c.height = bmp.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i + 2 < d.length; i += 4) if (Math.abs((d[i] ?? 0) - 0x0a) + Math.abs((d[i + 1] ?? 0) - 0x10) + Math.abs((d[i + 2] ?? 0) - 0x1c) > 40) n += 1;
    return n;
  }, png.toString('base64'));
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function tableRows(page: Page, selector = 'table'): Promise<string[][]> {
  return page.$$eval(`${selector} tr`, (trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
}

/** Resizes the viewport and checks the canvas followed without a new game or an unneeded repaint of others. */
async function checkResize(page: Page, width: number): Promise<void> {
  await page.evaluate(() => window.canvasTest.tagGames('first'));
  const before = await firstHost(page);
  await page.setViewportSize({ width, height: 900 });
  await page.waitForFunction((w0) => window.canvasTest.hosts()[0]?.canvasW !== w0, before.canvasW);
  await settled(page);
  const after = (await hosts(page))[0];
  const stageW = await page.$eval('.cr-chart-stage', (e) => Math.round(e.getBoundingClientRect().width));
  expect(after?.canvasW).toBe(stageW);
  expect(await page.evaluate(() => window.canvasTest.gameTags())).toEqual(['first']);
  expect(await page.locator('canvas').count()).toBe(1);
}

/** axe finds no serious or critical problem, and no DOM text is small or outside the viewport. */
async function checkA11y(page: Page): Promise<void> {
  expect(await checkAxe(page)).toEqual([]);
  expect(await layoutProblems(page)).toEqual([]);
}

async function checkUnmount(page: Page): Promise<void> {
  await page.evaluate(() => window.canvasTest.unmount());
  expect(await hosts(page)).toEqual([]);
  expect(await page.locator('canvas').count()).toBe(0);
}

/** The loop stays asleep: no frame is rendered while nothing changes. */
async function checkIdle(page: Page): Promise<void> {
  const a = await hosts(page);
  await page.waitForTimeout(600);
  const b = await hosts(page);
  expect(b.map((h) => h.running)).toEqual(b.map(() => false));
  expect(b.map((h) => h.frames)).toEqual(a.map((h) => h.frames));
}

describe('canvas components (client/canvas)', () => {
  it('keeps Phaser in its own chunk, loaded only when a chart is shown', async () => {
    const assets = readdirSync(path.join(out, 'assets')).filter((f) => f.endsWith('.js'));
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    const entry = assets.find((f) => html.includes(f))!;
    expect(entry).toBeTruthy();
    const phaserChunk = assets.find((f) => readFileSync(path.join(out, 'assets', f), 'utf8').includes('WebGLRenderer'));
    expect(phaserChunk).toBeTruthy();
    expect(phaserChunk).not.toBe(entry);
    expect(readFileSync(path.join(out, 'assets', entry), 'utf8')).not.toContain('WebGLRenderer');
    const gz = (f: string) => (gzipSync(readFileSync(path.join(out, 'assets', f))).length / 1024).toFixed(0);
    console.log(`[canvas bench] fixture entry (Preact + the five components) ${gz(entry)} KB gzip; Phaser chunk ${gz(phaserChunk!)} KB gzip, loaded on first chart`);
    const { page, requests, errors, close } = await open(1366);
    expect(requests.some((r) => r.endsWith(phaserChunk!))).toBe(false);
    await mount(page, 'line');
    expect(requests.some((r) => r.endsWith(phaserChunk!))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('MarketChart: draws, lists the curves and the clearing point, reflows, sleeps, cleans up', async () => {
    const { page, errors, close } = await open(1366);
    await mount(page, 'market');
    expect(await page.locator('canvas').getAttribute('aria-hidden')).toBe('true');
    expect(await drawnPixels(page)).toBeGreaterThan(2000);
    expect(await page.textContent('table caption')).toBe('Chip market — Clearing: $3.0B · 5.3 GW');
    const rows = await tableRows(page);
    expect(rows[0]).toEqual(['Quantity (GW per quarter)', 'Supply price ($B per GW)', 'Demand price ($B per GW)']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['0.0 GW', '2.0 GW', '4.0 GW', '5.3 GW — Clearing', '6.0 GW', '8.0 GW']);
    expect(rows[2]).toEqual(['2.0 GW', '$1.6B', '$5.0B']);
    expect(rows[4]).toEqual(['5.3 GW — Clearing', '$3.0B', '$3.0B']);
    expect(await page.$$eval('.sr-only li', (li) => li.map((x) => x.textContent))).toEqual(['Supply cap: 8.0 GW', 'List price: $3.5B', 'You: 1.6 GW: $3.2B · 1.6 GW']);
    expect(await page.$$eval('.cr-legend li', (li) => li.map((x) => x.textContent))).toEqual(['Demand', 'Supply', 'Clearing', 'You: 1.6 GW']);
    await checkIdle(page);
    await shoot(page, 'market-1366');
    // Hover and keyboard read the curves at a quantity.
    await page.focus('.cr-chart-stage');
    await expect.poll(() => page.textContent('.cr-chart-readout')).toContain('Quantity: 5.4 GW');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('.cr-chart-readout')).toContain('Quantity: 5.8 GW');
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await checkA11y(page);
    await checkResize(page, 390);
    expect(await drawnPixels(page)).toBeGreaterThan(1000);
    await checkA11y(page);
    await shoot(page, 'market-390');
    // The same data again (fresh closures) does not repaint; new data does.
    const paints = (await firstHost(page)).paints;
    await page.evaluate(() => window.canvasTest.mount('market', 'en', {}));
    await flush(page);
    expect((await hosts(page))[0]?.paints).toBe(paints);
    await page.evaluate(() => window.canvasTest.mount('market', 'en', { clearing: { q: 5, p: 3.2 } }));
    await flush(page);
    expect((await hosts(page))[0]?.paints).toBe(paints + 1);
    expect(await page.textContent('table caption')).toBe('Chip market — Clearing: $3.2B · 5.0 GW');
    await checkUnmount(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('MarketChart: animates the clearing in once, then sleeps; the empty state says why', async () => {
    const { page, errors, close } = await open(1366);
    await page.evaluate(() => window.canvasTest.mount('market', 'en', { animate: true }));
    await page.waitForFunction(() => window.canvasTest.hosts()[0]?.animating === true);
    expect((await hosts(page))[0]?.running).toBe(true);
    await settled(page);
    expect((await hosts(page))[0]?.animating).toBe(false);
    await page.evaluate(() => window.canvasTest.mount('market', 'en', { supply: [], demand: [], clearing: null, empty: 'The first quarter has not resolved.' }));
    await settled(page);
    expect(await page.textContent('.sr-only')).toBe('Chip market: The first quarter has not resolved.');
    expect(await page.locator('.cr-legend').count()).toBe(0);
    await checkUnmount(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('LineChart: draws every series, legend and table by quarter, reflows, cleans up', async () => {
    const { page, errors, close } = await open(1366);
    await mount(page, 'line');
    expect(await drawnPixels(page)).toBeGreaterThan(2000);
    expect(await page.textContent('table caption')).toBe('Share prices (Index (start = 100))');
    const rows = await tableRows(page);
    expect(rows[0]).toEqual(['Quarter', 'OpenAI', 'Meta', 'Microsoft', 'Amazon']);
    expect(rows.length).toBe(10);
    expect(rows[1]).toEqual(['Start', '100.0', '100.0', '100.0', '100.0']);
    expect(rows[7]).toEqual(['Q2 2026', '140.0', '99.0', '—', '86.0']);
    expect(rows[9]).toEqual(['Q4 2026', '149.0', '108.0', '126.0', '80.0']);
    expect(await page.$$eval('.cr-legend li', (li) => li.map((x) => x.textContent))).toEqual(['OpenAI', 'Meta', 'Microsoft', 'Amazon']);
    expect(await page.locator('.cr-legend li:last-child .cr-legend-swatch.dashed').count()).toBe(1);
    await checkIdle(page);
    await shoot(page, 'line-1366');
    const stage = page.locator('.cr-chart-stage');
    const box = (await stage.boundingBox())!;
    await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2);
    await expect.poll(() => page.textContent('.cr-chart-readout')).toBe('Q4 2026OpenAI: 149.0Meta: 108.0Microsoft: 126.0Amazon: 80.0');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200);
    await expect.poll(() => page.locator('.cr-chart-readout').count()).toBe(0);
    await checkA11y(page);
    await checkResize(page, 390);
    expect(await drawnPixels(page)).toBeGreaterThan(1000);
    await checkA11y(page);
    await shoot(page, 'line-390');
    await mount(page, 'line', 'ar');
    expect(await page.$$eval('.cr-legend li', (li) => li.map((x) => x.textContent))).toEqual(['OpenAI', 'Meta', 'Microsoft', 'Amazon']);
    expect(await page.getAttribute('.cr-chart', 'dir')).toBe('rtl');
    await shoot(page, 'line-390-ar');
    await checkUnmount(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('LineChart: a shared y range gives two charts the same axis', async () => {
    const { page, errors, close } = await open(800);
    await mount(page, 'line', 'en', { yRange: [0, 400], series: [{ id: 'a', name: 'A', color: 0x56b4e9, values: [1, 2, 3] }], xLabels: ['Q1', 'Q2', 'Q3'], refs: [] });
    await shoot(page, 'line-shared-range');
    // One series and no named line: no legend; the table still has the three quarters.
    expect(await page.locator('.cr-legend').count()).toBe(0);
    expect((await tableRows(page)).map((r) => r[0])).toEqual(['Quarter', 'Q1', 'Q2', 'Q3']);
    await checkUnmount(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('MoodGauge: draws the dial, describes value, zone and change, sweeps then sleeps', async () => {
    const { page, errors, close } = await open(1366);
    await mount(page, 'mood');
    expect(await drawnPixels(page)).toBeGreaterThan(2000);
    expect(await page.textContent('.sr-only')).toBe('Investor mood: 63 — Greed. Moved from 55 to 63 this quarter. High mood lowers the cost of capital and raises every valuation.');
    await checkIdle(page);
    await shoot(page, 'mood-1366');
    await checkResize(page, 390);
    await checkA11y(page);
    await shoot(page, 'mood-390');
    await page.evaluate(() => window.canvasTest.mount('mood', 'en', { value: 12, before: 30, animate: true, changeText: undefined }));
    await page.waitForFunction(() => window.canvasTest.hosts()[0]?.animating === true);
    await settled(page);
    expect(await page.textContent('.sr-only')).toBe('Investor mood: 12 — Extreme fear. −18. High mood lowers the cost of capital and raises every valuation.');
    await shoot(page, 'mood-390-fear');
    // A delayed sweep: asleep through the delay, running through the sweep, asleep after.
    await page.evaluate(() => window.canvasTest.mount('mood', 'en', { value: 70, before: 40, animate: true, animateDelay: 1500 }));
    await page.waitForFunction(() => window.canvasTest.hosts()[0]?.animating === true);
    expect((await hosts(page))[0]?.running).toBe(false);
    await page.waitForFunction(() => window.canvasTest.hosts()[0]?.running === true, null, { timeout: 5000 });
    await settled(page);
    expect((await hosts(page))[0]?.animating).toBe(false);
    await checkUnmount(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('Waterfall: rows with running totals, names kept whole on a phone, mirrored in Arabic', async () => {
    const { page, errors, close } = await open(1366);
    await mount(page, 'waterfall');
    expect(await drawnPixels(page)).toBeGreaterThan(2000);
    const rows = await tableRows(page);
    expect(rows[0]).toEqual(['Cause', 'Change', 'Mood after']);
    expect(rows.slice(1)).toEqual([
      ['Start of quarter', '55', '55'],
      ['AI revenue growth — Revenue grew faster than spend', '+9.5', '65'],
      ['ROI gap (spend vs revenue)', '−4.2', '60'],
      ['Reversion to normal', '−1.1', '59'],
      ['Events', '+3.8', '63'],
      ['Noise', '0.0', '63'],
      ['End of quarter', '63', '63'],
    ]);
    expect(await page.textContent('table caption')).toBe('Why the mood moved');
    const wideH = (await page.locator('.cr-chart-stage').boundingBox())!.height;
    await checkIdle(page);
    await shoot(page, 'waterfall-1366');
    await checkResize(page, 390);
    // On the phone each name gets a line of its own above its bar: the stage grows.
    const phoneH = (await page.locator('.cr-chart-stage').boundingBox())!.height;
    expect(phoneH).toBeGreaterThan(wideH);
    // The keyboard walks down the rows; the readout carries the row's help.
    await page.focus('.cr-chart-stage');
    await expect.poll(() => page.textContent('.cr-chart-readout')).toBe('Start of quarter: 55');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.textContent('.cr-chart-readout')).toBe('AI revenue growth: +9.5Revenue grew faster than spend');
    await page.keyboard.press('End');
    await expect.poll(() => page.textContent('.cr-chart-readout')).toBe('End of quarter: 63');
    await page.keyboard.press('Escape');
    await shoot(page, 'waterfall-390');
    await mount(page, 'waterfall', 'ar');
    await checkA11y(page);
    await shoot(page, 'waterfall-390-ar');
    expect(await page.textContent('table caption')).toBe('لماذا تحرّك المزاج');
    await checkUnmount(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('a Planning-like screen of six charts renders no frame at rest (figures printed)', async () => {
    const { page, errors, close } = await open(1366, 1400);
    const t0 = Date.now();
    await mount(page, 'planning');
    const ready = Date.now() - t0;
    const hs = await hosts(page);
    expect(hs.length).toBe(6);
    expect(await page.locator('canvas').count()).toBe(6);
    await checkIdle(page);
    console.log(
      `[canvas bench] six charts mounted and drawn in ${ready} ms (cold Phaser chunk, SwiftShader); repaint ms: ${hs.map((h) => h.paintMs.toFixed(1)).join(', ')}; at rest: 0 Phaser frames over 600 ms (every loop asleep: no frame work)`,
    );
    await shoot(page, 'planning-1366');
    const framesBefore = hs.map((h) => h.frames);
    await page.setViewportSize({ width: 390, height: 844 });
    // Every chart is narrower now: wait for each to repaint (its resize observer fires after a
    // layout, possibly later than the viewport change), then for every loop to sleep again.
    await page.waitForFunction((before) => window.canvasTest.hosts().every((h, i) => h.frames > before[i]!), framesBefore);
    await settled(page);
    console.log(`[canvas bench] repaint ms after a resize to 390 px: ${(await hosts(page)).map((h) => h.paintMs.toFixed(1)).join(', ')}`);
    await checkIdle(page);
    await checkA11y(page);
    await shoot(page, 'planning-390');
    await checkUnmount(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('mounting and unmounting many times leaks no game, canvas or WebGL context', async () => {
    const { page, errors, close } = await open(800);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (/too many active WebGL contexts|context lost|CONTEXT_LOST/i.test(m.text())) warnings.push(m.text());
    });
    for (let i = 0; i < 20; i++) {
      await mount(page, i % 2 ? 'line' : 'market');
      await page.evaluate(() => window.canvasTest.unmount());
      expect(await page.evaluate(() => window.canvasTest.contextsLost())).toEqual([true]);
    }
    // Unmounted before Phaser's game finished booting, too.
    for (let i = 0; i < 5; i++) await page.evaluate(() => (window.canvasTest.mount('mood', 'en', {}), window.canvasTest.unmount()));
    await page.waitForTimeout(500);
    expect(await hosts(page)).toEqual([]);
    expect(await page.locator('canvas').count()).toBe(0);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('a chart mounted in a hidden tab draws when shown; hiding keeps the drawing', async () => {
    const { page, errors, close } = await open(800);
    await page.evaluate(() => window.canvasTest.setHidden(true));
    await page.evaluate(() => window.canvasTest.mount('line', 'en', {}));
    await page.waitForFunction(() => window.canvasTest.hosts()[0]?.ready === true);
    await page.evaluate(() => window.canvasTest.setHidden(false));
    await page.waitForFunction(() => (window.canvasTest.hosts()[0]?.canvasW ?? 0) > 100);
    await settled(page);
    const stageW = await page.$eval('.cr-chart-stage', (e) => Math.round(e.getBoundingClientRect().width));
    expect((await hosts(page))[0]?.canvasW).toBe(stageW);
    expect(await drawnPixels(page)).toBeGreaterThan(2000);
    const before = await firstHost(page);
    await page.evaluate(() => window.canvasTest.setHidden(true));
    await flush(page);
    await page.evaluate(() => window.canvasTest.setHidden(false));
    await flush(page);
    const after = (await hosts(page))[0];
    expect([after?.paints, after?.canvasW]).toEqual([before.paints, before.canvasW]);
    await checkUnmount(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('draws at the device pixel ratio (crisp on phones)', async () => {
    const { page, errors, close } = await open(390, 844, 3);
    await mount(page, 'market');
    const h = (await hosts(page))[0];
    const box = (await page.locator('.cr-chart-stage').boundingBox())!;
    expect(h?.canvasW).toBe(Math.round(Math.round(box.width) * 3));
    await shoot(page, 'market-390-dpr3');
    await checkUnmount(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('QuarterTransition: plays, can be skipped, calls onDone once, respects reduced motion', async () => {
    const { page, errors, close } = await open(1366, 768);
    await page.evaluate(() => window.canvasTest.mount('transition', 'en', { duration: 1500 }));
    await page.waitForFunction(() => window.canvasTest.hosts()[0]?.animating === true);
    expect(await page.textContent('[role=status]')).toBe('Results · Q2 2026');
    await page.waitForTimeout(500);
    await page.evaluate(() => window.canvasTest.freeze());
    expect(await page.evaluate(() => window.canvasTest.state.done)).toBe(0);
    await shoot(page, 'transition-1366');
    await page.evaluate(() => window.canvasTest.thaw());
    await page.waitForFunction(() => window.canvasTest.state.done === 1, null, { timeout: 6000 });
    await settled(page);
    await page.evaluate(() => window.canvasTest.unmount());
    expect(await page.locator('canvas').count()).toBe(0);
    // Skipped with Escape: done at once.
    await page.evaluate(() => window.canvasTest.mount('transition', 'en', { duration: 1500 }));
    await page.waitForFunction(() => window.canvasTest.hosts()[0]?.animating === true);
    expect(await page.evaluate(() => window.canvasTest.state.done)).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.canvasTest.state.done)).toBe(2);
    await page.evaluate(() => window.canvasTest.unmount());
    // The skip button.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.canvasTest.mount('transition', 'ar', { duration: 1500 }));
    await page.waitForFunction(() => window.canvasTest.hosts()[0]?.animating === true);
    await page.waitForTimeout(600);
    await page.evaluate(() => window.canvasTest.freeze());
    await shoot(page, 'transition-390-ar');
    await page.evaluate(() => window.canvasTest.thaw());
    const skip = page.getByRole('button', { name: 'تخطٍّ' });
    const sb = (await skip.boundingBox())!;
    expect(sb.height).toBeGreaterThanOrEqual(44);
    await skip.click();
    expect(await page.evaluate(() => window.canvasTest.state.done)).toBe(3);
    await page.evaluate(() => window.canvasTest.unmount());
    expect(await hosts(page)).toEqual([]);
    // Reduced motion: no animation, no game; done straight away.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.evaluate(() => window.canvasTest.mount('transition', 'en', {}));
    await page.waitForFunction(() => window.canvasTest.state.done === 4);
    expect(await hosts(page)).toEqual([]);
    expect(await page.locator('canvas').count()).toBe(0);
    await page.evaluate(() => window.canvasTest.unmount());
    expect(errors).toEqual([]);
    await close();
  });
});
