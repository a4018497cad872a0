// Development helper: what storage costs per resolved quarter. Plays the same 40-quarter match of
// five bots on a server-side room with no storage, then with the SQLite records database, and
// prints the milliseconds per quarter of each and the difference (figures, not assertions).
// Usage: npx tsx test/replay/support/benchStorage.ts [quarters] [matches]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyHostCommand, createMatchRoom, startGameServer } from '../../../server';

const quarters = Number(process.argv[2] ?? 40);
const matches = Number(process.argv[3] ?? 3);
const bots = { openai: { kind: 'bot' as const }, meta: { kind: 'bot' as const }, microsoft: { kind: 'bot' as const }, amazon: { kind: 'bot' as const }, google: { kind: 'bot' as const } };

async function run(withStorage: boolean, port: number): Promise<number> {
  const dataDir = withStorage ? mkdtempSync(path.join(tmpdir(), 'cr-bench-')) : null;
  const game = await startGameServer({ port, host: '127.0.0.1', staticDir: null, dataDir });
  let ms = 0;
  for (let m = 0; m < matches; m++) {
    const room = await createMatchRoom({ settings: { seed: `bench-${m}`, quarters, planningSeconds: 0, resultsSeconds: 0, seats: bots }, autoDispose: false });
    applyHostCommand(room.match, { command: 'start' });
    for (let q = 0; q < quarters; q++) {
      const t0 = performance.now();
      applyHostCommand(room.match, { command: 'resolveNow' });
      ms += performance.now() - t0;
      if (q < quarters - 1) applyHostCommand(room.match, { command: 'next' });
    }
    await room.disconnect();
  }
  await game.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  return ms / (quarters * matches);
}

const port = 2790;
await run(false, port); // warm-up
const without = await run(false, port);
const withSqlite = await run(true, port);
console.log(`${matches} matches × ${quarters} quarters, 5 bots, resolveNow on the server side`);
console.log(`  no storage: ${without.toFixed(2)} ms per quarter`);
console.log(`  SQLite:     ${withSqlite.toFixed(2)} ms per quarter (storage ${(withSqlite - without).toFixed(2)} ms)`);
process.exit(0);
