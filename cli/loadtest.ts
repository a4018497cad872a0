import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, intFlag, parseFlags } from './lib/args';
import { describeResult, runLoad, type RunResult } from './lib/loadtest/run';
import type { BareSizes, Target } from './lib/loadtest/serverProcess';
import { fmt } from './lib/loadtest/stats';

// `npm run loadtest -- --clients N --pacing <s> [--duration s]`: SDK clients in worker processes
// play real matches (5 seats a room, orders every quarter) against the game server started as a
// child process, then the same against a bare Colyseus room with a state of the same size, and
// print CCU, latency from last submit to `resolved`, quarters/s, bytes per client per quarter,
// server CPU and RSS, and the game/bare ratio. docs/PERFORMANCE.md has figures and targets.

const USAGE = `usage: npm run loadtest -- --clients <n> [--pacing <s>] [--duration <s>] [--ramp <s>] [--workers <k>]
                          [--quarters <q>] [--bare | --game] [--no-deflate] [--no-storage] [--port <p>] [--json]
  --clients   simulated players, 5 per room (default 100)
  --pacing    each player submits at a random moment within this many seconds of its quarter opening;
              0 = stress mode, submit at once (default 60)
  --duration  seconds measured after the ramp (default 60)
  --ramp      seconds over which rooms join (default 10)
  --workers   client worker processes (default: cores, at most 4)
  --quarters  quarters per match; a finished match is left and a new one started (default 40)
  --bare      only the bare Colyseus baseline;  --game  only the game server (default: both)
  --no-deflate  permessage-deflate off;  --no-storage  game server without its records database
  --json      one JSON document with every figure instead of the text summary`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bare state sizes when there is no game run to copy them from (measured at 100 clients, 60 s pacing). */
const DEFAULT_BARE: BareSizes = { initial: 30_000, report: 8_000, view: 8_000 };

function bareSizesFrom(game: RunResult): BareSizes {
  if (!Number.isFinite(game.fullStateBytes) || !Number.isFinite(game.patchBytesPerClientQuarter)) return DEFAULT_BARE;
  // A client receives the public part plus its own view: the report and the view share each
  // quarter's patch bytes, and the public blob is what the view leaves of the full state.
  const half = Math.max(256, Math.round(game.patchBytesPerClientQuarter / 2));
  return { initial: Math.max(256, Math.round(game.fullStateBytes) - half), report: half, view: half };
}

async function main(): Promise<number> {
  const flags = parseFlags(process.argv.slice(2), {
    clients: 'string',
    pacing: 'string',
    duration: 'string',
    ramp: 'string',
    workers: 'string',
    quarters: 'string',
    port: 'string',
    bare: 'boolean',
    game: 'boolean',
    'no-deflate': 'boolean',
    'no-storage': 'boolean',
    json: 'boolean',
  });
  if (flags.bare && flags.game) throw new UsageError('--bare and --game exclude each other (give neither to run both)');
  const base = {
    root,
    clients: intFlag(flags.clients, 'clients', 1, 100_000, 100),
    pacingSeconds: intFlag(flags.pacing, 'pacing', 0, 3600, 60),
    durationSeconds: intFlag(flags.duration, 'duration', 1, 86_400, 60),
    rampSeconds: intFlag(flags.ramp, 'ramp', 0, 3600, 10),
    workers: intFlag(flags.workers, 'workers', 1, 64, Math.min(4, availableParallelism())),
    quarters: intFlag(flags.quarters, 'quarters', 4, 40, 40),
    port: intFlag(flags.port, 'port', 1024, 65535, 2590),
    deflate: !flags['no-deflate'],
    storage: !flags['no-storage'],
    log: (line: string) => process.stderr.write(`${line}\n`),
  };
  const targets: Target[] = flags.bare ? ['bare'] : flags.game ? ['game'] : ['game', 'bare'];
  const results: RunResult[] = [];
  let bare = DEFAULT_BARE;
  for (const target of targets) {
    const result = await runLoad({ ...base, target, bare });
    if (target === 'game') bare = bareSizesFrom(result);
    results.push(result);
  }
  const game = results.find((r) => r.target === 'game');
  const baseline = results.find((r) => r.target === 'bare');
  const ratio = game && baseline ? game.server.cpuMsPerQuarter / baseline.server.cpuMsPerQuarter : NaN;
  if (flags.json) {
    console.log(JSON.stringify({ options: { ...base, log: undefined, root: undefined }, bare, results, cpuPerQuarterRatio: ratio }, null, 2));
  } else {
    for (const r of results) console.log(describeResult(r).join('\n'));
    if (game && baseline) console.log(`server CPU per resolved quarter, game / bare: ${fmt(ratio, 2)}×`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(`loadtest failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
