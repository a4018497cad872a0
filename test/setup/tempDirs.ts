import { afterAll } from 'vitest';
import { removeTestTempDirs } from '../support/tempDirs';

// Registered before every test file's own hooks, so it runs after them (vitest runs after-hooks in
// reverse): servers are closed by then.
afterAll(removeTestTempDirs);
