// npm run balance -- --seeds <n> [--workers <k>] [--quarters <q>] [--report <file>] [--json]
// Monte Carlo balance check of GAME.md section 11: plays n seeds of all-bot matches in worker
// threads, prints every target with its measured value and PASS/FAIL, writes docs/BALANCE.md
// (or --report), and exits 0 when every target passes, 1 otherwise, 2 on bad arguments.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SCENARIO, ENGINE_VERSION, scenarioHash } from '../shared/index';
import { parseFlags, intFlag, UsageError } from './lib/args';
import { progressBar } from './lib/progress';
import { readScenarioFile } from './lib/scenario-file';
import { runSeed, type SeedResult } from './lib/balance-seed';
import { balanceMarkdown, notesOf, summarize, targetsTable } from './lib/balance-report';

const USAGE = `usage: npm run balance -- --seeds <n> [--workers <k>] [--quarters <q>] [--scenario <file>] [--report <file>] [--json]
  --seeds    number of seeds, 1–100000 (default 1000); each seed plays 4 matches
  --workers  worker threads, 0–64 (default: CPU count, at most 8; 0 = run in this thread)
  --quarters match length, 4–40 (default 12)
  --scenario a scenario JSON file to balance instead of the default scenario
  --report   where to write the markdown report (default docs/BALANCE.md)
  --json     print the summary as one JSON document on stdout (the table goes to stderr)`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parse() {
  const f = parseFlags(process.argv.slice(2), { seeds: 'string', workers: 'string', quarters: 'string', scenario: 'string', report: 'string', json: 'boolean', help: 'boolean' });
  if (f.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    seeds: intFlag(f.seeds, 'seeds', 1, 100000, 1000),
    workers: intFlag(f.workers, 'workers', 0, 64, Math.min(8, availableParallelism())),
    quarters: intFlag(f.quarters, 'quarters', 4, 40, 12),
    report: typeof f.report === 'string' ? path.resolve(f.report) : path.join(root, 'docs', 'BALANCE.md'),
    json: f.json === true,
    scenario: typeof f.scenario === 'string' ? readScenarioFile(f.scenario) : undefined,
  };
}

function runInWorkers(seeds: number, workers: number, quarters: number, scenario: unknown, onResult: (r: SeedResult) => void): Promise<void> {
  const boot = new URL('./lib/ts-worker.mjs', import.meta.url);
  const entry = new URL('./balance-worker.ts', import.meta.url).href;
  const k = Math.min(workers, seeds);
  const jobs = Array.from({ length: k }, (_, w) => Array.from({ length: seeds }, (_, i) => i).filter((i) => i % k === w));
  return new Promise((resolve, reject) => {
    let running = k;
    const all: Worker[] = [];
    const fail = (e: Error) => {
      for (const w of all) void w.terminate();
      reject(e);
    };
    for (const indices of jobs) {
      const w = new Worker(boot, { workerData: { entry, indices, quarters, scenario } });
      all.push(w);
      w.on('message', (m: { type: string; result?: SeedResult; index?: number; message?: string }) => {
        if (m.type === 'result') onResult(m.result!);
        else if (m.type === 'error') fail(new Error(`seed ${m.index}: ${m.message}`));
        else if (m.type === 'done' && --running === 0) resolve();
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0) fail(new Error(`a balance worker exited with code ${code}`));
      });
    }
  });
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
  const results: SeedResult[] = [];
  const bar = progressBar(opts.seeds, 'balance');
  const t0 = Date.now();
  if (opts.workers === 0) {
    for (let i = 0; i < opts.seeds; i++) {
      results.push(runSeed(i, opts.scenario?.scenario, opts.quarters));
      bar.tick(results.length);
    }
  } else {
    await runInWorkers(opts.seeds, opts.workers, opts.quarters, opts.scenario?.json, (r) => {
      results.push(r);
      bar.tick(results.length);
    });
  }
  bar.end();
  const seconds = (Date.now() - t0) / 1000;
  results.sort((a, b) => a.index - b.index);
  const summary = summarize(results, opts.quarters);

  const command = `npm run balance -- ${process.argv.slice(2).join(' ')}`.trim();
  const previous = existsSync(opts.report) ? readFileSync(opts.report, 'utf8') : '';
  const md = balanceMarkdown(summary, {
    command,
    workers: opts.workers,
    seconds,
    engineVersion: ENGINE_VERSION,
    scenarioId: (opts.scenario?.scenario ?? DEFAULT_SCENARIO).id,
    scenarioHash: scenarioHash(opts.scenario?.scenario ?? DEFAULT_SCENARIO),
    notes: notesOf(previous),
  });
  mkdirSync(path.dirname(opts.report), { recursive: true });
  writeFileSync(opts.report, md);

  const table = `${targetsTable(summary)}\n\n${summary.pass ? 'every target passes' : 'some targets FAIL'} — ${opts.seeds} seeds in ${seconds.toFixed(1)} s (${((opts.seeds * 4) / seconds / Math.max(1, opts.workers)).toFixed(1)} matches/s per worker); report: ${path.relative(process.cwd(), opts.report) || opts.report}`;
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
