import type { Role } from '../../roles';
import { at } from '../../lists';
import type { ProductShare } from '../types';

// AI products (GAME.md 5.9): demand share by attractiveness a = (Q/Qmax)² × brand; revenue served
// is capped by products compute × revenue per CU; unserved demand goes once, pro rata to spare
// capacity, to companies that have some; the rest is lost.

export interface ProductsInput {
  role: Role;
  quality: number;
  brand: number;
  /** Competes this quarter (active and solvent); absent seats keep a share that is lost to the game. */
  competing: boolean;
  /** Bankrupt companies have no share at all. */
  present: boolean;
  productsCU: number;
}

/** One company's share of product demand: the report's ProductShare. */
export type ProductsOutcome = ProductShare;

export function splitProductDemand(
  inputs: readonly ProductsInput[],
  spend: number,
  revenuePerCU: number,
): { outcomes: ProductsOutcome[]; lost: number; frontier: number } {
  const frontier = Math.max(...inputs.filter((i) => i.present).map((i) => i.quality), 0);
  const attract = inputs.map((i) => {
    if (!i.present || frontier <= 0) return 0;
    const r = i.quality / frontier;
    return r * r * i.brand;
  });
  const total = attract.reduce((s, a) => s + a, 0);
  const outcomes: ProductsOutcome[] = inputs.map((i, k) => {
    const attractiveness = at(attract, k, 'attractiveness');
    const share = total > 0 ? attractiveness / total : 0;
    const demand = i.competing ? spend * share : 0;
    const capacity = i.competing ? i.productsCU * revenuePerCU : 0;
    const servedOwn = Math.min(demand, capacity);
    return {
      role: i.role,
      attractiveness,
      share,
      demand,
      servedOwn,
      servedSpill: 0,
      unserved: demand - servedOwn,
      productsCU: i.productsCU,
      revenue: servedOwn,
    };
  });
  const unservedTotal = outcomes.reduce((s, o) => s + o.unserved, 0);
  const spare = outcomes.map((o, k) => (at(inputs, k, 'product input').competing ? Math.max(0, o.productsCU * revenuePerCU - o.servedOwn) : 0));
  const spareTotal = spare.reduce((s, x) => s + x, 0);
  const taken = Math.min(unservedTotal, spareTotal);
  if (taken > 0) {
    outcomes.forEach((o, k) => {
      o.servedSpill = (taken * at(spare, k, 'spare capacity')) / spareTotal;
      o.revenue = o.servedOwn + o.servedSpill;
    });
  }
  return { outcomes, lost: unservedTotal - taken, frontier };
}

/** Ad revenue lift from model quality: × (1 + uplift × (Q/Qmax − 0.5)). */
export function adUpliftFactor(quality: number, frontier: number, uplift: number): number {
  return 1 + uplift * ((frontier > 0 ? quality / frontier : 0) - 0.5);
}
