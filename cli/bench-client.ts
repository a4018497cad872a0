import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { openContext } from '../test/browser/support/browser';
import { sampleFrames, TRANSFERRED, WATCH_HOME_READY, type FrameSample } from './bench/pageProbes';
import { at } from '../shared/lists';

// `npm run bench:client`: the production client's chunks (raw, brotli, gzip), what the first
// interactive Home screen transfers (compressed, as served), the time from navigation to an
// interactive Home with a cold cache and a warm one, and the frame work of an idle Planning
// screen, in headless Chromium against the real server on 127.0.0.1. Prints figures and the
// targets of issue 14; asserts nothing.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist', 'client');
const PORT = Number(process.env.BENCH_PORT ?? 2670);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return at(s, Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5)), 'quantile sample');
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const size = (f: string) => (existsSync(f) ? statSync(f).size : NaN);

if (!existsSync(path.join(dist, 'index.html'))) {
  console.log('No client build in dist/client: building it with Vite…');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

// 1. The chunks, as the server sends them (brotli when the browser accepts it).
const assets = path.join(dist, 'assets');
const chunks = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
console.log('Client chunks (dist/client/assets)');
for (const f of [...chunks].sort((a, b) => size(path.join(assets, b)) - size(path.join(assets, a)))) {
  const p = path.join(assets, f);
  console.log(`  ${f.padEnd(44)} ${kb(size(p)).padStart(11)} raw ${kb(size(`${p}.br`)).padStart(11)} br ${kb(size(`${p}.gz`)).padStart(11)} gzip`);
}

async function homeReady(page: Page): Promise<number> {
  await page.waitForFunction('window.__benchHomeReady', null, { timeout: 60_000 });
  return Number(await page.evaluate('window.__benchHomeReady'));
}

const { startGameServer } = await import('../server');
const server = await startGameServer({ port: PORT, host: '127.0.0.1', staticDir: dist });
const url = `http://127.0.0.1:${PORT}/?lang=en`;
try {
  // 2. Home, cold (fresh profile) then warm (same profile, reloaded: hashed files from the cache).
  const cold: number[] = [];
  const warm: number[] = [];
  let bytes = 0;
  let files: { name: string; bytes: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, close } = await openContext({ width: 1366, height: 768 });
    await page.addInitScript({ content: WATCH_HOME_READY });
    await page.goto(url);
    cold.push(await homeReady(page));
    const t = (await page.evaluate(TRANSFERRED)) as { total: number; files: { name: string; bytes: number }[] };
    bytes = t.total;
    files = t.files;
    await page.goto('about:blank');
    await page.goto(url);
    warm.push(await homeReady(page));
    await close();
  }
  console.log('\nFirst interactive Home: what it transferred (compressed, headers included; target < 250 KB)');
  for (const f of files) console.log(`  ${f.name.padEnd(44)} ${kb(f.bytes).padStart(11)}`);
  console.log(`  ${'total'.padEnd(44)} ${kb(bytes).padStart(11)}  (${(bytes / 1000).toFixed(1)} KB)`);
  console.log(`\nNavigation → Home interactive on loopback (${RUNS} fresh profiles, 1366×768; target < 1.0 s cold)`);
  console.log(`  cold  median ${ms(quantile(cold, 0.5))}   min ${ms(Math.min(...cold))}   max ${ms(Math.max(...cold))}`);
  console.log(`  warm  median ${ms(quantile(warm, 0.5))}   min ${ms(Math.min(...warm))}   max ${ms(Math.max(...warm))}`);

  // 3. Planning, idle: a quick match against bots, then 5 s of frames with nobody touching it.
  const { page, close } = await openContext({ width: 1366, height: 768 });
  await page.goto(url);
  await page.locator('main[data-screen="home"]').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: /quick match/i }).first().click();
  console.log('\nPlanning screen, idle 5 s (1366×768, headless Chromium; target frame work p95 < 8 ms)');
  const shown = await page
    .locator('main[data-screen="planning"] h1')
    .waitFor({ timeout: 60_000 })
    .then(() => true)
    .catch(() => false);
  if (!shown) {
    console.log('  the Planning screen did not show within 60 s: no figure');
    await close();
    throw new Error('no Planning screen');
  }
  await page.waitForTimeout(2000);
  const idle = (await page.evaluate(sampleFrames(5000))) as FrameSample;
  await close();
  console.log(`  ${idle.interval.length} frames   interval median ${ms(quantile(idle.interval, 0.5))}   p95 ${ms(quantile(idle.interval, 0.95))}`);
  console.log(`  frame work  median ${ms(quantile(idle.work, 0.5))}   p95 ${ms(quantile(idle.work, 0.95))}   max ${ms(Math.max(...idle.work))}   (rAF start → after rendering)`);
  console.log(`  long animation frames (> 50 ms): ${idle.long.length}${idle.long.length ? ` (longest ${ms(Math.max(...idle.long))})` : ''}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
} finally {
  await server.close();
}
process.exit();
