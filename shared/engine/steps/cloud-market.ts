import { ROLES, seatIndex } from '../../roles';
import { outsideCloudCU, outsideContractCU, outsideRoles } from '../model/outside';
import { efficiency } from '../calendar';
import { clearCloudMarket, type CloudOfferIn } from '../model/cloud';
import { addRevenue, news, r2, type Ctx } from '../context';

// Step 8 (GAME.md 5.8): live clouds offer cloud% × available CU, of which (0.5 + 0.5 × reputation)
// can sell; the neutral supplier offers its spare capacity at cost. Uniform-price clearing.

export function neutralCostPerCU(ctx: Pick<Ctx, 'sc' | 's' | 'cal' | 't'>): number {
  return ctx.sc.contracts.neutral.costPerCU / efficiency(ctx.sc, ctx.t);
}

export function runCloudMarket(ctx: Ctx): void {
  const { s, sc } = ctx;
  const cp = sc.cloud;
  const offers: CloudOfferIn[] = [];
  for (const role of ctx.live) {
    const c = s.companies[role];
    const cap = ctx.cap[role]!;
    if (c.cloud.status !== 'live' || cap.cloudCU <= 0) continue;
    offers.push({
      seller: role,
      ask: ctx.orders[role]!.cloud.askPrice,
      offeredCU: cap.cloudCU,
      sellableCU: cap.cloudCU * (cp.sellableBase + cp.sellableReputationWeight * c.cloud.reputation),
      order: seatIndex(role),
    });
  }
  // Outside companies (absent seats, engine 2.3) rent their cloud share through the neutral supplier.
  // An outside OpenAI keeps taking its contracted compute, which leaves the market.
  const outside = outsideRoles(sc, s.settings, ROLES).reduce((x, r) => x + outsideCloudCU(sc, r, ctx.t), 0);
  const neutralCU = Math.max(0, ctx.neutralSpareCU + outside - outsideContractCU(sc, s.settings, ctx.t));
  if (neutralCU > 0) offers.push({ seller: 'neutral', ask: neutralCostPerCU(ctx), offeredCU: neutralCU, sellableCU: neutralCU, order: 99 });
  const demandRef = s.global.cloudDref * ctx.fx.cloudDemand;
  const pmax = cp.pref * cp.pmaxFactor;
  const m = clearCloudMarket(offers, demandRef, cp.pref, pmax);
  for (const o of m.offers) {
    if (o.seller === 'neutral') continue;
    const cap = ctx.cap[o.seller]!;
    cap.idleCU += o.offeredCU - o.soldCU;
    if (o.soldCU > 0) addRevenue(ctx.ledger[o.seller]!, 'revenue.cloud', o.soldCU * m.price, 'cloudAI');
  }
  ctx.cloud = {
    price: m.price,
    quantity: m.quantity,
    dref: demandRef,
    pref: cp.pref,
    pmax,
    offers: m.offers,
    supplyCurve: m.supplyCurve,
    demandCurve: m.demandCurve,
    unmetDemandCU: Math.max(0, demandRef - m.quantity),
  };
  s.global.lastCloudPrice = m.price;
  const params = { price: r2(m.price), quantity: r2(m.quantity) };
  if (m.price < 0.8 * cp.pref) news(ctx, 'news.cloud.overbuilt', params, 'bad');
  else if (m.price > 1.2 * cp.pref) news(ctx, 'news.cloud.tight', params, 'good');
  else news(ctx, 'news.cloud.price', params, 'info');
}
