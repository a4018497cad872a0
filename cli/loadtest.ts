import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, intFlag, parseFlags } from './lib/args';
import { cpuPinning, type CpuPinning } from './lib/loadtest/cpuPinning';
import { describeResult, runLoad, type RunResult } from './lib/loadtest/run';
import type { BareSizes, Target } from './lib/loadtest/serverProcess';
import { fmt } from './lib/loadtest/stats';

// `npm run loadtest -- --clients N --pacing <s> [--duration s]`: SDK clients in worker processes
// play real matches (5 seats a room, orders every quarter) against the game server started as a
// child process, then the same against a bare Colyseus room with a state of the same size, and
// print CCU, latency from last submit to `resolved`, quarters/s, bytes per client per quarter,
// server CPU and RSS, and the game/bare ratio. docs/PERFORMANCE.md has figures and targets.

const USAGE = `usage: npm run loadtest -- --clients <n> [--pacing <s>] [--duration <s>] [--ramp <s>] [--workers <k>]
                          [--quarters <q>] [--bare | --game] [--deflate] [--no-storage] [--idle] [--trace-gc] [--pin] [--port <p>] [--json]
  --clients   simulated players, 5 per room (default 100)
  --pacing    each player submits at a random moment within this many seconds of its quarter opening;
              0 = stress mode, submit at once (default 60)
  --duration  seconds measured after the ramp (default 60)
  --ramp      seconds over which rooms join (default 10)
  --workers   client worker processes (default: cores, at most 4)
  --quarters  quarters per match; a finished match is left and a new one started (default 40)
  --bare      only the bare Colyseus baseline;  --game  only the game server (default: both)
  --deflate  permessage-deflate on the sockets (off by default, as in the server);  --no-storage  game server without its records database
  --idle      one client per room, waiting in the lobby: what an idle room costs (RSS per room)
  --trace-gc  run the server with node --trace-gc and report its garbage-collection pauses in the window
  --json      one JSON document with every figure instead of the text summary`;

function pinningOrUsage(): CpuPinning {
  try {
    return cpuPinning();
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The bare room holds a state like the match room's: a public part, one report appended per
 * quarter and one private view per seat rewritten per quarter, at the sizes issue 13 measured
 * (a QuarterReport ~16 KB of JSON, a seat's view 18–22 KB). It does not copy how often the match
 * room resends them: that overhead is what the ratio shows.
 */
const DEFAULT_BARE: BareSizes = { initial: 5_000, report: 16_000, view: 20_000 };

/** The public part is what the game's full state at join leaves after the seat's own view. */
function bareSizesFrom(game: RunResult): BareSizes {
  if (!Number.isFinite(game.fullStateBytes)) return DEFAULT_BARE;
  return { ...DEFAULT_BARE, initial: Math.max(1_000, Math.round(game.fullStateBytes) - DEFAULT_BARE.view) };
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
    deflate: 'boolean',
    'no-storage': 'boolean',
    json: 'boolean',
    idle: 'boolean',
    'trace-gc': 'boolean',
    pin: 'boolean',
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
    deflate: !!flags.deflate,
    storage: !flags['no-storage'],
    idle: flags.idle === true,
    traceGc: flags['trace-gc'] === true,
    ...(flags.pin ? { pin: pinningOrUsage() } : {}),
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
