import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, createMatch, playerView } from '../../shared/index';
import { traitsFor } from '../../shared/bots';
import { TRAINING_BUDGET_SHARE, planAllocation } from '../../shared/bots/allocation';
import { readSituation } from '../../shared/bots/situation';

// Bots keep training overhead within a budget (a share of trailing quarterly revenue): chips do ever
// more CU per GW while the overhead per training CU stays, so over 40 quarters a fleet left to train
// cost a hyperscaler builder more than it earned (1,300 training CU, $390B of overhead a quarter)
// and took it bankrupt. Compute past the budget is left spare on products, where it costs nothing.

function situation(availableCU: number, trailingRevenue: number) {
  const state = createMatch(DEFAULT_SCENARIO, {}, 'budget');
  const k = readSituation(playerView(state, 'meta', []), 'meta', DEFAULT_SCENARIO);
  return { ...k, availableCU, trailingRevenue };
}

describe('training budget of the bots', () => {
  it('does not bind at the scale of a 12-quarter match', () => {
    const k = situation(14, 4 * 70);
    const a = planAllocation(k, traitsFor('classic', 'meta'));
    expect(a.training).toBeGreaterThan(50);
    expect(a.training + a.products + a.cloud).toBe(100);
  });

  it('caps training overhead at its share of quarterly revenue and leaves the rest spare on products', () => {
    const k = situation(1300, 4 * 300);
    const a = planAllocation(k, traitsFor('builder', 'meta'));
    const overhead = (a.training / 100) * k.availableCU * DEFAULT_SCENARIO.training.overheadPerCU;
    expect(overhead).toBeLessThanOrEqual(TRAINING_BUDGET_SHARE * 300 + 1e-9);
    expect(overhead).toBeGreaterThan(TRAINING_BUDGET_SHARE * 300 * 0.9);
    expect(a.training + a.products + a.cloud).toBe(100);
    expect(a.products).toBeGreaterThan(50);
  });
});
