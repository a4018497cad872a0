import { Worker } from 'node:worker_threads';

// A small work queue over worker threads for the balance and strategy-search CLIs: each worker
// takes the next task as soon as it finishes one (cells of very different cost stay balanced), and
// results come back by task index, so what the caller computes does not depend on the worker
// count. The workers live until close(), so a search that runs many batches starts them once.
// workers = 0 runs every task in this thread.
//
// Worker side (an entry loaded through ts-worker.mjs): `serveTasks((task, init) => result)`.

export interface PoolOptions<T, R> {
  /** The worker's .ts entry, as a file URL string. */
  entry: string;
  /** Data every worker gets once (e.g. a scenario). */
  init?: unknown;
  workers: number;
  /** Runs a task in this thread (workers = 0). */
  inline: (task: T) => R;
}

type Message<R> = { type: 'ready' } | { type: 'result'; id: number; result: R } | { type: 'error'; id: number; message: string };

export class WorkerPool<T, R> {
  private readonly workers: Worker[] = [];
  private readonly ready: Promise<void>;
  private onMessage: (w: Worker, m: Message<R>) => void = () => {};
  private onFailure: (e: Error) => void = () => {};
  private closed = false;

  constructor(private readonly o: PoolOptions<T, R>) {
    if (o.workers === 0) {
      this.ready = Promise.resolve();
      return;
    }
    const boot = new URL('./ts-worker.mjs', import.meta.url);
    const started: Promise<void>[] = [];
    for (let i = 0; i < o.workers; i++) {
      const w = new Worker(boot, { workerData: { entry: o.entry, init: o.init } });
      this.workers.push(w);
      started.push(
        new Promise((resolve, reject) => {
          const first = (m: Message<R>) => {
            if (m.type === 'ready') {
              w.off('message', first);
              w.on('message', (x: Message<R>) => this.onMessage(w, x));
              resolve();
            }
          };
          w.on('message', first);
          w.once('error', reject);
        }),
      );
      w.on('error', (e) => this.onFailure(e));
      w.on('exit', (code) => {
        if (!this.closed) this.onFailure(new Error(`a worker exited with code ${code}`));
      });
    }
    this.ready = Promise.all(started).then(() => undefined);
  }

  /** Runs the tasks; results in task order. One batch at a time. */
  async run(tasks: readonly T[], onResult?: (index: number, result: R, done: number) => void): Promise<R[]> {
    const results = new Array<R>(tasks.length);
    let done = 0;
    if (this.o.workers === 0 || tasks.length === 0) {
      tasks.forEach((t, i) => {
        results[i] = this.o.inline(t);
        onResult?.(i, results[i], ++done);
      });
      return results;
    }
    await this.ready;
    return new Promise((resolve, reject) => {
      let next = 0;
      const feed = (w: Worker) => {
        if (next < tasks.length) {
          const id = next++;
          w.postMessage({ type: 'task', id, task: tasks[id] });
        }
      };
      this.onFailure = (e) => {
        void this.close();
        reject(e);
      };
      this.onMessage = (w, m) => {
        if (m.type === 'result') {
          results[m.id] = m.result;
          onResult?.(m.id, m.result, ++done);
          if (done === tasks.length) resolve(results);
          else feed(w);
        } else if (m.type === 'error') this.onFailure(new Error(`task ${m.id}: ${m.message}`));
      };
      for (const w of this.workers) feed(w);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** One batch on a pool of its own. */
export async function runPool<T, R>(o: PoolOptions<T, R> & { tasks: readonly T[]; onResult?: (index: number, result: R, done: number) => void }): Promise<R[]> {
  const pool = new WorkerPool<T, R>({ ...o, workers: Math.min(o.workers, o.tasks.length) });
  try {
    return await pool.run(o.tasks, o.onResult);
  } finally {
    await pool.close();
  }
}
