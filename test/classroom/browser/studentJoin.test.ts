import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findMatchRoom, startGameServer, type GameServer } from '../../../server';
import { lanInfo } from '../../../server/http/lan';
import { C2S } from '../../../shared/protocol';
import type { Role } from '../../../shared/roles';
import { layoutProblems, openApp, smallTargets, waitScreen, type OpenApp } from '../../browser/support/app';
import { DIST, watchPage, type PageProblems } from '../../browser/support/harness';
import { sdk } from '../helpers';
import { expectAxeClean, shootClass, submit, waitCards, watchPace, type Student } from './support';
import { testTempDir } from '../../support/tempDirs';

// Issue 16's done criterion in Chromium: a phone-sized student opens the QR code's link and is in
// her seat in one step; she reloads, closes the tab and opens the link again, and lands in the same
// seat every time; meanwhile the teacher paces four quarters from the console and no group ever
// runs ahead (groups that resolve early wait, students pressing "ready" do not move them on, and
// "Next quarter" brings every group to the same quarter).

const PORT = 2766;
const GROUPS = 3;

let game: GameServer;
let url = '';
let teacher: OpenApp;
let phone: OpenApp;
let teacherProblems: PageProblems;
const students: Student[] = [];
let codes: string[] = [];
let joinLink = '';

function seat(code: string, role: Role) {
  return findMatchRoom(code)!.match.seats.get(role);
}

/** The app's screen id, also while the screen's own view is still loading. */
async function waitScreenId(page: Page, ids: string[], timeout = 20_000): Promise<string> {
  await page.waitForFunction((want) => want.includes(document.querySelector('main')?.dataset.screen ?? ''), ids, { timeout });
  return page.evaluate(() => document.querySelector('main')!.dataset.screen!);
}

async function clickNext(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Next quarter/ }).click();
}

describe('a student joins from a phone in one step and keeps her seat while the teacher paces the class', () => {
  beforeAll(async () => {
    game = await startGameServer({ port: PORT, host: '127.0.0.1', staticDir: DIST, dataDir: testTempDir('cr-class-join-') });
    url = `http://127.0.0.1:${PORT}/`;
    teacher = await openApp({ size: 'laptop', lang: 'en' });
    phone = await openApp({ size: 'phone', lang: 'en' });
    teacherProblems = watchPage(teacher.page, 'teacher');
  });

  afterAll(async () => {
    for (const s of students) await s.room.leave().catch(() => undefined);
    await teacher?.close();
    await phone?.close();
    await game?.close();
  });

  it('the teacher sets up three groups of two students (bots play the other companies)', async () => {
    const page = teacher.page;
    await page.goto(`${url}?lang=en&teach`);
    await waitScreen(page, 'class-setup');
    await page.getByLabel('Class name').fill('Period 2');
    await page.getByLabel('Groups', { exact: true }).selectOption(String(GROUPS));
    await page.getByRole('group', { name: 'Quarters' }).getByRole('radio', { name: '4', exact: true }).check();
    await page.getByRole('group', { name: 'Time to plan' }).getByRole('radio', { name: 'No timer' }).check();
    await page.getByRole('group', { name: 'Results shown' }).getByRole('radio', { name: 'Until you go on' }).check();
    for (const company of ['Microsoft', 'Amazon', 'Google']) await page.getByRole('radiogroup', { name: `Who plays ${company}` }).getByRole('radio', { name: 'Bot' }).check();
    await page.getByRole('button', { name: 'Create class' }).click();
    await waitScreen(page, 'class-host');
    const c = await waitCards(page, (cs) => cs.length === GROUPS && cs.every((g) => g.phase === 'lobby'), 'three groups in the lobby');
    codes = c.map((g) => g.code);
    for (const code of codes) expect(findMatchRoom(code)!.match.settings).toMatchObject({ quarters: 4, planningSeconds: 0, resultsSeconds: 0 });

    // The group's QR code and printed link point at the join page with its code.
    await page.getByRole('button', { name: 'Manage Group 1' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('.join-link').textContent()).toContain(`?join=${codes[0]}`);
    // The printed link names this machine's LAN address when it has one (the console was opened on
    // loopback); the phone then opens the same path on the address the test server listens on.
    const printed = new URL(`http://${(await dialog.locator('.join-link').textContent())!.trim()}`);
    const lan = lanInfo(PORT, { publicUrl: null, trustProxy: false }).joinBase;
    expect(printed.origin).toBe(lan ? new URL(lan).origin : new URL(url).origin);
    joinLink = `${url}${printed.search}`;
    expect(await dialog.getByRole('img', { name: 'Scan to join Group 1' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('the phone opens the link and is in her seat in one step', async () => {
    const p = phone.page;
    const problems = watchPage(p, 'phone');
    await p.goto(`${joinLink}&lang=en`);
    await waitScreen(p, 'join');
    expect(await p.getByLabel('Group code').inputValue()).toBe(codes[0]);
    await shootClass(phone, 'join');
    await expectAxeClean(phone, 'join page');
    expect(await layoutProblems(p)).toEqual([]);
    expect(await smallTargets(p)).toEqual([]);
    await p.getByLabel('Your name').fill('Ada');
    await p.getByRole('button', { name: 'Join as OpenAI' }).click();
    await waitScreenId(p, ['lobby']);
    const s = seat(codes[0]!, 'openai');
    expect(s).toMatchObject({ name: 'Ada', connected: true });
    expect(s.tokenHash).toBeTruthy();
    // The seat token is kept across tabs (localStorage), not only in this tab.
    // (The session message that carries the token may land a moment after the lobby shows.)
    await expect.poll(() => p.evaluate(() => localStorage.getItem('computeRace.session'))).not.toBeNull();
    const stored = JSON.parse((await p.evaluate(() => localStorage.getItem('computeRace.session')))!);
    expect(stored).toMatchObject({ code: codes[0], name: 'Ada' });
    expect(stored.seatToken).toBeTruthy();
    expect(problems.errors).toEqual([]);
  });

  it('a reload in the lobby keeps the seat', async () => {
    const p = phone.page;
    const hash = seat(codes[0]!, 'openai').tokenHash;
    await p.reload();
    await waitScreenId(p, ['lobby']);
    await expect.poll(() => seat(codes[0]!, 'openai').connected).toBe(true);
    expect(seat(codes[0]!, 'openai')).toMatchObject({ name: 'Ada', tokenHash: hash });
    expect(findMatchRoom(codes[0]!)!.match.seats.all().filter((x) => x.name === 'Ada')).toHaveLength(1);
  });

  it('the teacher paces four quarters; the student reloads and closes the tab on the way; no group runs ahead', async () => {
    // The other students join with the SDK: Meta in group 1, OpenAI and Meta in groups 2 and 3.
    const names = ['Bo', 'Chen', 'Dina', 'Eli', 'Fatima'];
    const seatsToFill: [number, Role][] = [
      [0, 'meta'],
      [1, 'openai'],
      [1, 'meta'],
      [2, 'openai'],
      [2, 'meta'],
    ];
    for (const [g, role] of seatsToFill) {
      const room = await sdk(PORT).joinById(codes[g]!, { name: names[students.length]!, role });
      room.onMessage('*', () => undefined);
      students.push({ room, code: codes[g]!, role });
    }
    const page = teacher.page;
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await waitCards(page, (cs) => cs.every((g) => g.phase === 'planning' && g.quarter === 0), 'every group planning quarter 1');
    const pace = watchPace(codes);
    const hash = seat(codes[0]!, 'openai').tokenHash;
    const others = (g: number) => students.filter((s) => s.code === codes[g]);
    let p = phone.page;

    for (let q = 0; q < 4; q++) {
      if (q === 1) {
        // Closes the tab, then opens the QR link again in a new tab.
        await p.close();
        await expect.poll(() => seat(codes[0]!, 'openai').connected).toBe(false);
        p = await phone.context.newPage();
        phone.page = p;
        await p.goto(`${joinLink}&lang=en`);
        await waitScreenId(p, ['planning']);
        await expect.poll(() => seat(codes[0]!, 'openai').connected).toBe(true);
        expect(seat(codes[0]!, 'openai')).toMatchObject({ name: 'Ada', tokenHash: hash });
      }
      if (q === 2) {
        await p.reload();
        await waitScreenId(p, ['planning']);
        await expect.poll(() => seat(codes[0]!, 'openai').connected).toBe(true);
        expect(seat(codes[0]!, 'openai')).toMatchObject({ name: 'Ada', tokenHash: hash });
      }
      // Groups 2 and 3 submit: they resolve and wait; group 1 (Ada has not submitted) plans on.
      await submit([...others(1), ...others(2)]);
      await submit(others(0));
      if (q === 3) break;
      await waitCards(page, (cs) => cs[0]!.phase === 'planning' && cs[1]!.phase === 'results' && cs[2]!.phase === 'results', `groups 2 and 3 resolved quarter ${q + 1}, group 1 still planning`);
      // Students pressing "ready" do not move their group past the class.
      for (const s of others(1)) await s.room.request(C2S.ready as never, { ready: true } as never, { timeout: 10_000 });
      await page.waitForTimeout(600);
      expect(findMatchRoom(codes[1]!)!.match.phase).toBe('results');
      if (q === 0) {
        await shootClass(teacher, 'console-waiting');
        await expectAxeClean(teacher, 'console with groups waiting for the class');
      }
      // "Next quarter": group 1 resolves (autopilot plays Ada's seat) and every group plans the same quarter.
      await clickNext(page);
      await waitCards(page, (cs) => cs.every((g) => g.phase === 'planning' && g.quarter === q + 1), `every group planning quarter ${q + 2}`);
      await waitScreenId(p, ['planning']);
    }
    // The last quarter: groups 2 and 3 finished; the teacher resolves group 1 now.
    await waitCards(page, (cs) => cs[1]!.phase === 'debrief' && cs[2]!.phase === 'debrief', 'groups 2 and 3 finished');
    await page.getByRole('button', { name: 'Resolve now' }).click();
    await waitCards(page, (cs) => cs.every((g) => g.phase === 'debrief'), 'every group finished');
    expect(pace.stop()).toEqual([]);
    for (const code of codes) expect(findMatchRoom(code)!.match.reports).toHaveLength(4);
    // The student's screen follows the class to its end: the final results (held until she reads them), then the debrief.
    await waitScreenId(p, ['results', 'debrief']);
    expect(seat(codes[0]!, 'openai')).toMatchObject({ name: 'Ada', tokenHash: hash });
    expect(teacherProblems.errors).toEqual([]);
  });
});
