import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ORDER_LIMITS, ordersSchema, type Orders } from '../../shared/index';
import { copyWellFormedOrders } from '../../shared/orders/well-formed';

// The fast path for well-formed orders must agree with ordersSchema: whatever it accepts, zod
// accepts too and returns the same object (same fields, same field order); whatever it refuses
// is left to zod.

const full: Orders = {
  quarter: 3,
  chips: { gw: 1.5, maxPricePerGW: 40 },
  customChips: { gw: 0.25 },
  build: { gw: 2, expedite: true },
  allocation: { training: 30, products: 50, cloud: 20 },
  cloud: { launch: false, askPrice: 2.5 },
  finance: { raiseEquity: 0, issueDebt: 10, repayDebt: 0, buyback: 0 },
  statement: 'hype',
  deals: {
    propose: [{ seller: 'neutral', buyer: 'meta', cuPerQuarter: 2, pricePerCU: 1.25, quarters: 4 }],
    accept: ['p1'],
    reject: ['p2', 'p3'],
  },
  sellChips: { gw: 0.5 },
  vendorFinancing: { accept: true },
};

/** The same orders with every object's fields in reverse order (a client may send any order). */
function reversed(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(reversed);
  if (x === null || typeof x !== 'object') return x;
  return Object.fromEntries(Object.entries(x).reverse().map(([k, v]) => [k, reversed(v)]));
}

function agrees(input: unknown): 'fast' | 'zod' {
  const fast = copyWellFormedOrders(input);
  const zod = ordersSchema.safeParse(input);
  if (fast === null) return 'zod';
  expect(zod.success, `fast path accepted what zod refuses: ${JSON.stringify(input)}`).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  expect(fast).toStrictEqual(zod.data);
  return 'fast';
}

/** Every path to a value inside the orders (fields and array items). */
function paths(x: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (x === null || typeof x !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(x) ? x.map((_, i) => i) : Object.keys(x);
  return [prefix, ...keys.flatMap((k) => paths((x as Record<string | number, unknown>)[k], [...prefix, k]))];
}

function withValue(o: unknown, path: (string | number)[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(o) as Record<string | number, unknown>;
  if (path.length === 0) return value;
  let at: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete at[last];
  else at[last] = value;
  return copy;
}

const ODD_VALUES: unknown[] = [
  undefined, null, -1, -0, 0, 0.5, 1, 3, 40, 64, 100, 101, 1e9, Infinity, -Infinity, NaN, 2 ** 53,
  '', 'x', 'a'.repeat(65), 'neutral', 'meta', 'hype', true, false, [], {}, [1], { gw: 1 },
  ORDER_LIMITS.chipsGW, ORDER_LIMITS.chipsGW + 1e-9,
];

describe('copyWellFormedOrders', () => {
  it('takes the fast path for complete and minimal orders, in any field order, with zod’s result', () => {
    const { sellChips: _s, vendorFinancing: _v, ...minimal } = full;
    for (const o of [full, minimal, reversed(full), reversed(minimal)]) expect(agrees(o)).toBe('fast');
    expect(JSON.stringify(copyWellFormedOrders(reversed(full)))).toBe(JSON.stringify(full));
  });

  it('returns a copy that shares nothing with its input', () => {
    const copy = copyWellFormedOrders(full)!;
    expect(copy).not.toBe(full);
    expect(copy.chips).not.toBe(full.chips);
    expect(copy.deals.propose[0]).not.toBe(full.deals.propose[0]);
    expect(copy.deals.accept).not.toBe(full.deals.accept);
  });

  it('never accepts what zod refuses: every field replaced, removed or added', () => {
    let fast = 0;
    let zod = 0;
    for (const path of paths(full)) {
      for (const value of ODD_VALUES) {
        if (agrees(withValue(full, path, value, false)) === 'fast') fast++;
        else zod++;
      }
      agrees(withValue(full, path, undefined, true));
      if (path.length > 0) agrees(withValue(full, [...path.slice(0, -1), 'extra'], 1, false));
    }
    // Both paths were exercised: many replacements are still valid orders, many are not.
    expect(fast).toBeGreaterThan(20);
    expect(zod).toBeGreaterThan(200);
  });

  it('agrees with zod on random orders', () => {
    const num = fc.oneof(fc.double(), fc.integer({ min: -5, max: 120 }), fc.constantFrom(0, -0, 1, 40, 100));
    const arb = fc.record({
      quarter: num,
      chips: fc.record({ gw: num, maxPricePerGW: num }),
      customChips: fc.record({ gw: num }),
      build: fc.record({ gw: num, expedite: fc.boolean() }),
      allocation: fc.record({ training: num, products: num, cloud: num }),
      cloud: fc.record({ launch: fc.boolean(), askPrice: num }),
      finance: fc.record({ raiseEquity: num, issueDebt: num, repayDebt: num, buyback: num }),
      statement: fc.constantFrom('none', 'hype', 'clarify', 'capexDiscipline', 'announceCloud', 'other'),
      deals: fc.record({
        propose: fc.array(fc.record({ seller: fc.constantFrom('neutral', 'meta', 'openai', 'nobody'), buyer: fc.constantFrom('meta', 'neutral', 'google'), cuPerQuarter: num, pricePerCU: num, quarters: num }), { maxLength: 4 }),
        accept: fc.array(fc.string({ maxLength: 70 }), { maxLength: 3 }),
        reject: fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
      }),
      sellChips: fc.option(fc.record({ gw: num }), { nil: undefined }),
    }, { requiredKeys: ['quarter', 'chips', 'customChips', 'build', 'allocation', 'cloud', 'finance', 'statement', 'deals'] });
    fc.assert(fc.property(arb, (o) => void agrees(o)), { numRuns: 3000, seed: 13 });
  });
});
