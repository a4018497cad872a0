import { adjacentPairs, at } from '../../shared/lists';

// Axis arithmetic: "nice" tick values and linear mappings (the canvas components' copy of client/charts/scale.ts,
// which goes away with the old Phaser UI).

export function niceStep(span: number, target: number): number {
  const raw = Math.abs(span) / Math.max(1, target);
  if (!Number.isFinite(raw) || raw === 0) return 1;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  // 1, 2 or 5 (no 2.5: ticks stay whole where the formatter shows whole numbers).
  const nice = norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10;
  return nice * mag;
}

export interface Domain {
  min: number;
  max: number;
  ticks: number[];
}

/** A domain covering [lo, hi] that starts and ends on nice ticks; includes zero when asked. */
export function niceDomain(lo: number, hi: number, target = 4, includeZero = true): Domain {
  let min = Number.isFinite(lo) ? lo : 0;
  let max = Number.isFinite(hi) ? hi : 1;
  if (includeZero) {
    min = Math.min(0, min);
    max = Math.max(0, max);
  }
  if (max - min < 1e-9) {
    max = min + (Math.abs(min) > 0 ? Math.abs(min) * 0.5 : 1);
    if (!includeZero) min -= (max - min) * 0.5;
  }
  const step = niceStep(max - min, target);
  const nmin = Math.floor(min / step + 1e-9) * step;
  const nmax = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = nmin; v <= nmax + step * 1e-6; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return { min: nmin, max: nmax, ticks };
}

export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** The distance between the first two ticks; 1 with fewer than two. */
export function tickStep(ticks: readonly number[]): number {
  const [first, second] = ticks;
  return first !== undefined && second !== undefined ? second - first : 1;
}

/** Decimals worth showing for tick labels of a given step. */
export function tickDecimals(step: number): number {
  if (step >= 1) return Number.isInteger(step) ? 0 : 1;
  if (step >= 0.1) return 1;
  return 2;
}

/**
 * Which x labels to show, given each one's [left, right] extent: every k-th one from the first,
 * with the smallest k that leaves a gap between neighbours, and always the last one (the latest
 * quarter) — a label just before it that would touch it is dropped instead.
 */
export function spacedLabels(extents: [number, number][], gap = 6): number[] {
  const n = extents.length;
  if (n <= 1) return n ? [0] : [];
  const extent = (i: number) => at(extents, i, 'x label extent');
  const clear = (a: number, b: number) => extent(a)[1] + gap <= extent(b)[0];
  for (let k = 1; k < n; k++) {
    const idx: number[] = [];
    for (let i = 0; i < n - 1; i += k) idx.push(i);
    while (idx.length > 1 && !clear(at(idx, idx.length - 1, 'shown x label'), n - 1)) idx.pop();
    idx.push(n - 1);
    if (adjacentPairs(idx).every(([a, b]) => clear(a, b))) return idx;
  }
  return clear(0, n - 1) ? [0, n - 1] : [n - 1];
}
