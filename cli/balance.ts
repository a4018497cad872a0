// npm run balance -- [--seeds <n>] [--workers <k>] [--quarters <q>] [--grid [--cells <list>]] [--report <file>] [--json]
// Monte Carlo balance check. Default: the main table (GAME.md section 11 and 12.2, 12 quarters, 5
// seats). --grid: every match length × table size of GAME.md 12.3. Plays all-bot matches in worker
// threads, prints every target with its measured value and PASS/FAIL, writes its part of
// docs/BALANCE.md (or --report), and exits 0 when every target passes, 1 otherwise, 2 on bad arguments.
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SCENARIO, ENGINE_VERSION, scenarioHash } from '../shared/index';
import { parseFlags, intFlag, UsageError } from './lib/args';
import { progressBar } from './lib/progress';
import { readScenarioFile } from './lib/scenario-file';
import { runSeed, type BalanceTask, type SeedResult } from './lib/balance-seed';
import { summarize } from './lib/balance-summary';
import { balanceMarkdown, targetsTable } from './lib/balance-report';
import { GRID_CELLS, gridLines, gridMarkdown, gridTasks, parseCells, summarizeGrid } from './lib/balance-grid';
import { GRID_HEADING, replaceSection } from './lib/report-sections';
import { runPool } from './lib/worker-pool';

const USAGE = `usage: npm run balance -- [--seeds <n>] [--workers <k>] [--quarters <q>] [--grid [--cells <list>]] [--scenario <file>] [--report <file>] [--json]
  --seeds    seeds per table (per cell with --grid), 1–100000 (default 1000, GAME.md 11's minimum); each seed plays 3 matches
             (4 on every 3rd seed of the main table: the capex counterfactual)
  --workers  worker threads, 0–64 (default: CPU count, at most 8; 0 = run in this thread)
  --quarters match length of the main table, 4–40 (default 12)
  --grid     the GAME.md 12.3 grid instead of the main table: 4/8/12/20/40 quarters × 2/3/5 seats
             (15 cells; about 13× the work of a main-table seed per seed: the default 1,000 seeds ≈ 2.5 minutes on 2 cores)
  --cells    with --grid, only these cells: quarters x seats, comma-separated (e.g. 40x2,40x3,40x5); the
             report's grid section then lists only them
  --scenario a scenario JSON file to balance instead of the default scenario
  --report   where to write the markdown report (default docs/BALANCE.md); the main table rewrites it
             keeping the grid, strategy-search and notes sections, --grid replaces only its section
  --json     print the summary as one JSON document on stdout (the table goes to stderr)`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parse() {
  const f = parseFlags(process.argv.slice(2), { seeds: 'string', workers: 'string', quarters: 'string', grid: 'boolean', scenario: 'string', report: 'string', json: 'boolean', help: 'boolean', cells: 'string' });
  if (f.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const grid = f.grid === true;
  if (grid && f.quarters !== undefined) throw new UsageError('--quarters does not apply to --grid (the grid plays 4, 8, 12, 20 and 40 quarters)');
  if (!grid && f.cells !== undefined) throw new UsageError('--cells applies only to --grid');
  let cells = GRID_CELLS;
  if (typeof f.cells === 'string') {
    try {
      cells = parseCells(f.cells);
    } catch (e) {
      throw new UsageError(`--cells: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return {
    grid,
    cells,
    seeds: intFlag(f.seeds, 'seeds', 1, 100000, 1000),
    workers: intFlag(f.workers, 'workers', 0, 64, Math.min(8, availableParallelism())),
    quarters: intFlag(f.quarters, 'quarters', 4, 40, 12),
    report: typeof f.report === 'string' ? path.resolve(f.report) : path.join(root, 'docs', 'BALANCE.md'),
    json: f.json === true,
    scenario: typeof f.scenario === 'string' ? readScenarioFile(f.scenario) : undefined,
  };
}

async function play(tasks: BalanceTask[], opts: ReturnType<typeof parse>, label: string): Promise<SeedResult[]> {
  const bar = progressBar(tasks.length, label);
  const results = await runPool<BalanceTask, SeedResult>({
    entry: new URL('./balance-worker.ts', import.meta.url).href,
    init: { scenario: opts.scenario?.json },
    tasks,
    workers: opts.workers,
    inline: (t) => runSeed(t.index, opts.scenario?.scenario, t),
    onResult: (_i, _r, done) => bar.tick(done),
  });
  bar.end();
  return results;
}

async function main(): Promise<void> {
  let opts: ReturnType<typeof parse>;
  try {
    opts = parse();
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`balance: ${e.message}\n${USAGE}`);
      process.exit(2);
    }
    throw e;
  }
  const command = `npm run balance -- ${process.argv.slice(2).join(' ')}`.trim();
  // Read just before writing: another run (exploits, the grid) may have written its section meanwhile.
  const previous = () => (existsSync(opts.report) ? readFileSync(opts.report, 'utf8') : '');
  const t0 = Date.now();
  mkdirSync(path.dirname(opts.report), { recursive: true });
  const where = path.relative(process.cwd(), opts.report) || opts.report;

  if (opts.grid) {
    const tasks = gridTasks(opts.seeds, opts.cells);
    const results = await play(tasks, opts, `balance grid (${opts.cells.length} cells)`);
    const seconds = (Date.now() - t0) / 1000;
    const grid = summarizeGrid(tasks, results, opts.cells);
    const pass = grid.every((g) => g.summary.pass);
    writeFileSync(opts.report, replaceSection(previous(), GRID_HEADING, gridMarkdown(grid, { command, seeds: opts.seeds, workers: opts.workers, seconds, engineVersion: ENGINE_VERSION })));
    const text = `${gridLines(grid).join('\n')}\n\n${pass ? 'every cell passes' : 'some cells FAIL'} — ${opts.seeds} seeds × ${opts.cells.length} cells in ${seconds.toFixed(1)} s; report: ${where}`;
    if (opts.json) {
      console.error(text);
      process.stdout.write(`${JSON.stringify({ grid: grid.map((g) => ({ ...g.cell, pass: g.summary.pass, targets: g.summary.targets })), pass, seconds, workers: opts.workers, report: opts.report })}\n`);
    } else console.log(text);
    process.exitCode = pass ? 0 : 1;
    return;
  }

  const tasks: BalanceTask[] = Array.from({ length: opts.seeds }, (_, index) => ({ index, quarters: opts.quarters, seats: 5, capex: true }));
  const results = await play(tasks, opts, 'balance');
  const seconds = (Date.now() - t0) / 1000;
  const summary = summarize(results, { quarters: opts.quarters, seats: 5, main: true });
  const md = balanceMarkdown(summary, {
    command,
    workers: opts.workers,
    seconds,
    engineVersion: ENGINE_VERSION,
    scenarioId: (opts.scenario?.scenario ?? DEFAULT_SCENARIO).id,
    scenarioHash: scenarioHash(opts.scenario?.scenario ?? DEFAULT_SCENARIO),
    previous: previous(),
  });
  writeFileSync(opts.report, md);
  const matches = results.reduce((x, r) => x + 2 + Object.keys(r.cloud).length + (r.capex ? 1 : 0), 0);
  const table = `${targetsTable(summary)}\n\n${summary.pass ? 'every target passes' : 'some targets FAIL'} — ${opts.seeds} seeds (${matches} matches) in ${seconds.toFixed(1)} s (${(matches / seconds / Math.max(1, opts.workers)).toFixed(1)} matches/s per worker); report: ${where}`;
  if (opts.json) {
    console.error(table);
    process.stdout.write(`${JSON.stringify({ ...summary, seconds, workers: opts.workers, report: opts.report })}\n`);
  } else {
    console.log(table);
  }
  process.exitCode = summary.pass ? 0 : 1;
}

main().catch((e) => {
  console.error(`balance: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
