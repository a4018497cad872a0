import { loadScenario, type Scenario } from '../shared/index';
import { runSeed, type BalanceTask } from './lib/balance-seed';
import { serveTasks } from './lib/worker-serve';

// Balance worker thread: plays one seed per task (see cli/lib/worker-pool.ts).

let scenario: Scenario | undefined;
let loaded = false;
serveTasks<BalanceTask, ReturnType<typeof runSeed>, { scenario?: unknown }>((task, init) => {
  if (!loaded) {
    // Scenario JSON already validated by the main thread; absent = the default scenario.
    scenario = init?.scenario === undefined ? undefined : loadScenario(init.scenario);
    loaded = true;
  }
  return runSeed(task.index, scenario, task);
});
