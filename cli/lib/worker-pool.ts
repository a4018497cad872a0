import { Worker } from 'node:worker_threads';

// A small work queue over worker threads for the balance and strategy-search CLIs: each worker
// takes the next task as soon as it finishes one (cells of very different cost stay balanced), and
// results come back by task index, so what the caller computes does not depend on the worker
// count. workers = 0 runs every task in this thread.
//
// Worker side (an entry loaded through ts-worker.mjs): `serveTasks((task, init) => result)`.

export interface PoolOptions<T, R> {
  /** The worker's .ts entry, as a file URL string. */
  entry: string;
  /** Data every worker gets once (e.g. a scenario). */
  init?: unknown;
  tasks: readonly T[];
  workers: number;
  /** Runs a task in this thread (workers = 0). */
  inline: (task: T) => R;
  onResult?: (index: number, result: R, done: number) => void;
}

export function runPool<T, R>(o: PoolOptions<T, R>): Promise<R[]> {
  const results: R[] = new Array(o.tasks.length);
  let done = 0;
  if (o.workers === 0 || o.tasks.length === 0) {
    o.tasks.forEach((t, i) => {
      results[i] = o.inline(t);
      o.onResult?.(i, results[i], ++done);
    });
    return Promise.resolve(results);
  }
  const boot = new URL('./ts-worker.mjs', import.meta.url);
  const k = Math.min(o.workers, o.tasks.length);
  return new Promise((resolve, reject) => {
    let next = 0;
    let failed = false;
    const all: Worker[] = [];
    const stopped = new Set<Worker>();
    const stop = (w: Worker) => {
      if (stopped.has(w)) return;
      stopped.add(w);
      w.postMessage({ type: 'stop' });
    };
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      for (const w of all) void w.terminate();
      reject(e);
    };
    const feed = (w: Worker) => {
      if (next < o.tasks.length) {
        const id = next++;
        w.postMessage({ type: 'task', id, task: o.tasks[id] });
      } else stop(w);
    };
    for (let i = 0; i < k; i++) {
      const w = new Worker(boot, { workerData: { entry: o.entry, init: o.init } });
      all.push(w);
      w.on('message', (m: { type: string; id?: number; result?: R; message?: string }) => {
        if (m.type === 'ready') feed(w);
        else if (m.type === 'result') {
          results[m.id!] = m.result!;
          o.onResult?.(m.id!, m.result!, ++done);
          if (done === o.tasks.length) {
            for (const x of all) stop(x);
            resolve(results);
          } else feed(w);
        } else if (m.type === 'error') fail(new Error(`task ${m.id}: ${m.message}`));
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0 && done < o.tasks.length) fail(new Error(`a worker exited with code ${code}`));
      });
    }
  });
}
