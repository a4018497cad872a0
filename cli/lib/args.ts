// Minimal flag parsing for the CLI entry points: `--name value`, `--name=value` and boolean
// `--name`. Anything unknown or malformed is a UsageError (the caller prints usage, exits 2).

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type FlagKind = 'string' | 'boolean';

export function parseFlags(argv: readonly string[], spec: Record<string, FlagKind>): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  const queue = [...argv];
  for (let a = queue.shift(); a !== undefined; a = queue.shift()) {
    if (!a.startsWith('--') || a === '--') throw new UsageError(`unexpected argument '${a}'`);
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown flag --${name}`);
    if (name in out) throw new UsageError(`--${name} is given twice`);
    if (kind === 'boolean') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      out[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = a.slice(eq + 1);
    else {
      value = queue.shift();
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    }
    if (value === '') throw new UsageError(`--${name} needs a value`);
    out[name] = value;
  }
  return out;
}

/** A whole number in [min, max], or a UsageError naming the flag. */
export function intFlag(value: string | boolean | undefined, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got '${String(value)}')`);
  return n;
}

/** `--name N` of this process's arguments for the benchmarks: a positive number (floored), else `fallback`. */
export function benchArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
}
