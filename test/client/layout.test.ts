import { afterEach, describe, expect, it } from 'vitest';
import { Box } from '../../client/ui/box';
import { computeViewport, MIN_H, MIN_W } from '../../client/ui/viewport';
import { setLocale } from '../../client/i18n/locale';

// The scale strategy and the direction-aware layout boxes.

describe('viewport', () => {
  it('gives every reference size a logical area of at least MIN_W × MIN_H with crisp text', () => {
    for (const [w, h] of [
      [1280, 720],
      [1920, 1080],
      [1024, 640],
    ]) {
      const vp = computeViewport(w, h, 1);
      expect(vp.w).toBeGreaterThanOrEqual(MIN_W - 1e-9);
      expect(vp.h).toBeGreaterThanOrEqual(MIN_H - 1e-9);
      expect(vp.w * vp.scale).toBeCloseTo(w);
      expect(vp.zoom).toBeCloseTo(vp.scale);
    }
    expect(computeViewport(1920, 1080, 2).zoom).toBeCloseTo(2 * computeViewport(1920, 1080, 1).zoom);
  });
});

describe('Box', () => {
  afterEach(() => setLocale('en'));

  it('places children from the reading start and mirrors them in Arabic', () => {
    const b = new Box(100, 0, 400, 50);
    setLocale('en');
    expect(b.startX(10, 50)).toBe(110);
    expect(b.start(10)).toBe(110);
    expect(b.columns(2, 0).map((c) => c.x)).toEqual([100, 300]);
    setLocale('ar');
    expect(b.startX(10, 50)).toBe(440);
    expect(b.start(10)).toBe(490);
    expect(b.columns(2, 0).map((c) => c.x)).toEqual([300, 100]);
    const [first, rest] = b.cutStart(100, 10);
    expect(first.x).toBe(400);
    expect(rest.x).toBe(100);
    expect(rest.w).toBe(290);
  });
});
