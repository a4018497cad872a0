import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { openContext } from '../test/browser/support/browser';
import { click, fill, waitScene, waitWidget } from '../test/browser/support/ui';

// `npm run bench:client`: the production client's size (raw and gzip), the time from navigation
// to an interactive Home screen, and frame times on the Planning screen, in headless Chromium
// against the real server on 127.0.0.1. Prints figures; asserts nothing.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist', 'client');
const PORT = Number(process.env.BENCH_PORT ?? 2670);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

if (!existsSync(path.join(dist, 'index.html'))) {
  console.log('No client build in dist/client: building it with Vite…');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

// 1. Bundle size: what a browser downloads before it can play (code, styles, page), and the art.
const all = files(dist);
const code = all.filter((f) => /\.(js|css|html)$/.test(f));
const art = all.filter((f) => !/\.(js|css|html)$/.test(f));
const sum = (fs: string[]) => fs.reduce((acc, f) => acc + statSync(f).size, 0);
const gz = (fs: string[]) => fs.reduce((acc, f) => acc + gzipSync(readFileSync(f), { level: 9 }).length, 0);
console.log('Production bundle (dist/client)');
for (const f of code) console.log(`  ${path.relative(dist, f).padEnd(36)} ${kb(statSync(f).size).padStart(12)} raw ${kb(gzipSync(readFileSync(f), { level: 9 }).length).padStart(12)} gzip`);
console.log(`  ${'code total (js + css + html)'.padEnd(36)} ${kb(sum(code)).padStart(12)} raw ${kb(gz(code)).padStart(12)} gzip`);
console.log(`  ${`art (${art.length} files in assets/)`.padEnd(36)} ${kb(sum(art)).padStart(12)} raw ${kb(gz(art)).padStart(12)} gzip`);

// 2 and 3 need the server and the browser.
const { startGameServer } = await import('../server');
const server = await startGameServer({ port: PORT, host: '127.0.0.1', staticDir: dist });
const url = `http://127.0.0.1:${PORT}/?lang=en`;
try {
  const homes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, close } = await openContext({ width: 1280, height: 720 });
    await page.goto(url);
    await waitScene(page, 'Home', 60_000);
    await waitWidget(page, 'home.quick');
    homes.push(Number(await page.evaluate(() => document.body.dataset.homeReadyAt)));
    await close();
  }
  console.log(`\nNavigation → Home interactive (${RUNS} fresh profiles, 1280×720)`);
  console.log(`  median ${ms(quantile(homes, 0.5))}   min ${ms(Math.min(...homes))}   max ${ms(Math.max(...homes))}`);

  const { page, close } = await openContext({ width: 1280, height: 720 });
  await page.goto(url);
  await waitScene(page, 'Home', 60_000);
  await fill(page, 'home.name', 'Bench');
  await click(page, 'home.quick');
  await waitScene(page, 'Planning', 60_000);
  await waitWidget(page, 'dp.submit');
  await page.waitForTimeout(1500);
  const idle = await page.evaluate(() => window.__cr!.frames(5000));
  // The same with the player typing into the decision panel (live validation and preview).
  const typing = page.evaluate(() => window.__cr!.frames(5000));
  for (let i = 0; i < 10; i++) {
    await fill(page, 'order.chips.gw', String((i % 5) + 0.5));
    await page.waitForTimeout(400);
  }
  const busy = await typing;
  await close();
  const report = (name: string, f: { work: number[]; interval: number[] }) => {
    console.log(`  ${name}: ${f.interval.length} frames`);
    console.log(`    frame interval  median ${ms(quantile(f.interval, 0.5))}   p95 ${ms(quantile(f.interval, 0.95))}`);
    console.log(`    frame work      median ${ms(quantile(f.work, 0.5))}   p95 ${ms(quantile(f.work, 0.95))}   (step start → render end, CPU)`);
  };
  console.log('\nPlanning screen frame times (1280×720, headless Chromium, software WebGL; the game caps at 30 fps)');
  report('idle, 5 s', idle);
  report('typing orders, 5 s', busy);
} finally {
  await server.close();
}
process.exit(0);
