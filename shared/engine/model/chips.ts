import type { ChipFill, CurvePoint } from '../types';
import type { Role } from '../../roles';
import type { Scenario } from '../scenario-types';

// Chip market (GAME.md 5.3). Price is a function of total demand D against the supply cap S:
//   D ≤ S: p = L × (1 − slack × (1 − D/S))          (slack market, a discount)
//   D > S: p = min(2L, L × (1 + premium × (D/S − 1))) (scarce market, a premium)
// Bids carry a limit. The market clears where this price curve meets the demand steps (neutral
// buyers at any price, then bids by limit, highest first): bids whose limit is below the price drop
// out, lowest limit first, and the price is recomputed; a group of bids at one limit whose dropping
// out would take the price below that very limit stays in partly instead, with just enough of its
// orders that the price equals its limit. No bid is then refused at a price it would have paid. In a
// scarce market everyone left, neutral buyers included, is filled pro rata to S.

export interface ChipBid {
  role: Role;
  gw: number;
  /** 0 = no limit (any price up to the cap). */
  maxPrice: number;
}

type ChipParams = Scenario['chips'];

export function chipPrice(demand: number, supply: number, listPrice: number, p: ChipParams): number {
  if (supply <= 0) return p.maxPriceMultiple * listPrice;
  const r = demand / supply;
  if (r <= 1) return listPrice * (1 - p.slackDiscount * (1 - r));
  return Math.min(p.maxPriceMultiple * listPrice, listPrice * (1 + p.scarcityPremium * (r - 1)));
}

export interface ChipClearing {
  price: number;
  totalDemand: number;
  quantity: number;
  scarce: boolean;
  /** Limit groups the price pushed out of the market, fully or partly. */
  rounds: number;
  fills: ChipFill[];
  neutralFilled: number;
  supplyCurve: CurvePoint[];
  demandCurve: CurvePoint[];
}

function limitOf(b: ChipBid, capPrice: number): number {
  return b.maxPrice > 0 ? b.maxPrice : capPrice;
}

/** The total demand at which the price curve reaches `price` (inverse of chipPrice below the cap). */
export function demandAtPrice(price: number, supply: number, listPrice: number, p: ChipParams): number {
  if (price <= listPrice) {
    if (p.slackDiscount <= 0) return price < listPrice ? 0 : supply;
    return Math.max(0, supply * (1 - (1 - price / listPrice) / p.slackDiscount));
  }
  if (p.scarcityPremium <= 0) return Infinity;
  return supply * (1 + (price / listPrice - 1) / p.scarcityPremium);
}

const NEUTRAL_TRANCHES = 4;

/**
 * Outside buyers (engine 2, GAME.md 12.1.8) are price-sensitive: `neutralDemandAtMax` of their demand
 * buys at any price, the rest in equal tranches whose limits are spread between list and cap price.
 */
export function neutralTranches(neutralDemand: number, listPrice: number, p: ChipParams): { gw: number; limit: number }[] {
  const capPrice = p.maxPriceMultiple * listPrice;
  const firm = neutralDemand * p.neutralDemandAtMax;
  const out = [{ gw: firm, limit: capPrice }];
  const rest = neutralDemand - firm;
  for (let i = 0; i < NEUTRAL_TRANCHES && rest > 0; i++) out.push({ gw: rest / NEUTRAL_TRANCHES, limit: listPrice + ((i + 0.5) / NEUTRAL_TRANCHES) * (capPrice - listPrice) });
  return out;
}

/** Σ gw of the bids with chips whose limit is `limit`, in bid order. */
function bidsGWAt(bids: readonly ChipBid[], capPrice: number, limit: number): number {
  let gw = 0;
  for (const b of bids) if (b.gw > 0 && limitOf(b, capPrice) === limit) gw += b.gw;
  return gw;
}

/** Σ gw of the outside tranches whose limit is `limit`, in order. */
function tranchesGWAt(tranches: readonly { gw: number; limit: number }[], limit: number): number {
  let gw = 0;
  for (const x of tranches) if (x.limit === limit) gw += x.gw;
  return gw;
}

/** The distinct limits of the bids with chips, in bid order (as a Set would keep them). */
function distinctBidLimits(bids: readonly ChipBid[], capPrice: number): number[] {
  const out: number[] = [];
  for (const b of bids) {
    if (b.gw <= 0) continue;
    const limit = limitOf(b, capPrice);
    if (!out.includes(limit)) out.push(limit);
  }
  return out;
}

export function clearChipMarket(
  bids: readonly ChipBid[],
  neutralDemand: number,
  supply: number,
  listPrice: number,
  p: ChipParams,
): ChipClearing {
  const capPrice = p.maxPriceMultiple * listPrice;
  const tranches = neutralTranches(neutralDemand, listPrice, p).filter((x) => x.gw > 0);
  // Bids and outside tranches grouped by limit, highest first (equal limits clear together, pro rata).
  const bidLimits = distinctBidLimits(bids, capPrice);
  const limits = bidLimits.slice();
  for (const x of tranches) if (!limits.includes(x.limit)) limits.push(x.limit);
  limits.sort((a, b) => b - a);
  /** Share of each limit group's orders that stays in the market. */
  const kept = new Map<number, number>();
  let demand = 0;
  let marginal: number | null = null;
  for (const limit of limits) {
    const gw = bidsGWAt(bids, capPrice, limit) + tranchesGWAt(tranches, limit);
    if (chipPrice(demand + gw, supply, listPrice, p) <= limit) {
      kept.set(limit, 1);
      demand += gw;
      continue;
    }
    // The price with this whole group in is above its limit: it keeps what clears at its limit.
    const part = chipPrice(demand, supply, listPrice, p) < limit ? Math.min(gw, Math.max(0, demandAtPrice(limit, supply, listPrice, p) - demand)) : 0;
    if (part > 0) {
      kept.set(limit, part / gw);
      demand += part;
      marginal = limit;
    }
    break;
  }
  const price = marginal ?? chipPrice(demand, supply, listPrice, p);
  let rounds = 0;
  for (const l of bidLimits) if ((kept.get(l) ?? 0) < 1) rounds++;
  const scarce = demand > supply;
  const fillRatio = scarce ? supply / demand : 1;
  const fills: ChipFill[] = bids.map((b) => {
    const share = b.gw > 0 ? (kept.get(limitOf(b, capPrice)) ?? 0) : 0;
    return { role: b.role, requestedGW: b.gw, maxPrice: b.maxPrice, filledGW: b.gw * share * fillRatio, droppedOut: b.gw > 0 && share === 0 };
  });
  const quantity = Math.min(demand, supply);

  const qCap = p.scarcityPremium > 0 ? supply * (1 + (p.maxPriceMultiple - 1) / p.scarcityPremium) : supply;
  const qEnd = Math.max(qCap, neutralDemand + bids.reduce((s, b) => s + b.gw, 0)) * 1.1;
  const supplyCurve: CurvePoint[] = [
    { q: 0, p: listPrice * (1 - p.slackDiscount) },
    { q: supply, p: listPrice },
    { q: qCap, p: capPrice },
    { q: qEnd, p: capPrice },
  ];
  const neutralKept = tranches.reduce((s, x) => s + x.gw * (kept.get(x.limit) ?? 0), 0);
  return { price, totalDemand: demand, quantity, scarce, rounds, fills, neutralFilled: neutralKept * fillRatio, supplyCurve, demandCurve: demandCurveOf(tranches, bids, capPrice) };
}

/** Demand: neutral buyers first (any price), then bids by limit, highest first (ties: list order, tranches before bids). */
function demandCurveOf(tranches: readonly { gw: number; limit: number }[], bids: readonly ChipBid[], capPrice: number): CurvePoint[] {
  const steps: { gw: number; limit: number; i: number }[] = [];
  for (const x of tranches) steps.push({ gw: x.gw, limit: x.limit, i: steps.length });
  for (const b of bids) if (b.gw > 0) steps.push({ gw: b.gw, limit: limitOf(b, capPrice), i: steps.length });
  steps.sort((a, b) => b.limit - a.limit || a.i - b.i);
  const demandCurve: CurvePoint[] = [];
  let cum = 0;
  for (const s of steps) {
    if (s.gw <= 0) continue;
    demandCurve.push({ q: cum, p: s.limit }, { q: cum + s.gw, p: s.limit });
    cum += s.gw;
  }
  demandCurve.push({ q: cum, p: 0 });
  return demandCurve;
}
