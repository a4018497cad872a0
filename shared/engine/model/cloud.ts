import type { CloudOffer, CurvePoint } from '../types';

// Cloud rental market (GAME.md 5.8): linear demand Qd(P) = D × (Pmax − P) / (Pmax − Pref),
// uniform-price clearing against the step supply curve of offers sorted by ask.

/** Whether a cloud with this status is live in quarter t (a launching cloud goes live in its ready quarter). */
export function cloudLiveIn(status: string, readyQuarter: number | null, t: number): boolean {
  return status === 'live' || (status === 'launching' && readyQuarter !== null && readyQuarter <= t);
}

export interface CloudOfferIn {
  seller: CloudOffer['seller'];
  ask: number;
  offeredCU: number;
  sellableCU: number;
  /** Tie-break: seat index, neutral last. */
  order: number;
}

export interface CloudClearing {
  price: number;
  quantity: number;
  offers: CloudOffer[];
  supplyCurve: CurvePoint[];
  demandCurve: CurvePoint[];
}

export function cloudDemandAt(price: number, demandRef: number, pref: number, pmax: number): number {
  return Math.max(0, (demandRef * (pmax - price)) / (pmax - pref));
}

export function cloudInversePrice(quantity: number, demandRef: number, pref: number, pmax: number): number {
  if (demandRef <= 0) return 0;
  return Math.max(0, pmax - (quantity * (pmax - pref)) / demandRef);
}

export function clearCloudMarket(input: readonly CloudOfferIn[], demandRef: number, pref: number, pmax: number): CloudClearing {
  const sorted = input
    .filter((o) => o.sellableCU > 0)
    .slice()
    .sort((a, b) => a.ask - b.ask || a.order - b.order);
  const sold = new Map<CloudOfferIn, number>();
  let cum = 0;
  let price = -1;
  let quantity = 0;
  for (const o of sorted) {
    const qd = cloudDemandAt(o.ask, demandRef, pref, pmax);
    if (qd <= cum) {
      // Demand crossed while supply was flat at `cum`: the price sits between the previous ask and this one.
      price = cloudInversePrice(cum, demandRef, pref, pmax);
      quantity = cum;
      break;
    }
    if (qd <= cum + o.sellableCU) {
      price = o.ask;
      quantity = qd;
      sold.set(o, qd - cum);
      cum = qd;
      break;
    }
    sold.set(o, o.sellableCU);
    cum += o.sellableCU;
  }
  if (price < 0) {
    // Supply ran out first: price = inverse demand at total supply.
    price = cloudInversePrice(cum, demandRef, pref, pmax);
    quantity = cum;
  }
  const offers: CloudOffer[] = input.map((o) => ({
    seller: o.seller,
    ask: o.ask,
    offeredCU: o.offeredCU,
    sellableCU: o.sellableCU,
    soldCU: sold.get(o) ?? 0,
  }));
  const supplyCurve: CurvePoint[] = [];
  let c = 0;
  for (const o of sorted) {
    supplyCurve.push({ q: c, p: o.ask }, { q: c + o.sellableCU, p: o.ask });
    c += o.sellableCU;
  }
  if (supplyCurve.length > 0) supplyCurve.push({ q: c, p: pmax });
  const demandCurve: CurvePoint[] = [
    { q: 0, p: pmax },
    { q: demandRef, p: pref },
    { q: cloudDemandAt(0, demandRef, pref, pmax), p: 0 },
  ];
  return { price, quantity, offers, supplyCurve, demandCurve };
}
