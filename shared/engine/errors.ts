import type { OrderError } from '../orders/types';
import { formatMessage, ERROR_MESSAGES, type ErrorKey } from '../orders/error-keys';

/** Thrown for input the engine cannot accept (bad settings, host events); `errors` are field-level. */
export class EngineInputError extends Error {
  readonly errors: OrderError[];
  constructor(errors: OrderError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'EngineInputError';
    this.errors = errors;
  }
}

/** Thrown by loadScenario; the message names the failing field path. */
export class ScenarioError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(issues: { path: string; message: string }[]) {
    super(`invalid scenario: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

export function makeError(path: string, key: ErrorKey, params: Record<string, string | number> = {}): OrderError {
  return { path, key, params, message: formatMessage(ERROR_MESSAGES[key], { path, ...params }) };
}
