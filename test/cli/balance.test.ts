import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/roles';
import { PERSONAS } from '../../shared/bots';
import { runCli } from './run';
import { summarize, notesOf } from '../../cli/lib/balance-report';
import { runSeed, type SeedResult } from '../../cli/lib/balance-seed';

// `npm run balance` (issue 3, point 3): a run over a few seeds completes in a worker thread inside
// the test suite, its report and JSON summary parse, and bad arguments exit 2. The 1,000-seed run
// is not a test (it takes minutes); docs/BALANCE.md records it.

const TARGET_IDS = [
  ...ROLES.map((r) => `wins.${r}`),
  ...PERSONAS.map((p) => `persona.${p.id}`),
  'idle',
  'cloud.openai',
  'cloud.meta',
  'bankruptcy',
  'mood.low',
  'mood.high',
];

describe('npm run balance', () => {
  it('a 3-seed run in a worker thread completes; the JSON summary and the markdown report parse', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'balance-'));
    const report = path.join(dir, 'BALANCE.md');
    writeFileSync(report, '# old\n\n## Notes\n\nKept by hand.\n');
    const r = await runCli('cli/balance.ts', ['--seeds', '3', '--workers', '1', '--report', report, '--json']);
    expect([0, 1], r.stderr).toContain(r.code);
    const doc = JSON.parse(r.stdout);
    expect(doc.seeds).toBe(3);
    expect(doc.targets.map((t: { id: string }) => t.id)).toEqual(TARGET_IDS);
    expect(doc.pass).toBe(doc.targets.every((t: { pass: boolean }) => t.pass));
    expect(r.code).toBe(doc.pass ? 0 : 1);
    for (const t of doc.targets) expect(r.stderr).toContain(`${t.pass ? 'PASS' : 'FAIL'}  ${t.label}`);

    const md = readFileSync(report, 'utf8');
    const tables = md.split('\n').filter((l) => l.startsWith('| '));
    for (const heading of ['## Targets', '## Wins by role', '## Wins by persona', '## Cloud launch effect', '## Bankruptcy and mood', '## How it is measured'])
      expect(md).toContain(heading);
    const targetRows = tables.filter((l) => /^\| (PASS|\*\*FAIL\*\*) \|/.test(l));
    expect(targetRows).toHaveLength(TARGET_IDS.length);
    for (const role of ROLES) expect(tables.some((l) => l.startsWith(`| ${role} | `))).toBe(true);
    // Every markdown table: a header, a separator, and rows with the header's number of cells.
    const blocks = md.split(/\n(?!\|)/).map((b) => b.split('\n').filter((l) => l.startsWith('| '))).filter((b) => b.length > 0);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const b of blocks) {
      const cells = (l: string) => l.split('|').length;
      expect(b[1]).toMatch(/^\| (--- \| )*---\s\|$/);
      for (const row of b) expect(cells(row)).toBe(cells(b[0]));
    }
    expect(notesOf(md)?.trim()).toBe('Kept by hand.');
  });

  it.each([
    [['--seeds', '0'], /--seeds must be a whole number from 1/],
    [['--seeds', 'lots'], /--seeds must be a whole number/],
    [['--workers', '-1'], /--workers/],
    [['--frobnicate'], /unknown flag --frobnicate/],
    [['--scenario', '/nonexistent/scenario.json'], /--scenario: cannot read/],
  ])('bad arguments %j exit 2 with a message', async (args, message) => {
    const r = await runCli('cli/balance.ts', args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('usage: npm run balance');
  });
});

describe('balance summary', () => {
  it('runSeed measures the main, do-nothing and cloud counterfactual matches of one seed', () => {
    const s = runSeed(7, undefined, 6);
    expect(s.seed).toBe('balance-7');
    expect(Object.keys(s.personas)).toEqual([...ROLES]);
    expect(s.idle.role).toBe(ROLES[7 % 5]);
    expect(s.idle.rank).toBeGreaterThanOrEqual(1);
    for (const r of ['openai', 'meta'] as const) {
      expect(Number.isFinite(s.cloud[r].withCloud)).toBe(true);
      expect(Number.isFinite(s.cloud[r].withoutCloud)).toBe(true);
    }
    expect(s.moodMin).toBeLessThanOrEqual(s.moodMax);
  });

  it('targets pass and fail on the GAME.md section 11 bounds', () => {
    const seed = (i: number, over: Partial<SeedResult>): SeedResult => ({
      index: i,
      seed: `s${i}`,
      personas: { openai: 'classic', meta: 'balanced', microsoft: 'builder', amazon: 'cloud-first', google: 'frugal' },
      tsr: { openai: 0, meta: 0, microsoft: 0, amazon: 0, google: 0 },
      winner: ROLES[i % 5],
      bankrupt: [],
      moodMin: i % 5 === 0 ? 20 : 50,
      moodMax: i % 5 === 1 ? 90 : 60,
      launchedQ: { openai: null, meta: 2 },
      idle: { role: ROLES[i % 5], rank: 5, won: false, tsr: -0.2 },
      cloud: { openai: { launchQ: 3, withCloud: i % 2 ? 0.5 : 0.1, withoutCloud: 0.3 }, meta: { launchQ: 2, withCloud: 0.4, withoutCloud: 0.2 } },
      ...over,
    });
    const fair = Array.from({ length: 100 }, (_, i) => seed(i, i < 5 ? { bankrupt: ['openai'] } : {}));
    const s = summarize(fair, 12);
    const byId = Object.fromEntries(s.targets.map((t) => [t.id, t.pass]));
    expect(byId['wins.openai']).toBe(true);
    expect(byId['persona.classic']).toBe(true);
    expect(byId['cloud.openai']).toBe(true); // half +20 pts, half −20 pts
    expect(byId['cloud.meta']).toBe(false); // always +20 pts: an always-yes
    expect(byId.bankruptcy).toBe(true);
    expect(byId['mood.low']).toBe(true);
    expect(byId['mood.high']).toBe(true);
    expect(s.pass).toBe(false);

    const lopsided = summarize(Array.from({ length: 100 }, (_, i) => seed(i, { winner: 'openai', idle: { role: 'meta', rank: 1, won: i < 10, tsr: 1 } })), 12);
    const ids = Object.fromEntries(lopsided.targets.map((t) => [t.id, t.pass]));
    expect(ids['wins.openai']).toBe(false);
    expect(ids['wins.meta']).toBe(false);
    expect(ids['persona.classic']).toBe(false);
    expect(ids.idle).toBe(false);
    expect(ids.bankruptcy).toBe(false);
  });
});
