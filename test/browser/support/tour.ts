// Development helper: a screenshot tour of every screen for a UI review, at one size and language.
// It starts its own server (in this process, records in a temporary folder) on PORT (default 2652).
// Usage: npx tsx test/browser/support/tour.ts <part> <lang> <width>x<height> [role]
//   part: solo (Home → quick match → quarters with a cloud launch, deals, distress, host panel → debrief),
//         lobby (host + guest lobby, final results of a 2-quarter match), replay (list, viewer tabs, fork
//         dialog, forked lobby), class (setup, console with 2 and 12 groups, projector modes, class debrief)
// Screenshots go to test/artifacts/tour/<part>-<lang>-<size>-<step>.png.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { Client, type Room } from '@colyseus/sdk';
import { findMatchRoom, startGameServer } from '../../../server';
import { finishedMatch } from './finishedMatch';
import { botOrders } from '../../../server/room/autopilot';
import { C2S } from '../../../shared/protocol';
import { ARTIFACTS, openContext } from './browser';
import { DIST } from './harness';
import { click, fill, settle, waitScene, waitWidget, widget, widgets } from './ui';

const [part = 'solo', lang = 'en', size = '1280x720', role = 'openai'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const port = Number(process.env.PORT ?? 2652);
const dir = path.join(ARTIFACTS, 'tour');
mkdirSync(dir, { recursive: true });
const game = await startGameServer({ port, host: '127.0.0.1', staticDir: DIST, dataDir: mkdtempSync(path.join(tmpdir(), 'cr-tour-')) });
const url = `http://127.0.0.1:${port}/?lang=${lang}`;
const errors: string[] = [];

async function page(): Promise<{ p: Page; close(): Promise<void> }> {
  const { page: p, close } = await openContext({ width, height });
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('pageerror', (e) => errors.push(e.message));
  return { p, close };
}

async function shot(p: Page, step: string, ms = 400): Promise<void> {
  await p.mouse.move(2, 2);
  await settle(p, ms);
  const file = path.join(dir, `${part}-${lang}-${size}-${role}-${step}.png`);
  await p.screenshot({ path: file });
  console.log(file);
}

async function hover(p: Page, id: string, step: string): Promise<void> {
  const w = await widget(p, id);
  if (!w) return void console.log(`(no ${id} to hover)`);
  await p.mouse.move(w.css.x + w.css.w / 2, w.css.y + w.css.h / 2);
  await settle(p, 700);
  await p.screenshot({ path: path.join(dir, `${part}-${lang}-${size}-${role}-${step}.png`) });
}

async function has(p: Page, id: string): Promise<boolean> {
  return (await widget(p, id)) !== null;
}

async function planningTabs(p: Page, tag: string): Promise<void> {
  await waitWidget(p, 'dp.submit');
  await shot(p, `${tag}-planning`, 1200);
  for (const tab of ['supplier', 'compute', 'finance', 'deals', 'build']) {
    await click(p, `dp.tab.${tab}`);
    await shot(p, `${tag}-dp-${tab}`);
  }
  for (const tab of ['investors', 'company', 'news', 'markets']) {
    await click(p, `center.tab.${tab}`);
    await shot(p, `${tag}-center-${tab}`, 600);
    if (tab === 'company' && (await has(p, 'inv.figure.circular'))) await hover(p, 'inv.figure.circular', `${tag}-circular-tooltip`);
  }
}

async function submitAndResults(p: Page, tag: string): Promise<void> {
  await click(p, 'dp.submit');
  await waitScene(p, 'Results', 60_000);
  await shot(p, `${tag}-results`, 4500);
}

async function solo(): Promise<void> {
  const { p, close } = await page();
  await p.goto(url);
  await waitScene(p, 'Home');
  await shot(p, 'home', 800);
  await fill(p, 'home.name', 'Ada');
  await click(p, `home.role.${role}`);
  await shot(p, 'home-role');
  await hover(p, 'home.role.amazon', 'home-tooltip');
  await click(p, 'home.quick');
  await waitScene(p, 'Planning');
  await planningTabs(p, 'q1');
  await fill(p, 'order.chips.gw', '1');
  await fill(p, 'order.build.gw', '1');
  await shot(p, 'q1-filled');
  await hover(p, 'dp.cashAfter', 'q1-cashAfter-tooltip');
  await submitAndResults(p, 'q1');
  await click(p, 'results.continue');
  await waitScene(p, 'Planning');
  // Q2: launch a cloud, propose a deal to the neutral provider.
  await waitWidget(p, 'dp.submit');
  await click(p, 'dp.tab.compute');
  if (await has(p, 'order.cloud.launch')) await click(p, 'order.cloud.launch');
  await shot(p, 'q2-dp-compute-launch');
  await click(p, 'dp.tab.deals');
  await click(p, 'deal.send');
  await shot(p, 'q2-dp-deals-sent', 800);
  await click(p, 'dp.tab.build');
  await submitAndResults(p, 'q2');
  await click(p, 'results.continue');
  await waitScene(p, 'Planning');
  // Q3: overspend to run out of cash (distress news); the host panel injects an event.
  await waitWidget(p, 'dp.submit');
  await click(p, 'top.host');
  await waitWidget(p, 'host.injectButton');
  await shot(p, 'q3-hostpanel');
  await click(p, 'host.event.powerCrunch');
  await click(p, 'host.injectButton');
  await shot(p, 'q3-hostpanel-injected', 600);
  await p.keyboard.press('Escape');
  // Engine 2 judges solvency by the company: 3 GW of chips and shells strain OpenAI without sinking it.
  await fill(p, 'order.chips.gw', '3');
  await fill(p, 'order.chips.maxPricePerGW', '40');
  await fill(p, 'order.build.gw', '3');
  await shot(p, 'q3-overspend', 600);
  await submitAndResults(p, 'q3');
  await click(p, 'results.continue');
  await waitScene(p, 'Planning');
  await planningTabs(p, 'q4');
  await submitAndResults(p, 'q4');
  await click(p, 'results.continue');
  await waitScene(p, 'Planning');
  await waitWidget(p, 'dp.submit');
  // A dropped connection: the banner.
  await p.evaluate(() => window.__crTest!.dropConnection());
  await p.waitForSelector('#conn-banner:not([hidden])', { timeout: 10_000 }).catch(() => undefined);
  await shot(p, 'q5-reconnecting', 100);
  await p.waitForFunction(() => window.__cr!.match().connection === 'connected', null, { timeout: 30_000 });
  await click(p, 'top.host');
  await click(p, 'host.end');
  await shot(p, 'q5-host-end-confirm');
  await click(p, 'host.end');
  await waitScene(p, 'Debrief', 60_000);
  await shot(p, 'debrief', 2500);
  await click(p, 'debrief.view.lesson7');
  await shot(p, 'debrief-lesson7', 1500);
  await click(p, 'debrief.view.charts');
  await close();
}

async function lobby(): Promise<void> {
  const a = await page();
  const b = await page();
  await a.p.goto(url);
  await waitScene(a.p, 'Home');
  await fill(a.p, 'home.name', 'Ann');
  await click(a.p, `home.role.${role}`);
  await click(a.p, 'home.hostMode.play');
  await click(a.p, 'home.create');
  await waitScene(a.p, 'Lobby');
  await a.p.waitForFunction(() => /^[A-Z2-9]{6}$/.test(window.__cr!.match().code ?? ''));
  const code = (await a.p.evaluate(() => window.__cr!.match().code))!;
  await shot(a.p, 'lobby-host-alone', 800);
  await b.p.goto(url);
  await waitScene(b.p, 'Home');
  await fill(b.p, 'home.name', 'Bo');
  await fill(b.p, 'home.code', code);
  await shot(b.p, 'home-join-filled');
  await click(b.p, 'home.join');
  await waitScene(b.p, 'Lobby');
  await shot(b.p, 'lobby-guest-unseated', 800);
  const other = role === 'amazon' ? 'meta' : 'amazon';
  await click(b.p, `lobby.take.${other}`);
  await b.p.waitForFunction((r) => window.__cr!.match().role === r, other);
  await fill(a.p, 'lobby.settings.quarters', '4');
  await fill(a.p, 'lobby.settings.results', '0');
  await click(a.p, 'lobby.settings.apply');
  await click(b.p, 'lobby.ready');
  await shot(b.p, 'lobby-guest-ready', 800);
  await shot(a.p, 'lobby-host', 800);
  await click(a.p, 'lobby.ready');
  await a.p.waitForFunction(() => window.__cr!.widgets().find((w) => w.id === 'lobby.start')?.enabled);
  await shot(a.p, 'lobby-host-ready');
  await click(a.p, 'lobby.start');
  await waitScene(a.p, 'Planning');
  await waitScene(b.p, 'Planning');
  await waitWidget(b.p, 'dp.submit');
  await shot(b.p, 'guest-planning', 1000);
  for (let q = 1; q <= 4; q++) {
    const look = q === 1 || q === 4;
    await click(a.p, 'dp.submit');
    if (look) await shot(a.p, `q${q}-host-submitted`, 600);
    await click(b.p, 'dp.submit');
    await waitScene(a.p, 'Results', 60_000);
    await waitScene(b.p, 'Results', 60_000);
    if (look) await shot(a.p, `q${q}-host-results`, 4500);
    if (look) await shot(b.p, `q${q}-guest-results`, 200);
    if (q < 4) {
      await click(b.p, 'results.continue');
      if (look) await shot(b.p, `q${q}-guest-results-ready`, 400);
      if (look) await shot(a.p, `q${q}-host-results-guestready`, 400);
      await click(a.p, 'results.continue');
      await waitScene(a.p, 'Planning', 60_000);
    }
  }
  await shot(a.p, 'final-results', 500);
  await click(a.p, 'results.debrief');
  await waitScene(a.p, 'Debrief');
  await shot(a.p, 'final-debrief', 2500);
  await a.close();
  await b.close();
}

async function replay(): Promise<void> {
  await finishedMatch('tour-replay', 8);
  await finishedMatch('tour-replay-2', 4);
  const { p, close } = await page();
  await p.goto(url);
  await waitScene(p, 'Home');
  await click(p, 'home.replays');
  await waitScene(p, 'ReplayList');
  await shot(p, 'replay-list', 800);
  await click(p, 'replay.watch.0');
  await waitScene(p, 'Replay');
  await shot(p, 'replay-start', 800);
  for (let i = 0; i < 3; i++) await click(p, 'replay.stepForward');
  await shot(p, 'replay-orders');
  await click(p, `replay.company.${role}`).catch(() => undefined);
  await shot(p, 'replay-orders-role');
  for (const tab of ['markets', 'charts', 'company']) {
    await click(p, `replay.tab.${tab}`);
    await shot(p, `replay-${tab}`, 600);
  }
  await click(p, 'replay.fork');
  await waitWidget(p, 'replay.fork.go');
  await shot(p, 'replay-fork');
  await click(p, 'replay.fork.go');
  await waitScene(p, 'Lobby', 20_000);
  await shot(p, 'fork-lobby', 1000);
  await close();
}

async function classroom(groups: number, tag: string): Promise<void> {
  const { p, close } = await page();
  await p.goto(url);
  await waitScene(p, 'Home');
  await click(p, 'home.teach');
  await waitScene(p, 'ClassSetup');
  await fill(p, 'class.title', 'Econ 101');
  await click(p, `class.groups.${groups}`).catch(async () => fill(p, 'class.groups', String(groups)));
  await shot(p, `${tag}-setup`);
  await click(p, 'class.create');
  await waitScene(p, 'ClassHost');
  await p.waitForFunction((n) => window.__cr!.widgets().filter((w) => /^host\.group\.\d+$/.test(w.id)).length === n, groups, { timeout: 30_000 });
  const codes: string[] = (await widgets(p)).filter((w) => /^host\.group\.\d+$/.test(w.id)).map((w) => (w.state as { code: string }).code);
  // Students: two in every group (the group's first two seats), one more in group 1.
  const students: { room: Room; code: string; role: 'openai' | 'amazon' | 'meta' }[] = [];
  const names = ['Ada', 'Bo', 'Chen', 'Dina', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivo', 'Jae', 'Kofi', 'Lea'];
  for (const [g, code] of codes.entries()) {
    for (const r of g === 0 ? (['openai', 'amazon', 'meta'] as const) : (['openai', 'amazon'] as const)) {
      const room = await new Client(`ws://127.0.0.1:${port}`).joinById(code, { name: `${names[students.length % names.length]}${students.length >= names.length ? students.length : ''}`, role: r });
      room.onMessage('*', () => undefined);
      students.push({ room, code, role: r });
    }
  }
  const submit = async (code: string) => {
    for (const st of students.filter((x) => x.code === code)) {
      const m = findMatchRoom(code)!.match;
      await st.room.request(C2S.submitOrders as never, { orders: botOrders(m.state, m.reports, st.role, 'builder') } as never, { timeout: 10_000 });
    }
  };
  await settle(p, 1200);
  await shot(p, `${tag}-console-lobby`, 600);
  const stored = JSON.parse((await p.evaluate(() => sessionStorage.getItem('computeRace.class')))!);
  const proj = await page();
  await proj.p.goto(`http://127.0.0.1:${port}/?projector=${stored.classId}&lang=${lang}#key=${encodeURIComponent(stored.viewKey)}`);
  await waitScene(proj.p, 'ClassProjector');
  await shot(proj.p, `${tag}-projector-join`, 1200);
  await click(p, 'host.all.start');
  await settle(p, 1500);
  await submit(codes[0]);
  await settle(p, 1500);
  await shot(p, `${tag}-console-planning`, 600);
  await click(p, 'host.all.resolveNow');
  await settle(p, 2500);
  await shot(p, `${tag}-console-resolved`, 600);
  for (let q = 2; q <= 4; q++) {
    await click(p, 'host.all.next');
    await settle(p, 1500);
    await submit(codes[0]);
    await settle(p, 1000);
    if ((await widget(p, 'host.all.resolveNow'))?.enabled) await click(p, 'host.all.resolveNow');
    await settle(p, 2500);
  }
  await shot(p, `${tag}-console-q3`, 600);
  await shot(proj.p, `${tag}-projector-all`, 1000);
  await click(p, 'host.projectorMode.1');
  await settle(proj.p, 2500);
  await shot(proj.p, `${tag}-projector-group`, 800);
  await click(p, 'host.all.inject');
  await shot(p, `${tag}-console-inject`, 600);
  await p.keyboard.press('Escape');
  await click(p, 'host.all.end');
  await shot(p, `${tag}-console-confirm-end`, 400);
  await click(p, 'confirm.end');
  await settle(p, 2000);
  await shot(p, `${tag}-console-ended`, 600);
  await click(p, 'host.debrief');
  await waitScene(p, 'ClassDebrief');
  await shot(p, `${tag}-debrief-overview`, 1200);
  const nav = (await widgets(p)).filter((w) => w.id.startsWith('deb.nav.')).map((w) => w.id);
  for (const id of nav) {
    await click(p, id);
    await shot(p, `${tag}-debrief-${id.slice(8)}`, 600);
  }
  for (const st of students) await st.room.leave().catch(() => undefined);
  await proj.close();
  await close();
}

try {
  if (part === 'solo') await solo();
  else if (part === 'lobby') await lobby();
  else if (part === 'replay') await replay();
  else if (part === 'class') {
    await classroom(2, 'c2');
    await classroom(12, 'c12');
  } else throw new Error(`unknown part '${part}': solo, lobby, replay or class`);
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  console.log('errors:', errors);
  // A room a closed browser left behind can keep the server busy: do not wait for it forever.
  await Promise.race([game.close(), new Promise((r) => setTimeout(r, 5000))]);
  process.exit(process.exitCode ?? 0);
}
