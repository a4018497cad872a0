import { describe, expect, it } from 'vitest';
import { adjacentPairs, at, MissingValueError, must } from '../../shared/lists';
import { median } from '../../shared/math/index';
import { formatMessage } from '../../shared/orders/error-keys';

describe('checked reads (shared/lists)', () => {
  it('at returns the element in range and names what is missing outside it', () => {
    expect(at(['a', 'b'], 1, 'letter')).toBe('b');
    expect(() => at(['a', 'b'], 2, 'letter')).toThrow(MissingValueError);
    expect(() => at(['a', 'b'], 2, 'letter')).toThrow('missing letter [2] (length 2)');
    expect(() => at(['a'], -1, 'letter')).toThrow('missing letter [-1]');
    expect(() => at(['a'], 0.5, 'letter')).toThrow('missing letter [0.5]');
  });

  it('must passes every defined value through, falsy ones included', () => {
    expect(must(0, 'count')).toBe(0);
    expect(must('', 'name')).toBe('');
    expect(must(null, 'slot')).toBeNull();
    expect(() => must(new Map<string, number>().get('x'), "x's value")).toThrow("missing x's value");
  });

  it('adjacentPairs gives each element with the one before it', () => {
    expect(adjacentPairs([1, 2, 3])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(adjacentPairs([1])).toEqual([]);
    expect(adjacentPairs([])).toEqual([]);
    expect(adjacentPairs([undefined, 1])).toEqual([[undefined, 1]]);
  });

  it('median of odd, even, one and no values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBe(0);
  });

  it('formatMessage fills own parameters only: inherited names stay placeholders', () => {
    expect(formatMessage('{path} needs {n}', { path: 'orders.x', n: 2 })).toBe('orders.x needs 2');
    expect(formatMessage('{missing} and {constructor}', {})).toBe('{missing} and {constructor}');
  });
});
