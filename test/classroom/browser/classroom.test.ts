import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findMatchRoom, startGameServer, type GameServer } from '../../../server';
import { CSV_HEADER } from '../../../shared/classroom/csv';
import type { Role } from '../../../shared/roles';
import { layoutProblems, openApp, smallTargets, waitScreen, type OpenApp } from '../../browser/support/app';
import { DIST, watchPage, type PageProblems } from '../../browser/support/harness';
import { createClass, sdk } from '../helpers';
import { CLASS_ARTIFACTS, expectAxeClean, expectSoon, shootClass, submit, waitCards, type Student } from './support';
import { testTempDir } from '../../support/tempDirs';

// The classroom in Chromium with the DOM screens: a teacher sets up a class of 4 groups, 8 students
// join (SDK clients), the projector shows the join board; the teacher starts, paces, pauses, injects
// an event and resumes; the projector shows every group (one y range, the whole leaderboard a page
// at a time) and one group live; a latecomer asks for a seat from a phone and the teacher lets her
// in and renames her; the console survives a reload; the class ends, the projector follows it to the
// final standings, and the class debrief compares the groups (bots marked), shows the lessons and
// exports the CSV (every order field, who decided), the JSON and one ZIP of every chart. Every class
// screen is checked with axe and photographed in English and Arabic (test/artifacts/class/).

const PORT = 2760;
const GROUPS = 4;

let game: GameServer;
let url = '';
let teacher: OpenApp;
let projector: OpenApp;
let projectorAr: OpenApp;
let problems: PageProblems;
let projProblems: PageProblems;
const students: Student[] = [];
let codes: string[] = [];
let classId = '';
let viewKey = '';
let hostSecret = '';

const mode = (p: Page) => p.evaluate(() => document.querySelector<HTMLElement>('.projector')?.dataset.mode ?? '');

async function download(page: Page, name: RegExp | string): Promise<{ name: string; file: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name }).click()]);
  const file = path.join(CLASS_ARTIFACTS, `download-${dl.suggestedFilename()}`);
  await dl.saveAs(file);
  return { name: dl.suggestedFilename(), file };
}

describe('classroom mode in the browser (DOM screens)', () => {
  beforeAll(async () => {
    game = await startGameServer({ port: PORT, host: '127.0.0.1', staticDir: DIST, dataDir: testTempDir('cr-class-browser-') });
    url = `http://127.0.0.1:${PORT}/`;
    teacher = await openApp({ size: 'laptop', lang: 'en' });
    projector = await openApp({ size: 'projector', lang: 'en' });
    projectorAr = await openApp({ size: 'projector', lang: 'ar' });
    problems = watchPage(teacher.page, 'teacher');
    projProblems = watchPage(projector.page, 'projector');
  });

  afterAll(async () => {
    for (const s of students) await s.room.leave().catch(() => undefined);
    await teacher?.close();
    await projector?.close();
    await projectorAr?.close();
    await game?.close();
  });

  it('sets up a class of 4 groups from Home and opens the console', async () => {
    const page = teacher.page;
    await page.goto(`${url}?lang=en`);
    await waitScreen(page, 'home');
    await page.getByRole('button', { name: /Teach a class/ }).click();
    await waitScreen(page, 'class-setup');
    await shootClass(teacher, 'setup');
    await expectAxeClean(teacher, 'class setup');
    await page.getByLabel('Class name').fill('Econ 101');
    await page.getByLabel('Seed').fill('browser-class');
    await page.getByLabel('Groups', { exact: true }).selectOption(String(GROUPS));
    await page.getByRole('group', { name: 'Quarters' }).getByRole('radio', { name: '4', exact: true }).check();
    await page.getByRole('group', { name: 'Time to plan' }).getByRole('radio', { name: '5 min' }).check();
    await page.getByRole('group', { name: 'Results shown' }).getByRole('radio', { name: 'Until you go on' }).check();
    await page.getByRole('radiogroup', { name: 'Who plays Google' }).getByRole('radio', { name: 'Bot' }).check();
    await page.getByLabel('Bot style for Google').selectOption('cloud-first');
    // Nothing by chance: only the events the teacher injects or schedules (rate hike in quarter 3).
    await page.getByRole('checkbox', { name: 'Random events' }).uncheck();
    await page.locator('#schedule-quarter').selectOption('2');
    await page.locator('#schedule-event').selectOption('rateHike');
    await page.getByRole('button', { name: 'Schedule the event' }).click();
    await expect.poll(() => page.locator('.schedule-row').count()).toBe(1);
    // A seed with a space is refused next to its field.
    await page.getByLabel('Seed').fill('bad seed');
    await page.getByRole('button', { name: 'Create class' }).click();
    await expect.poll(() => page.getByText('A seed is 1–64 letters').count()).toBe(1);
    await page.getByLabel('Seed').fill('browser-class');
    await page.getByRole('button', { name: 'Create class' }).click();
    await waitScreen(page, 'class-host');
    const c = await waitCards(page, (cs) => cs.length === GROUPS && cs.every((g) => g.phase === 'lobby'), 'four groups in the lobby');
    codes = c.map((g) => g.code);
    expect(new Set(codes).size).toBe(GROUPS);
    const recent = JSON.parse((await page.evaluate(() => localStorage.getItem('computeRace.classes')))!);
    classId = recent[0].classId;
    viewKey = recent[0].viewKey;
    hostSecret = recent[0].hostSecret;
    expect(recent[0].hostSecret).toMatch(/.{20,}/);
    expect(new URL(page.url()).searchParams.get('teach')).toBe(classId);
    for (const code of codes) expect(findMatchRoom(code)!.match.settings).toMatchObject({ seed: 'browser-class', quarters: 4, planningSeconds: 300, resultsSeconds: 0 });
    expect(findMatchRoom(codes[0]!)!.match.settings.seats.google).toMatchObject({ kind: 'bot', persona: 'cloud-first' });
    expect(findMatchRoom(codes[0]!)!.match.settings.randomEvents).toBe(false);
    // The console shows the schedule the class was created with.
    await expect.poll(() => page.locator('.class-schedule summary').textContent()).toContain('1 event scheduled · random events off');
  });

  it('shows students joining; the projector shows the join board with a QR code per group', async () => {
    const names = ['Ada', 'Bo', 'Chen', 'Dina', 'Eli', 'Fatima', 'Gus', 'Hana'];
    for (let g = 0; g < GROUPS; g++) {
      for (const role of ['openai', 'meta'] as const) {
        const room = await sdk(PORT).joinById(codes[g]!, { name: names[students.length]!, role });
        room.onMessage('*', () => undefined);
        students.push({ room, code: codes[g]!, role });
      }
    }
    const page = teacher.page;
    await expect.poll(() => page.locator('.group-card').first().textContent()).toContain('Ada');
    await expect.poll(() => page.locator('.group-card').nth(3).textContent()).toContain('Hana');
    await shootClass(teacher, 'console-lobby');
    await expectAxeClean(teacher, 'console in the lobby');

    // The student handout: printing the console prints one page with every group's QR code and code.
    await page.emulateMedia({ media: 'print' });
    const handout = await page.evaluate(() => {
      const h = document.querySelector<HTMLElement>('.handout')!;
      return { shown: getComputedStyle(h).display !== 'none', height: h.getBoundingClientRect().height, qr: h.querySelectorAll('svg.qr').length, text: h.textContent ?? '' };
    });
    expect(handout.shown).toBe(true);
    expect(handout.qr).toBe(GROUPS);
    for (const code of codes) expect(handout.text).toContain(code);
    // A4 at 96 CSS px per inch, less 12 mm margins: 1032 px tall.
    expect(handout.height).toBeLessThanOrEqual(1032);
    const pdf = await page.pdf({ path: path.join(CLASS_ARTIFACTS, 'handout-en.pdf'), format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.screenshot({ path: path.join(CLASS_ARTIFACTS, 'handout-en-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    const p = projector.page;
    await p.goto(`${url}?projector=${classId}&lang=en#key=${encodeURIComponent(viewKey)}`);
    await waitScreen(p, 'class-projector');
    await expect.poll(() => mode(p)).toBe('join');
    expect(await p.getByRole('img', { name: /Scan to join Group/ }).count()).toBe(GROUPS);
    await expect.poll(() => p.locator('.join-tile').first().textContent()).toContain('Ada');
    await shootClass(projector, 'projector-join');
    await expectAxeClean(projector, 'projector join board');
    // The join page in Arabic on a phone, in the lobby.
    const phoneAr = await openApp({ size: 'phone', lang: 'ar' });
    try {
      await phoneAr.page.goto(`${url}?join=${codes[3]}&lang=ar`);
      await waitScreen(phoneAr.page, 'join');
      // OpenAI and Meta are taken, Google is a bot: Microsoft and Amazon are open.
      await expect.poll(() => phoneAr.page.locator('.seat-option').count()).toBe(2);
      await shootClass(phoneAr, 'join');
      await expectAxeClean(phoneAr, 'join page');
      expect(await layoutProblems(phoneAr.page)).toEqual([]);
      expect(await smallTargets(phoneAr.page)).toEqual([]);
    } finally {
      await phoneAr.close();
    }
    // The same board in Arabic, on a second projector.
    const pa = projectorAr.page;
    await pa.goto(`${url}?projector=${classId}&lang=ar#key=${encodeURIComponent(viewKey)}`);
    await waitScreen(pa, 'class-projector');
    await expect.poll(() => mode(pa)).toBe('join');
    await shootClass(projectorAr, 'projector-join');
    await expectAxeClean(projectorAr, 'projector join board');
  });

  it('starts, paces, pauses, injects an event into every group and resumes from the console', async () => {
    const page = teacher.page;
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await waitCards(page, (cs) => cs.every((g) => g.phase === 'planning'), 'every group planning');
    await submit(students);
    await waitCards(page, (cs) => cs.every((g) => g.phase === 'results' && g.quarter === 1), 'every group in the results of quarter 1');
    await page.getByRole('button', { name: /^Next quarter/ }).click();
    await waitCards(page, (cs) => cs.every((g) => g.phase === 'planning' && g.quarter === 1), 'quarter 2 planning');

    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => page.locator('.group-card.is-paused').count()).toBe(GROUPS);
    await page.getByRole('button', { name: 'Inject event…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Inject an event into every group' });
    await dialog.locator('input[name=event][value=bubbleCall]').check();
    await shootClass(teacher, 'console-inject');
    await expectAxeClean(teacher, 'inject dialog');
    await dialog.getByRole('button', { name: 'Inject into every group' }).click();
    for (const c of codes) await expectSoon(() => findMatchRoom(c)!.match.hostEvents.length === 1, `event queued in ${c}`);
    // Every student submits while paused: nothing resolves.
    await submit(students);
    await page.waitForTimeout(500);
    expect((await waitCards(page, () => true, 'cards')).every((g) => g.phase === 'planning')).toBe(true);
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await waitCards(page, (cs) => cs.every((g) => g.phase === 'results' && g.quarter === 2), 'quarter 2 resolved everywhere');
    for (const c of codes) expect(findMatchRoom(c)!.match.reports[1]!.events).toContainEqual({ id: 'bubbleCall', injected: true, started: true });
    await shootClass(teacher, 'console-results');
    expect(problems.errors).toEqual([]);
  });

  it('the projector shows every group on one y range with the whole leaderboard, then one group live', async () => {
    const p = projector.page;
    await expect.poll(() => mode(p)).toBe('all');
    await expect.poll(() => p.locator('.proj-tile canvas.cr-canvas').count(), { timeout: 20_000 }).toBe(GROUPS);
    // 4 groups × 5 companies: 20 rows, 15 on the first page.
    await expect.poll(() => p.locator('.board-row').count()).toBe(15);
    expect(await p.locator('.board-page').textContent()).toContain('Page 1 of 2 · 20 companies');
    await expect.poll(() => p.locator('.proj-events').textContent()).toContain('injected');
    await p.waitForTimeout(600);
    await shootClass(projector, 'projector-all');
    await expectAxeClean(projector, 'projector, all groups');
    await expect.poll(() => projectorAr.page.locator('.proj-tile canvas.cr-canvas').count(), { timeout: 20_000 }).toBe(GROUPS);
    await projectorAr.page.waitForTimeout(600);
    await shootClass(projectorAr, 'projector-all');
    await expectAxeClean(projectorAr, 'projector, all groups');
    await teacher.page.getByRole('radio', { name: 'Group 1', exact: true }).check();
    await expect.poll(() => mode(p)).toBe('group');
    await expect.poll(() => p.locator('.proj-markets canvas.cr-canvas').count(), { timeout: 20_000 }).toBe(3);
    await expect.poll(() => p.locator('.proj-news li').count()).toBeGreaterThan(0);
    await p.waitForTimeout(800);
    await shootClass(projector, 'projector-group');
    await expectAxeClean(projector, 'projector, one group');
    await expect.poll(() => projectorAr.page.locator('.proj-markets canvas.cr-canvas').count(), { timeout: 20_000 }).toBe(3);
    await projectorAr.page.waitForTimeout(800);
    await shootClass(projectorAr, 'projector-group');
    await expectAxeClean(projectorAr, 'projector, one group');
    await teacher.page.getByRole('radio', { name: 'All groups' }).check();
    await expect.poll(() => mode(p)).toBe('all');
    expect(projProblems.errors).toEqual([]);
  });

  it('a latecomer asks for a seat from her phone; the teacher lets her in and renames her', async () => {
    const phone = await openApp({ size: 'phone', lang: 'en' });
    try {
      const p = phone.page;
      await p.goto(`${url}?join=${codes[1]}&lang=en`);
      await waitScreen(p, 'join');
      await expect.poll(() => p.getByText('This group has started').count()).toBe(1);
      await p.getByLabel('Your name').fill('Lea');
      await p.getByRole('radio', { name: 'Any seat (the teacher picks)' }).check();
      await p.getByRole('button', { name: 'Ask the teacher for a seat' }).click();
      await expect.poll(() => p.getByText('Waiting for your teacher').count()).toBeGreaterThan(0);
      await shootClass(phone, 'join-waiting');
      await expectAxeClean(phone, 'join page waiting for the teacher');

      const page = teacher.page;
      const approve = page.getByRole('button', { name: 'Let Lea in' });
      await approve.waitFor();
      await shootClass(teacher, 'console-request');
      await expectAxeClean(teacher, 'console with a seat request');
      const seat = (await page.getByLabel('Seat for Lea').inputValue()) as Role;
      await approve.click();
      await p.waitForFunction(() => ['results', 'planning'].includes(document.querySelector('main')?.dataset.screen ?? ''), null, { timeout: 20_000 });
      await expectSoon(() => findMatchRoom(codes[1]!)!.match.seats.get(seat).name === 'Lea', 'Lea in her seat');
      expect(findMatchRoom(codes[1]!)!.match.seats.get(seat)).toMatchObject({ kind: 'human', connected: true });

      await page.getByRole('button', { name: 'Manage Group 2' }).click();
      const dialog = page.getByRole('dialog', { name: new RegExp(`Group 2 · ${codes[1]}`) });
      await dialog.locator('.seat-manage-row', { hasText: 'Lea' }).getByRole('button', { name: 'Rename' }).click();
      await dialog.getByRole('textbox', { name: /Name of the student playing/ }).fill('Lea B.');
      await shootClass(teacher, 'console-group');
      await expectAxeClean(teacher, 'group dialog');
      await dialog.getByRole('button', { name: 'Save name' }).click();
      await expectSoon(() => findMatchRoom(codes[1]!)!.match.seats.get(seat).name === 'Lea B.', 'Lea renamed');
    } finally {
      await phone.close();
    }
  });

  it('a reload of the console keeps control; the class ends and the projector follows it', async () => {
    const page = teacher.page;
    await page.reload();
    await waitScreen(page, 'class-host');
    await waitCards(page, (cs) => cs.length === GROUPS && cs.every((g) => g.phase === 'results'), 'groups after the reload');
    await page.getByRole('button', { name: /^Next quarter/ }).click();
    await waitCards(page, (cs) => cs.every((g) => g.phase === 'planning' && g.quarter === 2), 'quarter 3 planning after the reload');
    await page.getByRole('button', { name: 'Resolve now' }).click();
    await waitCards(page, (cs) => cs.every((g) => g.phase === 'results' && g.quarter === 3), 'quarter 3 resolved');
    // The scheduled rate hike started in quarter 3 in every group; nothing started by chance.
    for (const c of codes) {
      const reports = findMatchRoom(c)!.match.reports;
      expect(reports[2]!.events).toContainEqual(expect.objectContaining({ id: 'rateHike', injected: true, started: true }));
      expect(reports.flatMap((rep) => rep.events).filter((e) => e.started && !e.injected)).toEqual([]);
    }
    await page.getByRole('button', { name: /^Next quarter/ }).click();
    await waitCards(page, (cs) => cs.every((g) => g.phase === 'planning' && g.quarter === 3), 'quarter 4 planning');
    await page.getByRole('button', { name: 'End', exact: true }).click();
    await page.getByRole('dialog', { name: 'End the match in every group?' }).getByRole('button', { name: 'End now' }).click();
    await waitCards(page, (cs) => cs.every((g) => g.phase === 'debrief'), 'every group ended');
    await shootClass(teacher, 'console-ended');
    const p = projector.page;
    await expect.poll(() => mode(p)).toBe('over');
    expect(await p.locator('.final-list .board-row').count()).toBe(GROUPS * 5);
    await shootClass(projector, 'projector-over');
    await expectAxeClean(projector, 'projector, final standings');
  });

  it('the class debrief compares the groups with bots marked, shows the lessons and exports CSV, JSON and one ZIP', async () => {
    const page = teacher.page;
    await page.getByRole('button', { name: 'Class debrief' }).click();
    await waitScreen(page, 'class-debrief');
    await expect.poll(() => page.locator('.tsr-table tbody tr').count()).toBe(GROUPS);
    // Bots played Google everywhere and the seats nobody took (Microsoft and Amazon, but for Lea's
    // in group 2): each is marked in the return table and in the players table.
    expect(await page.locator('.tsr-table .bot-badge').count()).toBe(3 * GROUPS - 1);
    expect(await page.locator('td.is-bot').count()).toBe(3 * GROUPS - 1);
    await shootClass(teacher, 'debrief-overview');
    await expectAxeClean(teacher, 'class debrief overview');
    for (const name of ['Capex and revenue', 'Mood paths', /^1 · /, /^7 · /]) {
      await page.getByRole('navigation', { name: 'Debrief sections' }).getByRole('button', { name }).click();
      await expect.poll(() => page.locator('.debrief-main canvas.cr-canvas').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    }
    await page.waitForTimeout(500);
    await shootClass(teacher, 'debrief-lesson');
    await expectAxeClean(teacher, 'class debrief lesson');
    expect(['none', 'peak', 'noticed']).toContain(await page.locator('[data-lesson=circularMoney]').getAttribute('data-finding'));

    const csv = await download(page, /^CSV/);
    expect(csv.name).toBe('compute-race-class-econ-101-browser-class.csv');
    const parsed = Papa.parse<Record<string, string>>(readFileSync(csv.file, 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_HEADER]);
    expect(parsed.meta.fields).toContain('decided_by');
    // Ended while planning quarter 4: three quarters played.
    expect(parsed.data).toHaveLength(GROUPS * 3 * 5);
    expect(parsed.data.filter((r) => r.role === 'google').every((r) => r.decided_by === 'bot')).toBe(true);
    expect(parsed.data.find((r) => r.group === '1' && r.quarter === '1' && r.role === 'openai')?.decided_by).toBe('Ada');

    const json = await download(page, /^JSON/);
    const body = JSON.parse(readFileSync(json.file, 'utf8'));
    expect(body).toMatchObject({ format: 'compute-race-class', classId, title: 'Econ 101', seed: 'browser-class' });
    expect(body.records).toHaveLength(GROUPS);

    const zip = await download(page, /^ZIP/);
    expect(zip.name).toBe('compute-race-class-econ-101-browser-class.zip');
    const files = unzipSync(readFileSync(zip.file));
    const pngs = Object.keys(files).filter((f) => f.endsWith('.png'));
    // Capex for each of the 5 companies, the mood paths and the 7 lessons.
    expect(pngs).toHaveLength(13);
    for (const f of pngs) expect(Buffer.from(files[f]!.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    expect(Object.keys(files)).toContain('overview.csv');
    expect(Object.keys(files)).toContain('compute-race-class-econ-101-browser-class.csv');
    expect(new TextDecoder().decode(files['overview.csv'])).toContain('google_player');

    // Another period created with the teacher's key joins the archive: the two compare side by side.
    const other = await createClass(PORT, { groups: 2, title: 'Econ 102', teacherKey: hostSecret, settings: { seed: 'browser-class', quarters: 4 } });
    try {
      await other.command({ command: 'start', force: true });
      await other.command({ command: 'resolveNow' });
      await page.getByRole('navigation', { name: 'Debrief sections' }).getByRole('button', { name: 'Compare classes' }).click();
      await expect.poll(() => page.getByLabel('Other class').locator('option').allTextContents()).toEqual([expect.stringContaining('Econ 102')]);
      await expect.poll(() => page.locator('.compare-table').textContent(), { timeout: 15_000 }).toContain('Econ 102');
      expect(await page.locator('.compare-table tbody tr').count()).toBe(5);
      await expect.poll(() => page.locator('.class-compare canvas.cr-canvas').count(), { timeout: 20_000 }).toBe(1);
      await page.waitForTimeout(400);
      await shootClass(teacher, 'debrief-compare');
      await expectAxeClean(teacher, 'class comparison');
    } finally {
      await other.room.leave();
    }
    expect(problems.errors).toEqual([]);
  });

  it('Arabic: every class screen lays out right to left and passes axe', async () => {
    const page = teacher.page;
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    teacher.lang = 'ar';
    await page.getByRole('navigation').getByRole('button').first().click();
    await page.waitForTimeout(600);
    await shootClass(teacher, 'debrief-overview');
    await expectAxeClean(teacher, 'class debrief overview');
    await page.getByRole('navigation').getByRole('button').nth(3).click();
    await expect.poll(() => page.locator('.debrief-main canvas.cr-canvas').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await shootClass(teacher, 'debrief-lesson');
    await expectAxeClean(teacher, 'class debrief lesson');
    await page.getByRole('button', { name: 'لوحة التحكم' }).click();
    await waitScreen(page, 'class-host');
    await page.waitForTimeout(500);
    await shootClass(teacher, 'console-ended');
    await expectAxeClean(teacher, 'console');
    await page.goto(`${url}?lang=ar&teach`);
    await waitScreen(page, 'class-setup');
    // The server's archive lists the class under this browser's teacher key.
    await expect.poll(() => page.locator('#archive-title').locator('..').textContent()).toContain(classId);
    await shootClass(teacher, 'setup');
    await expectAxeClean(teacher, 'class setup');

    await expect.poll(() => mode(projectorAr.page)).toBe('over');
    await shootClass(projectorAr, 'projector-over');
    await expectAxeClean(projectorAr, 'projector, final standings');

    // The join link after the end says the match is over (no seat to ask for).
    const phone = await openApp({ size: 'phone', lang: 'en' });
    try {
      await phone.page.goto(`${url}?join=${codes[0]}&lang=en`);
      await waitScreen(phone.page, 'join');
      await expect.poll(() => phone.page.getByText('This group’s match is over').count()).toBe(1);
      expect(await phone.page.getByRole('button', { name: /^Ask the teacher/ }).isDisabled()).toBe(true);
    } finally {
      await phone.close();
    }
    expect(problems.errors).toEqual([]);
    expect(projProblems.errors).toEqual([]);
  });
});
