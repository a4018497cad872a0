import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Room } from '@colyseus/sdk';
import { startGameServer, findMatchRoom, type GameServer } from '../../../server';
import { CSV_HEADER } from '../../../shared/classroom/csv';
import { defaultOrders } from '../../../shared/engine';
import { C2S } from '../../../shared/protocol';
import { validateOrders } from '../../../shared/orders';
import type { Orders } from '../../../shared/orders/types';
import { botOrders } from '../../../server/room/autopilot';
import { artifactPath, openContext, type OpenedContext } from '../../browser/support/browser';
import { DIST, shot, watchPage, type PageProblems } from '../../browser/support/harness';
import { click, fill, settle, waitScene, waitWidget, widget, widgets } from '../../browser/support/ui';
import { sdk } from '../helpers';

// The classroom in Chromium: a teacher sets up a class of 6 groups from Home, 12 students join
// (SDK clients), the console shows them, the projector shows the join board, the groups side by
// side and one group live; the teacher starts, pauses, injects an event, resumes and paces the
// quarters, reloads the console and keeps control, then opens the class debrief and exports the
// CSV, the JSON and PNGs. Screenshots of every screen go to test/artifacts/ (class-*.png).

const PORT = 2760;
const GROUPS = 6;

let game: GameServer;
let url = '';
let teacher: OpenedContext;
let projector: OpenedContext;
let problems: PageProblems;
let projProblems: PageProblems;
const students: { room: Room; code: string; role: 'openai' | 'meta' }[] = [];
let codes: string[] = [];

async function groupStates(page: Page): Promise<any[]> {
  const all = await widgets(page);
  return Array.from({ length: GROUPS }, (_, i) => all.find((w) => w.id === `host.group.${i}`)?.state ?? null);
}

async function waitGroups(page: Page, test: (states: any[]) => boolean, what: string, timeout = 20_000): Promise<any[]> {
  const end = Date.now() + timeout;
  let last: any[] = [];
  while (Date.now() < end) {
    last = await groupStates(page);
    if (last.every(Boolean) && test(last)) return last;
    await page.waitForTimeout(150);
  }
  throw new Error(`console never showed: ${what}; last states ${JSON.stringify(last)}`);
}

/** Students decide differently in each group (a bot persona stands in for each group's style). */
const STYLES = ['classic', 'builder', 'cloud-first', 'frugal', 'balanced', 'builder'] as const;

function studentOrders(code: string, role: 'openai' | 'meta'): Orders {
  const m = findMatchRoom(code)!.match;
  const orders = botOrders(m.state, m.reports, role, STYLES[codes.indexOf(code) % STYLES.length]);
  const check = validateOrders(orders, { state: m.state, role });
  return check.ok ? check.orders : structuredClone(defaultOrders(m.state, role));
}

async function submit(list = students): Promise<void> {
  for (const s of list) {
    const r = (await s.room.request(C2S.submitOrders as never, { orders: studentOrders(s.code, s.role) } as never, { timeout: 10_000 })) as { ok: boolean };
    expect(r.ok).toBe(true);
  }
}
const submitAll = () => submit();

async function download(page: Page, id: string): Promise<{ name: string; file: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), click(page, id)]);
  const file = artifactPath(`class-download-${dl.suggestedFilename()}`);
  await dl.saveAs(file);
  return { name: dl.suggestedFilename(), file };
}

describe('classroom mode in the browser', () => {
  beforeAll(async () => {
    game = await startGameServer({ port: PORT, host: '127.0.0.1', staticDir: DIST, dataDir: mkdtempSync(path.join(tmpdir(), 'cr-class-browser-')) });
    url = `http://127.0.0.1:${PORT}/`;
    teacher = await openContext({ width: 1280, height: 720 });
    projector = await openContext({ width: 1920, height: 1080 });
    problems = watchPage(teacher.page, 'teacher');
    projProblems = watchPage(projector.page, 'projector');
  });

  afterAll(async () => {
    for (const s of students) await s.room.leave().catch(() => undefined);
    await teacher?.close();
    await projector?.close();
    await game?.close();
  });

  let classId = '';
  let viewKey = '';

  it('sets up a class of 6 groups from Home and shows the console', async () => {
    const page = teacher.page;
    await page.goto(`${url}?lang=en`);
    await waitScene(page, 'Home');
    await settle(page, 300);
    await shot(page, 'class-home-en');
    await click(page, 'home.teach');
    await waitScene(page, 'ClassSetup');
    await fill(page, 'class.title', 'Econ 101');
    await fill(page, 'class.seed', 'browser-class');
    await click(page, `class.groups.${GROUPS}`);
    await click(page, 'class.quarters.4');
    await click(page, 'class.planning.300');
    await click(page, 'class.results.0');
    await click(page, 'class.persona.google.cloud-first');
    await page.mouse.move(5, 700);
    await settle(page, 300);
    await shot(page, 'class-setup-en');
    await click(page, 'class.create');
    await waitScene(page, 'ClassHost');
    const states = await waitGroups(page, (s) => s.every((g) => g.phase === 'lobby'), 'six groups in the lobby');
    codes = states.map((s) => s.code);
    expect(new Set(codes).size).toBe(GROUPS);
    const stored = JSON.parse((await page.evaluate(() => sessionStorage.getItem('computeRace.class')))!);
    classId = stored.classId;
    viewKey = stored.viewKey;
    expect(stored.hostSecret).toMatch(/.{20,}/);
    expect(new URL(page.url()).searchParams.get('teach')).toBe(classId);
    for (const c of codes) expect(findMatchRoom(c)!.match.settings).toMatchObject({ seed: 'browser-class', quarters: 4, planningSeconds: 300, resultsSeconds: 0 });
    expect(findMatchRoom(codes[0])!.match.settings.seats.google.persona).toBe('cloud-first');
  });

  it('shows students joining, connected, in their groups; the projector shows the join board', async () => {
    const names = ['Ada', 'Bo', 'Chen', 'Dina', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivo', 'Jae', 'Kofi', 'Lea'];
    for (let g = 0; g < GROUPS; g++) {
      for (const role of ['openai', 'meta'] as const) {
        const room = await sdk(PORT).joinById(codes[g], { name: names[students.length], role });
        room.onMessage('*', () => undefined);
        students.push({ room, code: codes[g], role });
      }
    }
    const page = teacher.page;
    await waitGroups(page, (s) => s.every((g) => g.joined === 2), 'two students joined in every group');
    const seat = await widget(page, 'host.group.0.seat.openai');
    expect(seat?.state).toMatchObject({ name: 'Ada', claimed: true, connected: true, submitted: false });
    await settle(page, 400);
    await shot(page, 'class-console-lobby-en');

    const p = projector.page;
    await p.goto(`${url}?projector=${classId}&lang=en#key=${encodeURIComponent(viewKey)}`);
    await waitScene(p, 'ClassProjector');
    await p.waitForFunction(() => window.__cr!.widgets().find((w) => w.id === 'projector.view')?.state?.groups === 6);
    await settle(p, 500);
    await shot(p, 'class-projector-join-en');
  });

  it('starts, pauses, injects an event into every group and resumes from the console', async () => {
    const page = teacher.page;
    await click(page, 'host.all.start');
    await waitGroups(page, (s) => s.every((g) => g.phase === 'planning'), 'every group planning');
    await submitAll();
    await waitGroups(page, (s) => s.every((g) => g.phase === 'results'), 'every group in the results of quarter 1');
    await click(page, 'host.all.next');
    await waitGroups(page, (s) => s.every((g) => g.phase === 'planning' && g.quarter === 1), 'quarter 2 planning');

    await click(page, 'host.all.pause');
    await waitGroups(page, (s) => s.every((g) => g.paused), 'every group paused');
    await click(page, 'host.all.inject');
    await click(page, 'inject.event.bubbleCall');
    await settle(page, 200);
    await shot(page, 'class-console-inject-en');
    await click(page, 'inject.go');
    await page.waitForFunction(() => true);
    for (const c of codes) await expectSoon(() => findMatchRoom(c)!.match.hostEvents.length === 1, `event queued in ${c}`);
    // Every student submits while paused: nothing resolves.
    await submitAll();
    await settle(page, 500);
    const paused = await groupStates(page);
    expect(paused.every((g) => g.phase === 'planning' && g.submitted === 2)).toBe(true);
    await shot(page, 'class-console-paused-en');
    await click(page, 'host.all.resume');
    await waitGroups(page, (s) => s.every((g) => g.phase === 'results' && g.quarter === 2), 'quarter 2 resolved everywhere');
    for (const c of codes) {
      const reports = findMatchRoom(c)!.match.reports;
      expect(reports[1].events).toContainEqual({ id: 'bubbleCall', injected: true, started: true });
    }
    await click(page, 'host.all.next');
    await waitGroups(page, (s) => s.every((g) => g.phase === 'planning' && g.quarter === 2), 'quarter 3 planning');
    // Two groups submit; the teacher resolves the rest now (the two already resolved say so).
    await submit(students.filter((s) => s.code === codes[0] || s.code === codes[1]));
    await waitGroups(page, (s) => s[0].phase === 'results' && s[1].phase === 'results', 'groups 1 and 2 resolved');
    await click(page, 'host.all.resolveNow');
    await waitGroups(page, (s) => s.every((g) => g.phase === 'results' && g.quarter === 3), 'quarter 3 resolved');
    await settle(page, 500);
    await shot(page, 'class-console-results-en');
    expect(problems.errors).toEqual([]);
  });

  it('the projector shows every group side by side, then one group live when the teacher switches', async () => {
    const p = projector.page;
    await p.waitForFunction(() => window.__cr!.widgets().some((w) => w.id === 'projector.shares.0'));
    await settle(p, 600);
    await shot(p, 'class-projector-all-en');
    await click(teacher.page, 'host.projectorMode.1');
    await p.waitForFunction(() => window.__cr!.widgets().find((w) => w.id === 'projector.view')?.state?.snapshot === true, null, { timeout: 20_000 });
    await waitWidget(p, 'projector.chips');
    await settle(p, 800);
    await shot(p, 'class-projector-group-en');
    const chips = await widget(p, 'projector.chips');
    expect(chips?.state?.clearing).toBeTruthy();
    await click(teacher.page, 'host.projectorMode.all');
    await p.waitForFunction(() => window.__cr!.widgets().find((w) => w.id === 'projector.view')?.state?.mode === 'all');
    expect(projProblems.errors).toEqual([]);
  });

  it('a reload of the console keeps control of the class', async () => {
    const page = teacher.page;
    await page.reload();
    await waitScene(page, 'ClassHost');
    await waitGroups(page, (s) => s.every((g) => g.phase === 'results'), 'groups after the reload');
    await click(page, 'host.all.next');
    await waitGroups(page, (s) => s.every((g) => g.phase === 'planning' && g.quarter === 3), 'quarter 4 planning after the reload');
    await click(page, 'host.all.end');
    await click(page, 'confirm.end');
    await waitGroups(page, (s) => s.every((g) => g.phase === 'debrief'), 'every group ended');
    await settle(page, 300);
    await shot(page, 'class-console-ended-en');
  });

  it('the class debrief compares the groups, shows the seven lessons and exports CSV, JSON and PNG', async () => {
    const page = teacher.page;
    await click(page, 'host.debrief');
    await waitScene(page, 'ClassDebrief');
    await waitWidget(page, 'deb.tsr.5');
    await settle(page, 500);
    await shot(page, 'class-debrief-overview-en');
    for (const id of ['capex', 'mood', 'capexReturn', 'marketsClear', 'commitmentsBind', 'reflexivity', 'obsolescence', 'narratives', 'circularMoney']) {
      await click(page, `deb.nav.${id}`);
      await waitWidget(page, `deb.chart.${id}`);
      await settle(page, 400);
      await shot(page, `class-debrief-${id}-en`);
    }
    // The last lesson shown is lesson 7; its finding is one of its three kinds.
    expect(['none', 'peak', 'noticed']).toContain((await widget(page, 'deb.finding.circularMoney'))?.state?.key);
    await click(page, 'deb.nav.narratives');
    await waitWidget(page, 'deb.chart.narratives');
    const finding = await widget(page, 'deb.finding.narratives');
    expect(finding?.state?.key).toBe('event');

    const csv = await download(page, 'deb.csv');
    expect(csv.name).toBe('compute-race-class-econ-101-browser-class.csv');
    const text = readFileSync(csv.file, 'utf8').replace(/^\ufeff/, '');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_HEADER]);
    expect(parsed.data).toHaveLength(GROUPS * 3 * 5);
    expect(parsed.data.filter((r) => r.quarter === '2' && r.events_injected === 'bubbleCall')).toHaveLength(GROUPS * 5);

    const json = await download(page, 'deb.json');
    const body = JSON.parse(readFileSync(json.file, 'utf8'));
    expect(body).toMatchObject({ format: 'compute-race-class', classId, title: 'Econ 101', seed: 'browser-class' });
    expect(body.records).toHaveLength(GROUPS);

    await click(page, 'deb.nav.reflexivity');
    await waitWidget(page, 'deb.chart.reflexivity');
    const png = await download(page, 'deb.png');
    expect(png.name).toBe('compute-race-class-econ-101-browser-class-reflexivity.png');
    const bytes = readFileSync(png.file);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.length).toBeGreaterThan(5000);
    expect(problems.errors).toEqual([]);
  });

  it('Arabic: the console, the projector and the debrief lay out right to left', async () => {
    const page = teacher.page;
    await page.evaluate(() => window.__cr!.setLocale('ar'));
    await click(page, 'deb.nav.overview');
    await settle(page, 600);
    await shot(page, 'class-debrief-overview-ar');
    await click(page, 'deb.nav.capexReturn');
    await settle(page, 600);
    await shot(page, 'class-debrief-capexReturn-ar');
    await click(page, 'deb.nav.circularMoney');
    await settle(page, 600);
    await shot(page, 'class-debrief-circularMoney-ar');
    await click(page, 'deb.console');
    await waitScene(page, 'ClassHost');
    await settle(page, 800);
    await shot(page, 'class-console-ended-ar');
    await projector.page.evaluate(() => window.__cr!.setLocale('ar'));
    await settle(projector.page, 800);
    await shot(projector.page, 'class-projector-all-ar');
    expect(problems.errors).toEqual([]);
    expect(projProblems.errors).toEqual([]);
  });
});

async function expectSoon(test: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (test()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
