import { parentPort, workerData } from 'node:worker_threads';
import { loadScenario } from '../shared/index';
import { runSeed } from './lib/balance-seed';

// Balance worker thread: plays the seeds it is given and posts one result per seed.

interface Job {
  indices: number[];
  quarters?: number;
  /** Scenario JSON (already validated by the main thread); absent = the default scenario. */
  scenario?: unknown;
}

const job = workerData as Job;
const scenario = job.scenario === undefined ? undefined : loadScenario(job.scenario);
for (const i of job.indices) {
  try {
    parentPort!.postMessage({ type: 'result', result: runSeed(i, scenario, job.quarters) });
  } catch (e) {
    parentPort!.postMessage({ type: 'error', index: i, message: e instanceof Error ? e.message : String(e) });
  }
}
parentPort!.postMessage({ type: 'done' });
