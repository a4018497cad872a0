// Development helper: a server with finished matches and an uploaded record, and screenshots of
// the replay screens. Usage: npx tsx test/replay/support/viewerShots.ts [port] [lang]
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startGameServer } from '../../../server';
import { applyHostCommand, createMatchRoom } from '../../../server';
import { artifactPath, openContext } from '../../browser/support/browser';

const port = Number(process.argv[2] ?? 2745);
const lang = process.argv[3] ?? 'en';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-shots-'));
const game = await startGameServer({ port, host: '127.0.0.1', staticDir: path.join(root, 'dist/client'), dataDir });
const bots = { openai: { kind: 'bot' as const }, meta: { kind: 'bot' as const }, microsoft: { kind: 'bot' as const }, amazon: { kind: 'bot' as const }, google: { kind: 'bot' as const } };
for (const seed of ['class-mon', 'class-tue']) {
  const room = await createMatchRoom({ settings: { seed, quarters: 8, planningSeconds: 0, resultsSeconds: 0, seats: bots }, autoDispose: false });
  applyHostCommand(room.match, { command: 'start' });
  for (let q = 0; q < 8; q++) {
    applyHostCommand(room.match, { command: 'resolveNow' });
    if (q < 7) applyHostCommand(room.match, { command: 'next' });
  }
  await room.disconnect();
}
const golden = readFileSync(path.join(root, 'test/fixtures/golden/golden-mixed.json'));
await fetch(`http://127.0.0.1:${port}/api/records`, { method: 'POST', body: golden });
const sizes = process.argv[4] === 'all' ? [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }, { width: 1024, height: 640 }] : [{ width: 1280, height: 720 }];
for (const size of sizes) {
  const { page, close } = await openContext(size);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${port}/?lang=${lang}`);
  await page.waitForFunction(() => window.__cr?.scene() === 'Home', null, { timeout: 30000 });
  const click = async (id: string) => {
    await page.waitForFunction((wid) => !!window.__cr?.widgets().find((w) => w.id === wid && w.enabled), id, { timeout: 20000 });
    const w = (await page.evaluate((wid) => window.__cr!.widgets().find((x) => x.id === wid), id)) as any;
    await page.mouse.click(w.css.x + w.css.w / 2, w.css.y + w.css.h / 2);
  };
  const shot = async (name: string) => {
    await page.waitForTimeout(700);
    const f = artifactPath(`replay-${name}-${lang}-${size.width}x${size.height}.png`);
    await page.screenshot({ path: f });
    console.log(f);
  };
  await click('home.replays');
  await page.waitForFunction(() => window.__cr?.scene() === 'ReplayList');
  await page.waitForTimeout(500);
  await shot('list');
  await click('replay.watch.0');
  await page.waitForFunction(() => window.__cr?.scene() === 'Replay', null, { timeout: 20000 });
  await shot('start');
  for (let i = 0; i < 3; i++) await click('replay.stepForward');
  await shot('orders');
  await click('replay.tab.markets');
  await shot('markets');
  await click('replay.tab.charts');
  await shot('charts');
  await click('replay.tab.company');
  await shot('company');
  await click('replay.fork');
  await shot('fork');
  console.log('errors:', errors);
  await close();
}
await game.close();
process.exit(0);
