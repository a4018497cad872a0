// Small number helpers for bot orders: people type round numbers, and so do bots.

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Down to 2 decimals (never rounds above a cap). */
export function floor2(x: number): number {
  if (!Number.isFinite(x) || x <= 0) return 0;
  return Math.floor(x * 100 + 1e-9) / 100;
}

/** To 2 decimals, half up. */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const y = Math.round(x * 100) / 100;
  return y === 0 ? 0 : y;
}

/** Down to 1 decimal. */
export function floor1(x: number): number {
  if (!Number.isFinite(x) || x <= 0) return 0;
  return Math.floor(x * 10 + 1e-9) / 10;
}
