// Development helper: how long one write of a resolved quarter (~22 KB) holds the event loop,
// with the log checkpointed by the worker thread (server/storage/walCheckpointer.ts, what the
// server does), with SQLite's automatic checkpoint inside the commits (what it did before), and
// with no checkpoint at all (the floor: the log only grows).
// Each write is one committed INSERT through the server's SqlDatabase (WAL flushed off the event
// loop in every mode); the loop yields between writes, as the server's event loop does, so the
// flushes and the worker's messages are handled. Prints figures, asserts nothing.
// Usage: npx tsx test/replay/support/benchWalWrites.ts [writes] [writes per second, 0 = unpaced]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase } from '../../../server/storage/db';
import { sqliteDatabase } from '../../../server/storage/sql';

const writes = Number(process.argv[2] ?? 3000);
const rate = Number(process.argv[3] ?? 0);
const BODY_BYTES = 22_000;

type Mode = 'worker' | 'autocheckpoint' | 'none';

async function run(mode: Mode) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-bench-wal-'));
  const opened = openDatabase(dir);
  const sql = sqliteDatabase(opened, mode === 'worker' ? {} : { checkpoint: null });
  if (mode === 'autocheckpoint') {
    // The connection as it was: SQLite checkpoints inside the commit that passes 1000 pages.
    opened.db.pragma('wal_autocheckpoint = 1000');
    opened.db.pragma('journal_size_limit = -1');
  }
  sql.run('CREATE TABLE quarters (n INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const times: number[] = [];
  let maxWal = 0;
  const started = performance.now();
  for (let n = 0; n < writes; n++) {
    // A fresh body each time (a quarter's JSON differs from the last), built outside the timing.
    const body = `${n}:`.padEnd(BODY_BYTES, String.fromCharCode(97 + (n % 26)));
    const t0 = performance.now();
    sql.run('INSERT INTO quarters (n, body) VALUES (?, ?)', [n, body]);
    times.push(performance.now() - t0);
    if (n % 10 === 0) maxWal = Math.max(maxWal, statSync(`${opened.file}-wal`).size);
    if (rate > 0) {
      const due = started + ((n + 1) * 1000) / rate;
      const wait = due - performance.now();
      await (wait > 0 ? sleep(wait) : new Promise((resolve) => setImmediate(resolve)));
    } else await new Promise((resolve) => setImmediate(resolve));
  }
  const seconds = (performance.now() - started) / 1000;
  const { checkpoints, blocking } = sql.checkpoints();
  sql.close();
  rmSync(dir, { recursive: true, force: true });
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN).toFixed(2);
  console.log(
    `${mode.padEnd(14)}  p50 ${at(0.5)}  p99 ${at(0.99)}  p999 ${at(0.999)}  max ${sorted.at(-1)!.toFixed(2)} ms` +
      `   (${writes} writes in ${seconds.toFixed(1)} s, largest log seen ${(maxWal / 1024 / 1024).toFixed(1)} MB` +
      `${mode === 'worker' ? `, ${checkpoints} checkpoints by the worker, ${blocking} of them holding writes` : ''})`,
  );
}

console.log(`${writes} committed writes of ${BODY_BYTES / 1000} KB, ${rate > 0 ? `${rate} a second` : 'back to back'}: time each write holds the event loop`);
// Alternated, so a change in the machine's load shows in both.
for (const mode of ['autocheckpoint', 'worker', 'none', 'autocheckpoint', 'worker', 'none'] as const) await run(mode);
