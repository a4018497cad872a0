import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { installOrder } from '../../shared/engine/model/capacity';
import { secondHandPricePerGW, secondHandQuote, sellOrder } from '../../shared/engine/model/second-hand';
import { DEFAULT_SCENARIO } from '../../shared/index';
import type { ChipCohort } from '../../shared/engine/types';

// installOrder and sellOrder sort indices by insertion from the likely order
// (shared/engine/model/index-order.ts): the same orders as Array.prototype.sort with their
// comparators, for lists in any order, with ties.

const cohort = fc.record({
  gw: fc.constantFrom(0, 0.05, 0.5, 1, 2),
  year: fc.constant(2027),
  vintage: fc.integer({ min: -4, max: 6 }),
  cost: fc.constantFrom(1, 2.5),
  bookValue: fc.constantFrom(0, 1),
  ageQ: fc.integer({ min: 0, max: 5 }),
  custom: fc.boolean(),
  efficiency: fc.constantFrom(1, 0.85, 0.9),
});

const byInstall = (cs: ChipCohort[]) =>
  cs.map((_, i) => i).sort((i, j) => cs[j]!.vintage - cs[i]!.vintage || cs[i]!.ageQ - cs[j]!.ageQ || cs[j]!.efficiency - cs[i]!.efficiency || i - j);
const bySale = (cs: ChipCohort[]) => cs.map((_, i) => i).sort((i, j) => cs[i]!.vintage - cs[j]!.vintage || cs[j]!.ageQ - cs[i]!.ageQ || i - j);

describe('cohort index orders', () => {
  it('install and sale orders equal a full sort of the list, in any order and with ties', () => {
    fc.assert(
      fc.property(fc.array(cohort, { maxLength: 60 }), (cs) => {
        expect(installOrder(cs)).toEqual(byInstall(cs));
        expect(sellOrder(cs)).toEqual(bySale(cs));
      }),
      { numRuns: 2000, seed: 13 },
    );
  });

  it('the second-hand quote prices the first chips in sale order and values them all in list order', () => {
    fc.assert(
      fc.property(fc.array(cohort, { maxLength: 30 }), (cs) => {
        const live = cs.filter((k) => k.gw > 0);
        const order = bySale(live);
        const next = order.length > 0 ? secondHandPricePerGW(live[order[0]!]!, 8, 30, DEFAULT_SCENARIO) : 0;
        const total = live.reduce((s, k) => s + k.gw * secondHandPricePerGW(k, 8, 30, DEFAULT_SCENARIO), 0);
        expect(secondHandQuote(cs, 8, 30, DEFAULT_SCENARIO)).toEqual({ nextPerGW: next, total });
      }),
      { numRuns: 1000, seed: 13 },
    );
  });
});
