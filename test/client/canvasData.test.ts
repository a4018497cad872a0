import { describe, expect, it } from 'vitest';
import { sharedYRange } from '../../client/canvas/linePaint';
import { priceAt, tableQuantities, type MarketData } from '../../client/canvas/marketPaint';
import { moodZone } from '../../client/canvas/moodPaint';
import { placeLabel } from '../../client/canvas/placeLabel';
import { sameData } from '../../client/canvas/sameData';
import { niceDomain } from '../../client/canvas/scale';
import { waterfallSpans } from '../../client/canvas/waterfallPaint';

// The canvas components' arithmetic, without a browser: what they draw and what their text
// equivalents list follow from these.

describe('canvas data', () => {
  it('sameData compares data deeply and treats any two functions as equal', () => {
    const a = { xs: [1, 2, { q: 3 }], f: () => 'a', label: 'x' };
    expect(sameData(a, { xs: [1, 2, { q: 3 }], f: () => 'b', label: 'x' })).toBe(true);
    expect(sameData(a, { xs: [1, 2, { q: 4 }], f: () => 'a', label: 'x' })).toBe(false);
    expect(sameData(a, { xs: [1, 2], f: () => 'a', label: 'x' })).toBe(false);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData([NaN], [NaN])).toBe(true);
    expect(sameData([null], [0])).toBe(false);
  });

  it('priceAt reads a polyline, steps included, and nothing outside it', () => {
    const curve = [
      { q: 0, p: 1 },
      { q: 2, p: 3 },
      { q: 2, p: 5 },
      { q: 4, p: 6 },
    ];
    expect(priceAt(curve, 1)).toBe(2);
    expect(priceAt(curve, 3)).toBe(5.5);
    expect(priceAt(curve, 5)).toBeNull();
    expect(priceAt(curve, -1)).toBeNull();
    expect(priceAt([], 1)).toBeNull();
  });

  it('the market table lists the ticks within the curves and the clearing quantity, in order', () => {
    const d = { supply: [{ q: 0, p: 1 }, { q: 9, p: 7 }], demand: [{ q: 0, p: 6 }, { q: 8, p: 1 }], clearing: { q: 5.3, p: 3 } } as MarketData;
    expect(tableQuantities(d, niceDomain(0, 9.45, 6).ticks)).toEqual([0, 2, 4, 5.3, 6, 8]);
    expect(tableQuantities({ ...d, clearing: { q: 4, p: 3 } }, [0, 2, 4, 6, 8, 10])).toEqual([0, 2, 4, 6, 8]);
  });

  it('ticks step by 1, 2 or 5 (whole labels stay whole)', () => {
    expect(niceDomain(0, 9.45, 4).ticks).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceDomain(0, 230, 4).ticks).toEqual([0, 50, 100, 150, 200, 250]);
  });

  it('waterfall spans: steps move the running total, totals reset it from the axis start', () => {
    const items = [
      { label: 'start', amount: 55, kind: 'total' as const },
      { label: 'growth', amount: 9.5, kind: 'step' as const },
      { label: 'gap', amount: -4.5, kind: 'step' as const },
      { label: 'end', amount: 60, kind: 'total' as const },
    ];
    expect(waterfallSpans(items)).toEqual([
      { from: 0, to: 55, running: 55 },
      { from: 55, to: 64.5, running: 64.5 },
      { from: 64.5, to: 60, running: 60 },
      { from: 0, to: 60, running: 60 },
    ]);
    expect(waterfallSpans(items, 40)[0]).toEqual({ from: 40, to: 55, running: 55 });
  });

  it('sharedYRange covers every series and reference line of every chart, ignoring gaps', () => {
    const a = { series: [{ id: 'a', name: 'A', color: 0, values: [3, null, 9] }] };
    const b = { series: [{ id: 'b', name: 'B', color: 0, values: [5, 12] }], refs: [{ value: -1, label: 'x', color: 0 }] };
    expect(sharedYRange(a, b)).toEqual([-1, 12]);
    expect(sharedYRange({ series: [] })).toEqual([0, 1]);
  });

  it('mood zones split 0–100 in fifths', () => {
    expect([0, 19.9, 20, 45, 60, 79.9, 80, 100].map(moodZone)).toEqual([0, 0, 1, 2, 3, 3, 4, 4]);
  });

  it('placeLabel takes the first free spot inside the bounds, else the least covered', () => {
    const bounds = { x: 0, y: 0, w: 100, h: 100 };
    const placed = [{ x: 50, y: 30, w: 40, h: 20 }];
    // First spot (right of the anchor) is taken; the second (left) is free.
    const r = placeLabel(30, 10, 50, 40, bounds, placed, [
      [2, 0, 0, 0.5],
      [-2, 0, 1, 0.5],
    ]);
    expect(r).toEqual({ x: 18, y: 35, w: 30, h: 10 });
    expect(placed).toHaveLength(2);
  });
});
