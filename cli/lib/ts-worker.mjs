// Worker-thread bootstrap for TypeScript workers under tsx. On Node 20, `execArgv: ['--import', 'tsx']`
// does not reach a worker's module loader, so the worker loads its .ts entry through tsx's API.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
