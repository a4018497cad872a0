import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/roles';
import { PERSONAS } from '../../shared/bots';
import { runCli } from './run';
import { notesOf } from '../../cli/lib/balance-report';
import { summarize } from '../../cli/lib/balance-summary';
import { longestPinnedRun, runSeed, seatsFor, type SeedResult } from '../../cli/lib/balance-seed';
import { GRID_CELLS, gridTasks, parseCells, summarizeGrid } from '../../cli/lib/balance-grid';
import { GRID_HEADING, EXPLOITS_HEADING, replaceSection, sectionOf } from '../../cli/lib/report-sections';
import { at, must } from '../../shared/lists';

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
  'risk.belowStart',
  'risk.capexDouble',
  'risk.bankruptOthers',
];

describe('npm run balance', () => {
  it('a 3-seed run in a worker thread completes; the JSON summary and the markdown report parse', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'balance-'));
    const report = path.join(dir, 'BALANCE.md');
    writeFileSync(report, `# old\n\n## Targets\n\nreplaced\n\n## ${GRID_HEADING}\n\nGrid kept.\n\n## Notes\n\nKept by hand.\n`);
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
    for (const heading of ['## Targets', '## Risk (GAME.md 12.2)', '## Wins by role', '## Wins by persona', '## Cloud launch effect', '## Bankruptcy and mood', '## How it is measured'])
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
      for (const row of b) expect(cells(row)).toBe(cells(must(b[0], 'table header')));
    }
    expect(notesOf(md)?.trim()).toBe('Kept by hand.');
    expect(sectionOf(md, GRID_HEADING)?.trim()).toBe('Grid kept.');
    expect(md).not.toContain('replaced');
  }, 240_000);

  it('--grid plays every length × table size and replaces only its own section of the report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'balance-grid-'));
    const report = path.join(dir, 'BALANCE.md');
    writeFileSync(report, '# Balance report\n\n## Targets\n\nmain table\n\n## Notes\n\nKept by hand.\n');
    const r = await runCli('cli/balance.ts', ['--grid', '--seeds', '1', '--workers', '2', '--report', report, '--json']);
    expect([0, 1], r.stderr).toContain(r.code);
    const doc = JSON.parse(r.stdout);
    expect(doc.grid.map((c: { quarters: number; seats: number }) => `${c.quarters}x${c.seats}`)).toEqual(GRID_CELLS.map((c) => `${c.quarters}x${c.seats}`));
    expect(r.code).toBe(doc.pass ? 0 : 1);
    const long = doc.grid.find((c: { quarters: number; seats: number }) => c.quarters === 40 && c.seats === 5);
    expect(long.targets.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining(['long.tsr', 'long.moodStuck', 'long.cloudPrice']));
    const small = doc.grid.find((c: { quarters: number; seats: number }) => c.quarters === 12 && c.seats === 2);
    for (const t of small.targets.filter((x: { id: string }) => x.id.startsWith('wins.'))) expect(t.goal).toBe('10%–60%');
    const md = readFileSync(report, 'utf8');
    expect(md).toContain('main table');
    expect(notesOf(md)?.trim()).toBe('Kept by hand.');
    const grid = sectionOf(md, GRID_HEADING)!;
    expect(grid).toContain('--grid --seeds 1');
    expect(grid.split('\n').filter((l) => /^\| \d+q × \d seats \|/.test(l))).toHaveLength(GRID_CELLS.length);
    expect(md.indexOf(`## ${GRID_HEADING}`)).toBeLessThan(md.indexOf('## Notes'));
  }, 240_000);

  it('--grid --cells plays only the cells named, in grid order', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'balance-cells-'));
    const report = path.join(dir, 'BALANCE.md');
    const r = await runCli('cli/balance.ts', ['--grid', '--cells', '20x2,4x3', '--seeds', '1', '--workers', '0', '--report', report, '--json']);
    expect([0, 1], r.stderr).toContain(r.code);
    const doc = JSON.parse(r.stdout);
    expect(doc.grid.map((c: { quarters: number; seats: number }) => `${c.quarters}x${c.seats}`)).toEqual(['4x3', '20x2']);
    const grid = sectionOf(readFileSync(report, 'utf8'), GRID_HEADING)!;
    expect(grid.split('\n').filter((l) => /^\| \d+q × \d seats \|/.test(l))).toHaveLength(2);
  }, 240_000);

  it.each([
    [['--seeds', '0'], /--seeds must be a whole number from 1/],
    [['--seeds', 'lots'], /--seeds must be a whole number/],
    [['--workers', '-1'], /--workers/],
    [['--frobnicate'], /unknown flag --frobnicate/],
    [['--scenario', '/nonexistent/scenario.json'], /--scenario: cannot read/],
    [['--grid', '--quarters', '12'], /--quarters does not apply to --grid/],
    [['--cells', '40x5'], /--cells applies only to --grid/],
    [['--grid', '--cells', '40x4'], /--cells: '40x4' is not a grid cell/],
    [['--grid', '--cells', '40x5,forty'], /--cells: 'forty' is not a grid cell/],
  ])('bad arguments %j exit 2 with a message', async (args, message) => {
    const r = await runCli('cli/balance.ts', args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('usage: npm run balance');
  });
});

  const seed = (i: number, over: Partial<SeedResult> = {}): SeedResult => ({
    index: i,
    seed: `s${i}`,
    seats: [...ROLES],
    personas: { openai: 'classic', meta: 'balanced', microsoft: 'builder', amazon: 'cloud-first', google: 'frugal' },
    tsr: { openai: 0, meta: 0, microsoft: 0, amazon: 0, google: 0 },
    winner: at(ROLES, i % 5, 'role'),
    bankrupt: [],
    moodMin: i % 5 === 0 ? 20 : 50,
    moodMax: i % 5 === 1 ? 90 : 60,
    launchedQ: { openai: null, meta: 2 },
    idle: { role: at(ROLES, i % 5, 'role'), rank: 5, won: false, tsr: -0.2 },
    cloud: { openai: { launchQ: 3, withCloud: i % 2 ? 0.5 : 0.1, withoutCloud: 0.3 }, meta: { launchQ: 2, withCloud: 0.4, withoutCloud: 0.2 } },
    capex: null,
    moodStuck: 0,
    cloudCostMin: 2,
    cloudCostMedian: 3,
    ...over,
  });

describe('balance summary', () => {
  it('runSeed measures the main, do-nothing and cloud counterfactual matches of one seed', () => {
    const s = runSeed(7, undefined, { quarters: 6 });
    expect(s.seed).toBe('balance-7');
    expect(Object.keys(s.personas)).toEqual([...ROLES]);
    expect(s.idle.role).toBe(ROLES[7 % 5]);
    expect(s.idle.rank).toBeGreaterThanOrEqual(1);
    // Odd seed: the cloud counterfactual is Meta's (OpenAI's on even seeds).
    expect(Object.keys(s.cloud)).toEqual(['meta']);
    expect(Number.isFinite(s.cloud.meta!.withCloud)).toBe(true);
    expect(Number.isFinite(s.cloud.meta!.withoutCloud)).toBe(true);
    expect(Object.keys(runSeed(8, undefined, { quarters: 4 }).cloud)).toEqual(['openai']);
    expect(s.capex).toBeNull(); // not asked for
    const withCapex = runSeed(3, undefined, { quarters: 6, capex: true });
    expect(withCapex.capex?.role).toBe('amazon'); // seed 3 is the 2nd capex seed: Microsoft, Amazon, Google take turns
    expect(Number.isFinite(withCapex.capex!.doubled)).toBe(true);
    expect(withCapex.capex!.keep).toBe(withCapex.tsr.amazon);
    expect(s.moodMin).toBeLessThanOrEqual(s.moodMax);
  });

  it('targets pass and fail on the GAME.md section 11 bounds', () => {
    const fair = Array.from({ length: 100 }, (_, i) => seed(i, i < 5 ? { bankrupt: ['openai'] } : {}));
    const s = summarize(fair, { quarters: 12, seats: 5, main: false });
    const byId = Object.fromEntries(s.targets.map((t) => [t.id, t.pass]));
    expect(byId['wins.openai']).toBe(true);
    expect(byId['persona.classic']).toBe(true);
    expect(byId['cloud.openai']).toBe(true); // half +20 pts, half −20 pts
    expect(byId['cloud.meta']).toBe(false); // always +20 pts: an always-yes
    expect(byId.bankruptcy).toBe(true);
    expect(byId['mood.low']).toBe(true);
    expect(byId['mood.high']).toBe(true);
    expect(s.pass).toBe(false);

    const lopsided = summarize(Array.from({ length: 100 }, (_, i) => seed(i, { winner: 'openai', idle: { role: 'meta', rank: 1, won: i < 10, tsr: 1 } })), { quarters: 12, seats: 5, main: false });
    const ids = Object.fromEntries(lopsided.targets.map((t) => [t.id, t.pass]));
    expect(ids['wins.openai']).toBe(false);
    expect(ids['wins.meta']).toBe(false);
    expect(ids['persona.classic']).toBe(false);
    expect(ids.idle).toBe(false);
    expect(ids.bankruptcy).toBe(false);
  });

  it('12.2 targets: a company below its start price, doubling capex against keeping pace, bankruptcies beyond OpenAI', () => {
    const main = { quarters: 12, seats: 5, main: true };
    const risky = Array.from({ length: 100 }, (_, i) =>
      seed(i, {
        tsr: { openai: i < 40 ? -0.2 : 0.1, meta: 0.1, microsoft: 0.1, amazon: 0.1, google: 0.1 },
        bankrupt: i < 4 ? ['openai'] : i < 6 ? ['meta'] : [],
        capex: i % 3 === 0 ? { role: 'microsoft', keep: 0.3, doubled: 0.1 } : null,
      }),
    );
    const ok = Object.fromEntries(summarize(risky, main).targets.map((t) => [t.id, t]));
    expect(ok['risk.belowStart']?.pass).toBe(true);
    expect(ok['risk.capexDouble']?.pass).toBe(true);
    expect(ok['risk.capexDouble']?.measured).toContain('34 pairs');
    expect(ok['risk.bankruptOthers']?.pass).toBe(true);

    const safe = Array.from({ length: 100 }, (_, i) =>
      seed(i, {
        tsr: { openai: i < 20 ? -0.2 : 0.1, meta: 0.1, microsoft: 0.1, amazon: 0.1, google: 0.1 },
        bankrupt: i < 4 ? ['openai'] : [],
        capex: i % 3 === 0 ? { role: 'amazon', keep: 0.1, doubled: 0.3 } : null,
      }),
    );
    const bad = Object.fromEntries(summarize(safe, main).targets.map((t) => [t.id, t.pass]));
    expect(bad['risk.belowStart']).toBe(false); // 20% < 30%
    expect(bad['risk.capexDouble']).toBe(false); // doubling paid
    expect(bad['risk.bankruptOthers']).toBe(false); // only OpenAI
    // Not the main table: no 12.2 targets.
    expect(summarize(safe, { ...main, main: false }).targets.some((t) => t.id.startsWith('risk.'))).toBe(false);
  });

  it('12.3: small tables get the 60% ceiling and per-role win rates over the matches a role played', () => {
    const two = Array.from({ length: 100 }, (_, i) => seed(i, { seats: i % 2 ? ['openai', 'meta'] : ['microsoft', 'google'], winner: i % 2 ? 'openai' : i % 4 === 0 ? 'microsoft' : 'google' }));
    const s = summarize(two, { quarters: 12, seats: 2, main: false });
    const wins = Object.fromEntries(s.targets.filter((t) => t.id.startsWith('wins.')).map((t) => [t.id, t]));
    expect(Object.keys(wins).sort()).toEqual(['wins.google', 'wins.meta', 'wins.microsoft', 'wins.openai']); // amazon never sat
    expect(wins['wins.openai']?.measured).toBe('100.0%');
    expect(wins['wins.openai']?.pass).toBe(false);
    expect(wins['wins.microsoft']?.measured).toBe('50.0%');
    expect(wins['wins.microsoft']?.pass).toBe(true); // 50% ≤ 60%
    expect(wins['wins.microsoft']?.goal).toBe('10%–60%');
  });

  it('12.3 long matches: median TSR range, mood pinned at 0/100, cloud price above running cost', () => {
    const long = { quarters: 40, seats: 5, main: false };
    const good = summarize(Array.from({ length: 100 }, (_, i) => seed(i, { moodStuck: i < 5 ? 6 : 2, cloudCostMin: 1.5 })), long);
    const g = Object.fromEntries(good.targets.map((t) => [t.id, t.pass]));
    expect([g['long.tsr'], g['long.moodStuck'], g['long.cloudPrice']]).toEqual([true, true, true]);
    const wild = summarize(
      Array.from({ length: 100 }, (_, i) => seed(i, { tsr: { openai: 9, meta: 8, microsoft: 7, amazon: 7, google: 7 }, moodStuck: i < 20 ? 5 : 0, cloudCostMin: 0.8 })),
      long,
    );
    const w = Object.fromEntries(wild.targets.map((t) => [t.id, t.pass]));
    expect([w['long.tsr'], w['long.moodStuck'], w['long.cloudPrice']]).toEqual([false, false, false]);
    expect(summarize([seed(0)], { quarters: 20, seats: 5, main: false }).targets.some((t) => t.id.startsWith('long.'))).toBe(false);
  });

  it('--cells picks grid cells in grid order; their tasks and summaries cover only them', () => {
    const cells = parseCells('8x3, 4x2,4x2');
    expect(cells.map((c) => `${c.quarters}x${c.seats}`)).toEqual(['4x2', '8x3']);
    const tasks = gridTasks(2, cells);
    expect(tasks.map((t) => `${t.quarters}x${t.seats}`)).toEqual(['8x3', '8x3', '4x2', '4x2']);
    expect(summarizeGrid(tasks, tasks.map((t) => seed(t.index)), cells).map((g) => g.cell)).toEqual(cells);
    expect(() => parseCells('4by2')).toThrow(/'4by2' is not a grid cell/);
  });

  it('helpers: pinned mood runs, seats drawn for a seed, report sections', () => {
    expect(longestPinnedRun([50, 0, 0, 0.2, 40, 100, 100, 99.9, 100, 100, 0])).toBe(5);
    expect(longestPinnedRun([0, 100, 0, 100])).toBe(1);
    expect(seatsFor('balance-3', 5)).toEqual([...ROLES]);
    const three = seatsFor('balance-3', 3);
    expect(three).toHaveLength(3);
    expect(seatsFor('balance-3', 3)).toEqual(three);
    expect(ROLES.filter((r) => three.includes(r))).toEqual(three);
    const seen = new Set(Array.from({ length: 40 }, (_, i) => seatsFor(`balance-${i}`, 2).join(',')));
    expect(seen.size).toBeGreaterThan(5);

    const doc = `# Balance report\n\n## Targets\n\nmain\n\n## ${GRID_HEADING}\n\nold grid\n\n## Notes\n\nhand\n`;
    const withGrid = replaceSection(doc, GRID_HEADING, 'new grid');
    expect(sectionOf(withGrid, GRID_HEADING)?.trim()).toBe('new grid');
    expect(withGrid).toContain('main');
    const withSearch = replaceSection(withGrid, EXPLOITS_HEADING, 'search');
    expect(withSearch.indexOf(EXPLOITS_HEADING)).toBeGreaterThan(withSearch.indexOf(GRID_HEADING));
    expect(withSearch.indexOf(EXPLOITS_HEADING)).toBeLessThan(withSearch.indexOf('## Notes'));
    expect(sectionOf(withSearch, 'Notes')?.trim()).toBe('hand');
    expect(replaceSection('', EXPLOITS_HEADING, 'x')).toBe(`# Balance report\n\n## ${EXPLOITS_HEADING}\n\nx\n\n`);
  });
});
