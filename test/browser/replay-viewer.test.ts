import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGameServer, type GameServer } from '../../server';
import { parseRecordText, serializeRecord, verifyRecord } from '../../shared/replay';
import { playScripted } from '../replay/helpers';
import { checkAxe, goto, layoutProblems, openApp, shoot, smallTargets, waitScreen, type Lang, type OpenApp, type Size } from './support/app';
import { finishedMatch } from './support/finishedMatch';
import { DIST, watchPage } from './support/harness';
import { must } from '../../shared/lists';

// The replay screens in the DOM client (issue 6 point 6, issue 14): from Home to a finished
// match, re-run and verified in the browser, stepped, played, scrubbed with the keyboard, every
// tab shown; a truncated file refused by name and a good one opened; "Play from here" opening a
// live lobby at that quarter; axe, layout and screenshots at the three sizes in both languages.

const PORT = 2711;
const BASE = `http://127.0.0.1:${PORT}/`;
let game: GameServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'cr-viewer-'));
  game = await startGameServer({ port: PORT, host: '127.0.0.1', staticDir: DIST, dataDir });
  await finishedMatch('viewer-test', 6);
});
afterAll(async () => {
  await game?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const position = (page: Page) => page.locator('[data-position]').getAttribute('data-position').then(Number);
const waitPosition = (page: Page, p: number, timeout = 10_000) =>
  page.waitForFunction((want) => document.querySelector('[data-position]')?.getAttribute('data-position') === String(want), p, { timeout });

async function openFirstReplay(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Watch|مشاهدة)$/ }).first().click();
  await waitScreen(page, 'replay');
  await page.locator('.replay-verified').waitFor();
}

describe('replay viewer (DOM)', () => {
  let app: OpenApp;
  let problems: { errors: string[] };
  beforeAll(async () => {
    app = await openApp({ size: 'laptop', lang: 'en' });
    problems = watchPage(app.page, 'viewer');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens a finished match from Home, verifies it in the browser, steps, plays, scrubs and shows every tab', async () => {
    const page = app.page;
    await goto(app, BASE);
    await page.getByRole('button', { name: 'Replays', exact: true }).click();
    await waitScreen(page, 'replays');
    await openFirstReplay(page);
    const verified = page.locator('.replay-verified');
    expect(await verified.getAttribute('data-verified')).toBe('true');
    expect(await verified.getAttribute('data-quarters')).toBe('6');
    expect(await verified.textContent()).toContain('all 6 quarter hashes match');
    expect(await position(page)).toBe(0);

    await page.getByRole('button', { name: 'Next quarter' }).click();
    await page.getByRole('button', { name: 'Next quarter' }).click();
    expect(await position(page)).toBe(2);
    const meta = page.locator('li[data-role="meta"]');
    expect(await meta.getAttribute('data-source')).toBe('bot');
    expect(await meta.textContent()).toContain('What followed');
    expect(await page.getByRole('slider', { name: 'Timeline' }).getAttribute('aria-valuetext')).toMatch(/^After /);

    await page.getByLabel('Speed').selectOption('4');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await waitPosition(page, 6, 20_000);
    // Stopped by itself at the end: the button offers Play again.
    await expect.poll(() => page.getByRole('button', { name: 'Pause', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Play', exact: true }).count()).toBe(1);

    // Keyboard on the native range: Home, End and arrows step through the positions.
    const slider = page.getByRole('slider', { name: 'Timeline' });
    await slider.focus();
    await page.keyboard.press('Home');
    await waitPosition(page, 0);
    await page.keyboard.press('End');
    await waitPosition(page, 6);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await waitPosition(page, 4);

    await page.getByRole('tab', { name: 'Markets & mood' }).click();
    const panel = page.getByRole('tabpanel');
    await expect.poll(() => panel.textContent()).toContain('Outside buyers');
    expect(await panel.textContent()).toContain('Why the mood moved');
    await page.getByRole('tab', { name: 'Match charts' }).click();
    expect(await page.locator('[data-chart="shares"]').getAttribute('data-points')).toBe('5');
    expect(await page.locator('[data-chart="chipPrice"]').getAttribute('data-points')).toBe('4');
    await page.getByRole('tab', { name: 'Companies' }).click();
    await page.getByRole('button', { name: 'Google' }).click();
    expect(await page.getByRole('button', { name: 'Google' }).getAttribute('aria-pressed')).toBe('true');
    expect(await panel.textContent()).toContain('Net income');
    expect(await page.locator('[data-testid="investor-figures"] > div').count()).toBeGreaterThan(4);

    // Verify: every quarter's hash from this browser equals the record's and Node's.
    await page.getByRole('tab', { name: 'Verify' }).click();
    const id = new URL(page.url()).searchParams.get('replay')!;
    const text = await (await fetch(`${BASE}api/records/${encodeURIComponent(id)}`)).text();
    const read = parseRecordText(text);
    if (!read.ok) throw new Error(read.error.message);
    const node = verifyRecord(read.record).hashes.map((h) => h.hash);
    const shown = await page.locator('tr[data-quarter]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-hash')));
    expect(shown).toEqual(node);
    expect(await page.locator('tr[data-quarter] td.tone-good').count()).toBe(6);
    expect(problems.errors).toEqual([]);
  });

  it('refuses a truncated file by name and opens a good one', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'All replays' }).click();
    await waitScreen(page, 'replays');
    const text = serializeRecord(playScripted({ seed: 'viewer-upload', quarters: 5 }).record);
    const cut = path.join(dataDir, 'cut.json');
    const good = path.join(dataDir, 'good.json');
    writeFileSync(cut, text.slice(0, 4000));
    writeFileSync(good, text);
    await page.getByLabel('Choose a file…').setInputFiles(cut);
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/Truncated file: The file is truncated/);
    expect(await currentScreenId(page)).toBe('replays');
    await page.getByLabel('Choose a file…').setInputFiles(good);
    await waitScreen(page, 'replay');
    await page.locator('.replay-verified').waitFor();
    expect(await page.locator('.replay-verified').getAttribute('data-quarters')).toBe('5');
    expect(await page.locator('.replay-verified').getAttribute('data-verified')).toBe('true');
    // The opened file is listed under "Opened files".
    await page.getByRole('button', { name: 'All replays' }).click();
    await page.getByRole('tab', { name: 'Opened files' }).click();
    await expect.poll(() => page.getByRole('tabpanel').textContent()).toContain('seed viewer-upload');
    await page.getByRole('button', { name: 'Watch' }).first().click();
    await waitScreen(page, 'replay');
    expect(problems.errors.filter((e) => !/\b400\b/.test(e))).toEqual([]);
  });

  it('Play from here opens a live lobby at that quarter, same seed, with a join code', async () => {
    const page = app.page;
    await page.locator('.replay-verified').waitFor();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next quarter' }).click();
    await waitPosition(page, 3);
    await page.getByRole('button', { name: 'Play from here' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('the first 3 quarters exactly as they were played');
    expect(await checkAxe(page)).toEqual([]);
    await shoot(app, 'replay/fork');
    await dialog.getByRole('button', { name: 'Open the new match' }).click();
    await page.waitForFunction(() => document.querySelector('main')?.dataset.screen === 'lobby', null, { timeout: 20_000 });
    const forks = JSON.parse((await page.evaluate(() => sessionStorage.getItem('computeRace.forks'))) ?? '{}') as Record<string, number>;
    const [code, quarter] = must(Object.entries(forks)[0], 'a stored fork');
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(quarter).toBe(3);
    const info = await (await fetch(`${BASE}api/rooms/${code}`)).json();
    expect(info).toMatchObject({ seed: 'viewer-upload', quarter: 3, phase: 'lobby' });
  });
});

function currentScreenId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('main')?.dataset.screen ?? null);
}

const SIZES: Size[] = ['phone', 'laptop', 'projector'];
const LANGS: Lang[] = ['en', 'ar'];

describe('replay screens at every size, in both languages', () => {
  for (const lang of LANGS) {
    for (const size of SIZES) {
      it(`list and viewer read and work at ${size} in ${lang}`, async () => {
        const app = await openApp({ size, lang });
        try {
          const page = app.page;
          const problems = watchPage(page, `replay-${lang}-${size}`);
          await goto(app, BASE, 'replays');
          await waitScreen(page, 'replays');
          await page.locator('.replay-records li').first().waitFor();
          await shoot(app, 'replay/list');
          expect(await checkAxe(page)).toEqual([]);
          expect(await layoutProblems(page)).toEqual([]);
          if (size === 'phone') expect(await smallTargets(page)).toEqual([]);

          await openFirstReplay(page);
          const forward = page.getByRole('button', { name: lang === 'ar' ? 'الربع التالي' : 'Next quarter' });
          for (let i = 0; i < 3; i++) await forward.click();
          await waitPosition(page, 3);
          await shoot(app, 'replay/orders');
          expect(await checkAxe(page)).toEqual([]);
          expect(await layoutProblems(page)).toEqual([]);
          if (size === 'phone') expect(await smallTargets(page)).toEqual([]);

          const tabs = page.getByRole('tab');
          for (const [i, name] of [
            [1, 'markets'],
            [2, 'charts'],
            [3, 'company'],
            [4, 'verify'],
          ] as const) {
            await tabs.nth(i).click();
            await page.waitForTimeout(100);
            await shoot(app, `replay/${name}`);
            expect(await checkAxe(page), name).toEqual([]);
            expect(await layoutProblems(page), name).toEqual([]);
          }
          expect(problems.errors).toEqual([]);
        } finally {
          await app.close();
        }
      });
    }
  }
});
