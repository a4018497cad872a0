import { createRequire } from 'node:module';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

// PostgreSQL, one query at a time, synchronously: a worker thread owns one `pg` connection and the
// calling thread blocks (Atomics.wait) until the answer is back. The stores then keep the same
// promise as with SQLite: when a write returns, it has committed, so a room acknowledges an input
// only once it is kept. One connection per server process also carries the process's session
// locks (advisory locks on its matches), which PostgreSQL drops as soon as the process dies.

export interface SyncQueryResult<T> {
  rows: T[];
  rowCount: number;
}

export class PgError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'PgError';
  }
}

// Plain JavaScript run with `eval`, so it needs no build step and no TypeScript loader.
const WORKER = `
const { workerData } = require('node:worker_threads');
const pg = require(workerData.pgPath);
pg.types.setTypeParser(20, (v) => Number(v));
const flag = new Int32Array(workerData.flag);
const port = workerData.port;
const client = new pg.Client({ connectionString: workerData.url, connectionTimeoutMillis: workerData.timeoutMs });
let broken = null;
client.on('error', (err) => { broken = err; });
const ready = client.connect().then(() => null, (err) => err);
const reply = (msg) => { port.postMessage(msg); Atomics.store(flag, 0, 1); Atomics.notify(flag, 0); };
const fail = (err) => reply({ error: { message: err.message, code: String(err.code || 'PG_ERROR') } });
port.on('message', async (req) => {
  if (req.close) {
    await client.end().catch(() => undefined);
    reply({ closed: true });
    port.close();
    return;
  }
  const err = (await ready) || broken;
  if (err) return fail(err);
  if (req.batch) {
    try {
      await client.query('BEGIN');
      for (const st of req.batch) {
        const r = await client.query(st.text, st.values);
        if (st.changes !== undefined && (r.rowCount || 0) !== st.changes) {
          await client.query('ROLLBACK');
          return fail({ message: st.otherwise || 'expected ' + st.changes + ' rows changed, got ' + r.rowCount, code: 'UNEXPECTED_ROWS' });
        }
      }
      await client.query('COMMIT');
      return reply({ rows: [], rowCount: 0 });
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      return fail(e);
    }
  }
  try {
    const r = await client.query(req.text, req.values);
    reply({ rows: r.rows, rowCount: r.rowCount || 0 });
  } catch (e) {
    fail(e);
  }
});
`;

export class SyncPgClient {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private closed = false;

  constructor(
    readonly url: string,
    private readonly timeoutMs = 15_000,
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const pgPath = createRequire(import.meta.url).resolve('pg');
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: { url, pgPath, flag: this.flag.buffer, port: port2, timeoutMs },
      transferList: [port2],
    });
    this.worker.unref();
  }

  query<T>(text: string, values: readonly unknown[] = []): SyncQueryResult<T> {
    if (this.closed) throw new PgError('the database connection is closed', 'CLOSED');
    return this.call({ text, values }) as SyncQueryResult<T>;
  }

  /** Statements in one transaction, one trip: see SqlDatabase.batch. */
  batch(statements: readonly { text: string; values: readonly unknown[]; changes?: number; otherwise?: string }[]): void {
    if (this.closed) throw new PgError('the database connection is closed', 'CLOSED');
    this.call({ batch: statements });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.call({ close: true });
    } finally {
      void this.worker.terminate();
    }
  }

  private call(message: object): unknown {
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage(message);
    if (Atomics.wait(this.flag, 0, 0, this.timeoutMs) === 'timed-out') {
      // A late answer would be taken for the next query's: this connection is done.
      this.closed = true;
      void this.worker.terminate();
      throw new PgError(`PostgreSQL did not answer within ${this.timeoutMs} ms`, 'TIMEOUT');
    }
    const got = receiveMessageOnPort(this.port)?.message as { error?: { message: string; code: string } } | undefined;
    if (!got) throw new PgError('no answer from the database worker', 'NO_ANSWER');
    if (got.error) throw new PgError(got.error.message, got.error.code);
    return got;
  }
}
