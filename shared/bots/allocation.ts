import type { Orders } from '../orders/types';
import type { Situation } from './situation';
import type { BotTraits } from './personas';
import { clamp } from './numbers';

// Splitting compute: products first, up to expected demand plus some headroom (a CU of products
// earns about twice what a CU rents for), then the cloud share, and the rest trains the model, as
// long as its overhead stays within a budget: compute past it is left spare on products (idle,
// no overhead) rather than spent on training nobody can pay for.

/** Largest training overhead a bot pays, as a share of its trailing quarterly revenue. */
export const TRAINING_BUDGET_SHARE = 0.25;

export function planAllocation(k: Situation, tr: BotTraits): Orders['allocation'] {
  const avail = k.availableCU;
  if (avail <= 1e-6) {
    const a = k.me.allocation;
    return k.cloudLiveNow ? { ...a } : { training: a.training + a.cloud, products: a.products, cloud: 0 };
  }
  const rpc = Math.max(0.01, k.revenuePerCU);
  // Demand nobody could serve last quarter spills to spare product capacity: aim at a slice of it.
  const spill = k.industryLostDemand > 0 ? 0.3 * k.industryLostDemand : 0;
  const needCU = ((k.productDemand + spill) / rpc) * (1 + tr.productsHeadroom);
  const minTraining = Math.round(tr.minTraining * 100);
  let products = clamp(Math.ceil((100 * needCU) / avail), 5, 100 - minTraining);

  let cloud = 0;
  if (k.cloudLiveNow) {
    let share = tr.cloudShare;
    // A glutted rental market pays less than the neutral suppliers' cost: rent out less.
    if (k.lastCloudPrice < k.neutralCost) share *= 0.6;
    else if (k.lastCloudPrice > 1.2 * k.pref) share *= 1.15;
    cloud = clamp(Math.round(share * 100), 0, 100 - minTraining - products);
    // A new cloud sells only part of what it offers: keep products served first.
  }
  products = clamp(products, 0, 100 - cloud);
  let training = 100 - products - cloud;
  // Chips do ever more CU per GW while the overhead per training CU stays: over long matches a
  // fleet left to train would cost more than the company earns (a builder's 1,300 CU: $390B a quarter).
  const overhead = k.sc.training.overheadPerCU;
  if (overhead > 0 && k.trailingRevenue > 0) {
    const maxTraining = Math.floor((100 * (TRAINING_BUDGET_SHARE * k.trailingRevenue) / 4 / overhead) / avail);
    if (training > maxTraining) {
      products += training - Math.max(0, maxTraining);
      training = Math.max(0, maxTraining);
    }
  }
  return { training, products, cloud };
}
