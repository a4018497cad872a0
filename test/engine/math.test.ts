import { describe, expect, it } from 'vitest';
import { clamp, logisticStep, powInt, roundTo } from '../../shared/math/index';
import { noise4, stream } from '../../shared/math/rng';

describe('math helpers', () => {
  it('powInt computes integer powers exactly', () => {
    expect(powInt(1.5, 0)).toBe(1);
    expect(powInt(1.5, 1)).toBe(1.5);
    expect(powInt(1.5, 2)).toBe(2.25);
    expect(powInt(1.5, 3)).toBe(3.375);
    expect(powInt(1.5, -2)).toBeCloseTo(1 / 2.25, 15);
    expect(powInt(2, 10)).toBe(1024);
    expect(powInt(1.1, 4)).toBeCloseTo(1.4641, 12);
    expect(() => powInt(2, 0.5)).toThrow(/integer/);
  });

  it('clamp, roundTo and the logistic step', () => {
    expect(clamp(5, 0, 3)).toBe(3);
    expect(clamp(-1, 0, 3)).toBe(0);
    expect(clamp(2, 0, 3)).toBe(2);
    expect(roundTo(1.25, 1)).toBe(1.3);
    expect(roundTo(-1.25, 1)).toBe(-1.3);
    expect(logisticStep(100, 0.1, 400)).toBeCloseTo(100 * (1 + 0.1 * 0.75), 12);
    expect(logisticStep(500, 0.1, 400)).toBe(500);
  });

  it('streams are seeded per (seed, quarter, name) and independent', () => {
    const a1 = stream('s', 3, 'events');
    const a2 = stream('s', 3, 'events');
    const seqA = [a1.next(), a1.next(), a1.next()];
    expect([a2.next(), a2.next(), a2.next()]).toEqual(seqA);
    const other = stream('s', 3, 'mood');
    expect(other.next()).not.toBe(seqA[0]);
    expect(stream('s', 4, 'events').next()).not.toBe(seqA[0]);
    expect(stream('t', 3, 'events').next()).not.toBe(seqA[0]);
    // Drawing from one stream does not shift another.
    const m1 = stream('s', 3, 'mood').next();
    const e = stream('s', 3, 'events');
    e.next();
    e.next();
    expect(stream('s', 3, 'mood').next()).toBe(m1);
  });

  it('noise4 has mean ≈ 0 and standard deviation ≈ sigma', () => {
    let s1 = 0;
    let s2 = 0;
    const n = 4000;
    for (let q = 0; q < n; q++) {
      const x = noise4(stream('noise', q, 'mood'), 2);
      s1 += x;
      s2 += x * x;
    }
    const mean = s1 / n;
    const sd = Math.sqrt(s2 / n - mean * mean);
    expect(Math.abs(mean)).toBeLessThan(0.1);
    expect(sd).toBeGreaterThan(1.9);
    expect(sd).toBeLessThan(2.1);
  });
});
