import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchRecord, runBotMatch } from '../../shared/bots';
import { serializeRecord, verifyRecord, parseRecordText, replayRecord } from '../../shared/replay';
import { stateHash } from '../../shared/engine';
import { playScripted } from '../replay/helpers';
import { startGameServer, type GameServer } from '../../server';
import { goto, openApp, waitScreen } from './support/app';
import { openContext, type OpenedContext } from './support/browser';
import { DIST } from './support/harness';
import { must } from '../../shared/lists';

// Determinism across runtimes (issue 6, point 7): records replayed inside Chromium with the shared
// engine (bundled by Vite, as the client is) give the same hash for every quarter as Node does;
// and the production client's replay viewer, opening record files as a person does, shows on its
// Verify tab the same per-quarter hashes, for engine-1 and engine-2 records.

const root = path.resolve(__dirname, '../..');
let browser: OpenedContext;

beforeAll(async () => {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: { write: false, minify: true, lib: { entry: path.join(root, 'test/replay/support/browserEntry.ts'), formats: ['iife'], name: 'CRReplay' } },
  });
  const code = must((Array.isArray(out) ? out[0] : (out as { output: { code: string }[] }))?.output[0], 'the built bundle').code;
  browser = await openContext();
  await browser.page.setContent('<!doctype html><meta charset="utf-8"><title>replay determinism</title>');
  await browser.page.addScriptTag({ content: code });
});
afterAll(async () => {
  await browser?.close();
});

function records(): { name: string; text: string }[] {
  const out = [
    { name: 'scripted match with deals and host events', text: serializeRecord(playScripted({ seed: 'browser-1' }).record) },
    { name: 'bot match, mixed personas', text: serializeRecord(matchRecord(runBotMatch({ seed: 'browser-bots', seats: { openai: 'builder', meta: 'cloud-first', google: 'frugal' } }))) },
  ];
  const golden = path.join(root, 'test/fixtures/golden');
  for (const f of readdirSync(golden).filter((x) => x.endsWith('.json'))) out.push({ name: `golden ${f}`, text: readFileSync(path.join(golden, f), 'utf8') });
  return out;
}

describe('replay in Chromium matches Node bit for bit', () => {
  for (const { name, text } of records()) {
    it(name, async () => {
      const read = parseRecordText(text);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      const node = verifyRecord(read.record);
      expect(node.ok).toBe(true);
      const inBrowser = await browser.page.evaluate((t) => (globalThis as any).replayInBrowser(t), text);
      expect(inBrowser.error).toBeUndefined();
      expect(inBrowser.ok).toBe(true);
      expect(inBrowser.start).toBe(stateHash(must(replayRecord(read.record, { to: 0 }).states[0], 'the replayed start state')));
      expect(inBrowser.hashes).toEqual(node.hashes.map((h) => h.hash));
      expect(inBrowser.hashes).toEqual(read.record.quarters.map((q) => q.hash));
      expect(inBrowser.hashes.length).toBeGreaterThan(0);
    });
  }
});

describe('the replay viewer (production client) shows the hashes Node computes', () => {
  const PORT = 2718;
  let game: GameServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'cr-determinism-'));
    game = await startGameServer({ port: PORT, host: '127.0.0.1', staticDir: DIST, dataDir });
  });
  afterAll(async () => {
    await game?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const files = [
    { name: 'engine-2 record (golden-mixed)', file: path.join(root, 'test/fixtures/golden/golden-mixed.json') },
    { name: 'engine-2 record (golden-three)', file: path.join(root, 'test/fixtures/golden/golden-three.json') },
  ];
  for (const { name, file } of files) {
    it(name, async () => {
      const text = readFileSync(file, 'utf8');
      const read = parseRecordText(text);
      if (!read.ok) throw new Error(read.error.message);
      const node = verifyRecord(read.record);
      expect(node.ok).toBe(true);
      const copy = path.join(dataDir, path.basename(file));
      writeFileSync(copy, text);
      const app = await openApp({ size: 'laptop', lang: 'en' });
      try {
        await goto(app, `http://127.0.0.1:${PORT}/`, 'replays');
        await waitScreen(app.page, 'replays');
        await app.page.getByLabel('Choose a file…').setInputFiles(copy);
        await waitScreen(app.page, 'replay', 60_000);
        await app.page.locator('.replay-verified').waitFor({ timeout: 60_000 });
        expect(await app.page.locator('.replay-verified').getAttribute('data-verified')).toBe('true');
        await app.page.getByRole('tab', { name: 'Verify' }).click();
        const shown = await app.page.locator('tr[data-quarter]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-hash')));
        expect(shown).toEqual(node.hashes.map((h) => h.hash));
        expect(shown).toEqual(read.record.quarters.map((q) => q.hash));
      } finally {
        await app.close();
      }
    });
  }
});

describe('an engine-1 record in the replay viewer', () => {
  const PORT = 2722;
  let game: GameServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'cr-determinism-v1-'));
    game = await startGameServer({ port: PORT, host: '127.0.0.1', staticDir: DIST, dataDir });
  });
  afterAll(async () => {
    await game?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Engine 2 does not keep engine 1's rules (docs/REPLAY.md "Versions"): such a record cannot be
  // re-run, and the viewer says so by name instead of showing a wrong replay.
  it('is refused for re-simulation with the engine version named', async () => {
    const copy = path.join(dataDir, 'v1.json');
    writeFileSync(copy, readFileSync(path.join(root, 'test/fixtures/records/v1-golden-three.json'), 'utf8'));
    const app = await openApp({ size: 'laptop', lang: 'en' });
    try {
      await goto(app, `http://127.0.0.1:${PORT}/`, 'replays');
      await waitScreen(app.page, 'replays');
      await app.page.getByLabel('Choose a file…').setInputFiles(copy);
      await expect.poll(() => app.page.getByRole('alert').textContent(), { timeout: 30_000 }).toMatch(/^Another engine version: .*1\.2\.0/);
      expect(await app.page.evaluate(() => document.querySelector('main')?.dataset.screen)).toBe('replays');
    } finally {
      await app.close();
    }
  });
});
