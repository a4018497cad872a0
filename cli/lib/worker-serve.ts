import { parentPort, workerData } from 'node:worker_threads';

// The worker side of worker-pool.ts: answers tasks one at a time until told to stop.

export function serveTasks<T, R, I = unknown>(run: (task: T, init: I) => R): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks must run in a worker thread');
  const init = (workerData as { init?: I }).init as I;
  port.on('message', (m: { type: string; id?: number; task?: T }) => {
    if (m.type === 'stop') {
      port.close();
      return;
    }
    try {
      port.postMessage({ type: 'result', id: m.id, result: run(m.task as T, init) });
    } catch (e) {
      port.postMessage({ type: 'error', id: m.id, message: e instanceof Error ? e.message : String(e) });
    }
  });
  port.postMessage({ type: 'ready' });
}
