import { describe, expect, it } from 'vitest';
import { spacedLabels } from '../../client/canvas/scale';
import { adjacentPairs, at } from '../../shared/lists';

// Which quarter labels a narrow chart shows: evenly spaced from the first, never touching, and
// always the latest quarter.

const row = (n: number, step: number, w: number): [number, number][] => Array.from({ length: n }, (_, i) => [i * step - w / 2, i * step + w / 2]);

describe('spacedLabels', () => {
  it('shows every label when they fit (Q1 is not skipped)', () => {
    expect(spacedLabels(row(4, 55, 40))).toEqual([0, 1, 2, 3]);
  });

  it('thins evenly and keeps the last label clear of the one before it', () => {
    const shown = spacedLabels(row(6, 30, 40));
    expect(shown[0]).toBe(0);
    expect(shown.at(-1)).toBe(5);
    const ext = row(6, 30, 40);
    for (const [a, b] of adjacentPairs(shown)) expect(at(ext, a, 'label extent')[1] + 6).toBeLessThanOrEqual(at(ext, b, 'label extent')[0]);
  });

  it('drops the label just before the last instead of letting them overlap', () => {
    // Every second label fits, but index 4 would touch index 5.
    expect(spacedLabels(row(6, 25, 40))).toEqual([0, 2, 5]);
  });

  it('keeps only the latest when even two do not fit', () => {
    expect(spacedLabels(row(3, 5, 40))).toEqual([2]);
    expect(spacedLabels([])).toEqual([]);
    expect(spacedLabels(row(1, 10, 40))).toEqual([0]);
  });
});
