import type { z } from 'zod';
import type { OrderError } from './types';
import { ERROR_MESSAGES, formatMessage, type ErrorKey } from './error-keys';

// Turns zod issues into field-level errors with a key, params and an English message.

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function show(v: unknown): string | number {
  if (typeof v === 'number') return v;
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (v === null) return 'null';
  return typeof v;
}

function err(path: string, key: ErrorKey, params: Record<string, string | number>): OrderError {
  return { path, key, params, message: formatMessage(ERROR_MESSAGES[key], { path, ...params }) };
}

export function zodIssuesToErrors(issues: readonly z.core.$ZodIssue[], input: unknown, prefix = ''): OrderError[] {
  const out: OrderError[] = [];
  for (const issue of issues) {
    const parts = [prefix, ...issue.path.map(String)].filter((p) => p !== '');
    const path = parts.join('.') || '(root)';
    const got = show(valueAt(input, issue.path));
    switch (issue.code) {
      case 'invalid_type': {
        const expected = String(issue.expected);
        if (expected === 'int') out.push(err(path, 'field.integer', { got }));
        else if (expected === 'number' && typeof valueAt(input, issue.path) === 'number')
          out.push(err(path, 'field.finite', { got: String(valueAt(input, issue.path)) }));
        else if (valueAt(input, issue.path) === undefined) out.push(err(path, 'field.required', {}));
        else out.push(err(path, 'field.type', { expected: `a ${expected}`, got }));
        break;
      }
      case 'too_small':
        if (issue.origin === 'array') out.push(err(path, 'field.min', { min: Number(issue.minimum), got: `${(valueAt(input, issue.path) as unknown[]).length} entries` }));
        else if (issue.origin === 'string') out.push(err(path, 'field.required', {}));
        else out.push(err(path, 'field.min', { min: issue.inclusive ? Number(issue.minimum) : `more than ${issue.minimum}`, got }));
        break;
      case 'too_big':
        if (issue.origin === 'array') out.push(err(path, 'field.tooMany', { max: Number(issue.maximum), got: (valueAt(input, issue.path) as unknown[]).length }));
        else if (issue.origin === 'string') out.push(err(path, 'field.invalid', { reason: `longer than ${issue.maximum} characters` }));
        else out.push(err(path, 'field.max', { max: Number(issue.maximum), got }));
        break;
      case 'unrecognized_keys':
        for (const k of issue.keys) out.push(err(parts.concat(k).join('.'), 'field.unknown', { keys: k }));
        break;
      case 'invalid_value':
        out.push(err(path, 'field.enum', { options: issue.values.map(String).join(', '), got }));
        break;
      default:
        out.push(err(path, 'field.invalid', { reason: issue.message }));
    }
  }
  return out;
}
