import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goto, openApp, waitScreen } from './support/app';
import { DIST, DIST_TEST, startServer, type RunningServer } from './support/harness';

// Delivery of the production client (issue 14, item 5): Home loads without Phaser, the replay
// views or the classroom views (each is its own chunk, loaded when shown), the files arrive
// compressed, and test hooks exist only in the test build.

const PORT = 2712;
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(PORT);
});
afterAll(async () => {
  await server?.close();
});

const scripts = (dir: string) =>
  readdirSync(path.join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(path.join(dir, 'assets', f), 'utf8'));

describe('client delivery', () => {
  it('Home loads neither Phaser nor the replay or classroom views, and gets its files compressed', async () => {
    const app = await openApp({ size: 'laptop', lang: 'en' });
    try {
      await goto(app, server.url);
      await waitScreen(app.page, 'home');
      const loaded = await app.page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ name: new URL(e.name).pathname, transfer: e.transferSize, body: e.decodedBodySize })),
      );
      const js = loaded.filter((e) => e.name.endsWith('.js')).map((e) => path.basename(e.name));
      expect(js.length).toBeGreaterThan(0);
      expect(js.filter((f) => /phaser|Replay|Class|Planning|Results|Debrief/i.test(f))).toEqual([]);
      // Compressed on the wire: every script transferred well under its size.
      for (const e of loaded.filter((x) => x.name.endsWith('.js') && x.body > 20_000)) expect(e.transfer, e.name).toBeLessThan(e.body / 2);

      // The replay list then loads its own chunk, still without Phaser.
      await app.page.getByRole('button', { name: 'Replays', exact: true }).click();
      await waitScreen(app.page, 'replays');
      const after = await app.page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => new URL(e.name).pathname));
      expect(after.some((n) => /ReplayListView-.*\.js$/.test(n))).toBe(true);
      expect(after.some((n) => /phaser/i.test(n))).toBe(false);
    } finally {
      await app.close();
    }
  });

  it('has Phaser and the views in chunks of their own, and test hooks only in the test build', () => {
    const names = readdirSync(path.join(DIST, 'assets'));
    expect(names.some((n) => /^phaser.*\.js$/.test(n))).toBe(true);
    expect(names.some((n) => /^ReplayView-.*\.js$/.test(n))).toBe(true);
    expect(names.some((n) => /^ReplayListView-.*\.js$/.test(n))).toBe(true);
    // Files under 1 KB are not worth a compressed copy (cli/build/precompress.ts).
    for (const n of names.filter((x) => /\.(js|css)$/.test(x) && statSync(path.join(DIST, 'assets', x)).size >= 1024)) {
      expect(names, n).toContain(`${n}.br`);
      expect(names, n).toContain(`${n}.gz`);
    }
    for (const code of scripts(DIST)) {
      expect(code).not.toContain('__crTest');
      expect(code).not.toContain('__cr.');
    }
    expect(existsSync(path.join(DIST_TEST, 'index.html')), 'npm run build:test-client').toBe(true);
    expect(scripts(DIST_TEST).some((code) => code.includes('__crTest'))).toBe(true);
  });
});
