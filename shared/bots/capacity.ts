import { ORDER_LIMITS } from '../orders/limits';
import { powInt } from '../math/index';
import { buildPlan } from '../engine/model/datacenters';
import type { Situation } from './situation';
import type { BotTraits } from './personas';
import { clamp, floor2, round2 } from './numbers';
import { investorBrake } from './investors';

// Chips, custom silicon and data centers: order at the persona's pace, bent by what the markets
// said last quarter, and keep data-center shell ahead of the chips that will need it.

export interface CapacityPlan {
  chipsGW: number;
  maxPricePerGW: number;
  /** Expected chip price and fill for the order (for the cash plan). */
  chipPrice: number;
  customGW: number;
  customPrice: number;
  buildGW: number;
  expedite: boolean;
  buildCostPerGW: number;
  buildQuarters: number;
}

/** How much the market signals push the order up or down (1 = neutral). */
function marketSignal(k: Situation, tr: BotTraits, sellsCompute: boolean): number {
  let s = 1;
  if (sellsCompute) s *= clamp(k.lastCloudPrice / k.pref, 0.5, 1.5);
  // Compute that found no use last quarter says the capacity is not needed yet.
  s *= 1 - clamp((k.idleShare - 0.05) * 2, 0, 0.8);
  // Cheap capital in good moods, dear in bad ones.
  s *= 0.75 + (0.5 * k.mood) / 100;
  // Demand the company could not serve calls for more.
  const productsCapacity = k.availableCU * k.revenuePerCU;
  if (k.productDemand > 0.8 * productsCapacity) s *= 1.15;
  return 1 + tr.signalWeight * (s - 1);
}

/** Random factors on the chips, custom silicon and shell a decision orders. */
export type Jitter = readonly [chips: number, custom: number, build: number];

export function planCapacity(k: Situation, tr: BotTraits, jitter: Jitter, sellsCompute: boolean): CapacityPlan {
  const { sc, t } = k;
  const pace = sc.companies[k.role].pace;
  // Chips ordered in the last quarter would arrive after the match; careful personas slow down earlier.
  const endTaper = k.quartersLeft <= 1 ? 0 : tr.endGameCut && k.quartersLeft <= 3 ? 0.5 : 1;
  // Investors (capex penalty, cost of capital, solvency headroom) brake every company's new capex.
  const owedSoon = k.capexDueNow + k.installmentsNext + 2 * Math.max(0, -k.ocf);
  const signal = marketSignal(k, tr, sellsCompute) * investorBrake(k.investors, tr, owedSoon);

  // Merchant chips.
  let gw = t < tr.surgeQuarters ? pace.chipsGW * tr.surgePace : pace.chipsGW * tr.chipPace * powInt(1 + tr.paceGrowth, t);
  gw = Math.max(gw, tr.minChipShare * k.chipGWNext);
  gw *= signal * jitter[0] * endTaper;
  gw = clamp(gw, 0, ORDER_LIMITS.chipsGW);
  const maxPrice = round2(Math.min(ORDER_LIMITS.maxPricePerGW, k.listPrice * tr.maxChipPremium));
  for (let i = 0; i < 6 && gw > 0.02 && k.chipPriceFor(gw) > maxPrice; i++) gw *= 0.7;
  gw = floor2(gw);

  // Custom silicon (Trainium, TPU): outside the chip market, within the cap.
  const cs = sc.customSilicon[k.role];
  const cap = cs ? k.customCap : 0;
  const customGW = cap > 0 ? floor2(Math.min(cap * 0.999, cap * tr.customShare * clamp(signal, 0.5, 1.2) * jitter[1] * endTaper)) : 0;
  const customPrice = cs ? cs.priceFactor * k.listPrice : 0;

  // Shell: chips after next quarter plus three more quarters at this pace, less what retires.
  const newChips = gw + customGW;
  const chipsAfter = k.chipGWNext + newChips;
  const horizon = k.quartersLeft > 5 ? 3 : 0;
  const target = (chipsAfter + horizon * newChips - k.retiringSoonGW) * (1 + tr.shellMargin);
  let build = Math.max(0, target - k.shellPipeline);
  const shortNext = chipsAfter - k.shellNext - shellDueWithin(k, 2);
  let expedite = false;
  // Builders pay +60% to have shell in two quarters when chips would wait for it, or when the
  // rental market is tight enough that capacity sells at a premium.
  const tight = sellsCompute && k.lastCloudPrice > 1.1 * k.pref && build > 0.1;
  if (tr.expedite && (shortNext > 0.15 || tight) && k.quartersLeft > 2) {
    expedite = true;
    build = Math.max(build, shortNext);
  }
  // Builds that finish after the match cannot earn anything.
  const quarters = (expedite ? sc.dataCenters.expediteQuarters : sc.dataCenters.buildQuarters) + k.extraBuildQuarters;
  if (k.quartersLeft <= quarters) build = 0;
  if (!expedite && k.powerIndexFor(build) > 1.3) build *= 0.7;
  build = floor2(clamp(build * jitter[2], 0, ORDER_LIMITS.buildGW));
  if (build < 0.02) {
    build = 0;
    expedite = false;
  }
  const plan = buildPlan(build, expedite, k.dcCostIndex, k.powerIndexFor(build), k.extraBuildQuarters, sc);

  return {
    chipsGW: gw,
    maxPricePerGW: gw > 0 ? maxPrice : 0,
    chipPrice: gw > 0 ? k.chipPriceFor(gw) : 0,
    customGW,
    customPrice,
    buildGW: build,
    expedite,
    buildCostPerGW: plan.costPerGW,
    buildQuarters: plan.quarters,
  };
}

/** Shell finishing within `n` quarters after next quarter. */
function shellDueWithin(k: Situation, n: number): number {
  return k.me.shellsUnderConstruction.filter((u) => u.readyQuarter > k.t + 1 && u.readyQuarter <= k.t + 1 + n).reduce((x, u) => x + u.gw, 0);
}

/** Scale the plan's spending down by `f` (0..1) when the money is not there. */
export function scaleCapacity(p: CapacityPlan, f: number): CapacityPlan {
  if (f >= 1) return p;
  const chipsGW = floor2(p.chipsGW * f);
  const buildGW = floor2(p.buildGW * f);
  return {
    ...p,
    chipsGW,
    maxPricePerGW: chipsGW > 0 ? p.maxPricePerGW : 0,
    customGW: floor2(p.customGW * f),
    buildGW: buildGW < 0.02 ? 0 : buildGW,
    expedite: buildGW < 0.02 ? false : p.expedite,
  };
}
