import { at } from '../lists';

// Deterministic math (GAME.md section 9): only + − × ÷, Math.sqrt and the exact rounding/min/max
// family, so every JS engine computes the same bits. Anything curved is built from those here.

/** x^n for integer n (negative n gives 1 / x^|n|), by repeated squaring. */
export function powInt(x: number, n: number): number {
  if (!Number.isInteger(n)) throw new RangeError(`powInt: exponent must be an integer (got ${n})`);
  let e = n < 0 ? -n : n;
  let base = x;
  let result = 1;
  while (e > 0) {
    if (e & 1) result *= base;
    base *= base;
    e = Math.floor(e / 2);
  }
  return n < 0 ? 1 / result : result;
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Round to `digits` decimals, half away from zero (display and report rounding). */
export function roundTo(x: number, digits: number): number {
  const f = powInt(10, digits);
  const y = Math.abs(x) * f;
  return (Math.sign(x) * Math.round(y)) / f;
}

export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** Arithmetic mean; 0 for an empty list. */
export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : sum(xs) / xs.length;
}

/** Middle value (mean of the two middle ones for an even count); 0 for an empty list. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const v = [...xs].sort((a, b) => a - b);
  const h = Math.floor(v.length / 2);
  const upper = at(v, h, 'median: middle value');
  return v.length % 2 === 1 ? upper : (at(v, h - 1, 'median: lower middle value') + upper) / 2;
}

/** Logistic growth step: growth rate g damped as `level` approaches `ceiling`. */
export function logisticStep(level: number, g: number, ceiling: number): number {
  return level * (1 + g * Math.max(0, 1 - level / ceiling));
}
