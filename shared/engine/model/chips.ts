import type { ChipFill, CurvePoint } from '../types';
import type { Role } from '../../roles';
import type { Scenario } from '../scenario-types';

// Chip market (GAME.md 5.3). Price is a function of total demand D against the supply cap S:
//   D ≤ S: p = L × (1 − slack × (1 − D/S))          (slack market, a discount)
//   D > S: p = min(2L, L × (1 + premium × (D/S − 1))) (scarce market, a premium)
// Bids whose limit is below p drop out, lowest limit first, one group per round (at most
// `maxRounds` rounds, then all remaining under-limit bids at once) and p is recomputed. In a
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
  rounds: number;
  fills: ChipFill[];
  neutralFilled: number;
  supplyCurve: CurvePoint[];
  demandCurve: CurvePoint[];
}

function limitOf(b: ChipBid, capPrice: number): number {
  return b.maxPrice > 0 ? b.maxPrice : capPrice;
}

export function clearChipMarket(
  bids: readonly ChipBid[],
  neutralDemand: number,
  supply: number,
  listPrice: number,
  p: ChipParams,
): ChipClearing {
  const capPrice = p.maxPriceMultiple * listPrice;
  const active = bids.filter((b) => b.gw > 0);
  const dropped = new Set<Role>();
  const demandOf = () => neutralDemand + active.filter((b) => !dropped.has(b.role)).reduce((s, b) => s + b.gw, 0);
  let demand = demandOf();
  let price = chipPrice(demand, supply, listPrice, p);
  let rounds = 0;
  for (;;) {
    const below = active.filter((b) => !dropped.has(b.role) && limitOf(b, capPrice) < price);
    if (below.length === 0) break;
    if (rounds < p.maxRounds) {
      const lowest = Math.min(...below.map((b) => limitOf(b, capPrice)));
      for (const b of below) if (limitOf(b, capPrice) === lowest) dropped.add(b.role);
    } else {
      for (const b of below) dropped.add(b.role);
    }
    rounds++;
    demand = demandOf();
    price = chipPrice(demand, supply, listPrice, p);
    if (rounds > p.maxRounds) break;
  }
  const scarce = demand > supply;
  const fillRatio = scarce ? supply / demand : 1;
  const fills: ChipFill[] = bids.map((b) => ({
    role: b.role,
    requestedGW: b.gw,
    maxPrice: b.maxPrice,
    filledGW: b.gw > 0 && !dropped.has(b.role) ? b.gw * fillRatio : 0,
    droppedOut: dropped.has(b.role),
  }));
  const quantity = Math.min(demand, supply);

  const qCap = p.scarcityPremium > 0 ? supply * (1 + (p.maxPriceMultiple - 1) / p.scarcityPremium) : supply;
  const qEnd = Math.max(qCap, neutralDemand + bids.reduce((s, b) => s + b.gw, 0)) * 1.1;
  const supplyCurve: CurvePoint[] = [
    { q: 0, p: listPrice * (1 - p.slackDiscount) },
    { q: supply, p: listPrice },
    { q: qCap, p: capPrice },
    { q: qEnd, p: capPrice },
  ];
  // Demand: neutral buyers first (any price), then bids by limit, highest first (ties: seat order).
  const steps = [{ gw: neutralDemand, limit: capPrice }, ...active.map((b) => ({ gw: b.gw, limit: limitOf(b, capPrice) }))]
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => b.limit - a.limit || a.i - b.i);
  const demandCurve: CurvePoint[] = [];
  let cum = 0;
  for (const s of steps) {
    if (s.gw <= 0) continue;
    demandCurve.push({ q: cum, p: s.limit }, { q: cum + s.gw, p: s.limit });
    cum += s.gw;
  }
  demandCurve.push({ q: cum, p: 0 });
  return { price, totalDemand: demand, quantity, scarce, rounds, fills, neutralFilled: neutralDemand * fillRatio, supplyCurve, demandCurve };
}
