// Reads by index or key that the type checker cannot prove present (`noUncheckedIndexedAccess`):
// where a miss would be a bug, these throw an error naming what was missing instead of letting
// `undefined` travel on and fail somewhere unrelated.

/** A value that had to be there was not: always a bug in the caller, never bad input. */
export class MissingValueError extends Error {
  constructor(what: string) {
    super(`missing ${what}`);
    this.name = 'MissingValueError';
  }
}

/** `value`, or a MissingValueError naming `what` when it is undefined. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new MissingValueError(what);
  return value;
}

/** `xs[i]`, or a MissingValueError naming `what` and the index when i is out of range. */
export function at<T>(xs: readonly T[], i: number, what: string): T {
  if (i < 0 || i >= xs.length || !Number.isInteger(i)) throw new MissingValueError(`${what} [${i}] (length ${xs.length})`);
  return xs[i] as T;
}

/** Each element with the one before it, in order: [xs[0], xs[1]], [xs[1], xs[2]], … (none below two elements). */
export function adjacentPairs<T>(xs: readonly T[]): [prev: T, next: T][] {
  const out: [T, T][] = [];
  // In range by the loop bounds; the casts keep T as it is (T itself may include undefined).
  for (let i = 1; i < xs.length; i++) out.push([xs[i - 1] as T, xs[i] as T]);
  return out;
}
