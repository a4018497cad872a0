import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchRecord, runBotMatch } from '../../shared/bots';
import { serializeRecord, verifyRecord, parseRecordText, replayRecord } from '../../shared/replay';
import { stateHash } from '../../shared/engine';
import { playScripted } from '../replay/helpers';
import { openContext, type OpenedContext } from './support/browser';

// Determinism across runtimes (issue 6, point 7): records replayed inside Chromium with the shared
// engine (bundled by Vite, as the client is) give the same hash for every quarter as Node does.

const root = path.resolve(__dirname, '../..');
let browser: OpenedContext;

beforeAll(async () => {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: { write: false, minify: true, lib: { entry: path.join(root, 'test/replay/support/browserEntry.ts'), formats: ['iife'], name: 'CRReplay' } },
  });
  const code = (Array.isArray(out) ? out[0] : (out as { output: { code: string }[] })).output[0].code;
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
      expect(inBrowser.start).toBe(stateHash(replayRecord(read.record, { to: 0 }).states[0]));
      expect(inBrowser.hashes).toEqual(node.hashes.map((h) => h.hash));
      expect(inBrowser.hashes).toEqual(read.record.quarters.map((q) => q.hash));
      expect(inBrowser.hashes.length).toBeGreaterThan(0);
    });
  }
});
