// Development helper: what storage costs per resolved quarter. Plays 40-quarter matches of five
// bots on server-side rooms with the records database and times every call of the tracker's
// save (the whole write of a quarter: record building, hashing, SQL, commit), so the figure does
// not drown in the resolution's own time on a busy machine. Prints figures, asserts nothing.
// With DATABASE_URL set, the records go to that PostgreSQL database instead of SQLite.
// Usage: npx tsx test/replay/support/benchStorage.ts [quarters] [matches]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyHostCommand, createMatchRoom, startGameServer } from '../../../server';

const quarters = Number(process.argv[2] ?? 40);
const matches = Number(process.argv[3] ?? 3);
const bots = { openai: { kind: 'bot' as const }, meta: { kind: 'bot' as const }, microsoft: { kind: 'bot' as const }, amazon: { kind: 'bot' as const }, google: { kind: 'bot' as const } };

const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-bench-'));
const game = await startGameServer({ port: 2790, host: '127.0.0.1', staticDir: null, dataDir });
const tracker = game.storage!.tracker as unknown as { save(m: unknown): void };
const original = tracker.save.bind(tracker);
const times: number[] = [];
tracker.save = (m: unknown) => {
  const t0 = performance.now();
  original(m);
  times.push(performance.now() - t0);
};
for (let m = 0; m < matches; m++) {
  const room = await createMatchRoom({ settings: { seed: `bench-${m}`, quarters, planningSeconds: 0, resultsSeconds: 0, seats: bots }, autoDispose: false });
  applyHostCommand(room.match, { command: 'start' });
  for (let q = 0; q < quarters; q++) {
    applyHostCommand(room.match, { command: 'resolveNow' });
    if (q < quarters - 1) applyHostCommand(room.match, { command: 'next' });
  }
  await room.disconnect();
}
await game.close();
rmSync(dataDir, { recursive: true, force: true });
const sorted = [...times].sort((a, b) => a - b);
const at = (p: number) => (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN).toFixed(2);
const total = times.reduce((a, b) => a + b, 0);
console.log(`${matches} matches × ${quarters} quarters, 5 bots, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}: ${times.length} saves`);
console.log(`  per resolved quarter: ${(total / (matches * quarters)).toFixed(2)} ms (median save ${at(0.5)} ms, p90 ${at(0.9)} ms)`);
process.exit(0);
