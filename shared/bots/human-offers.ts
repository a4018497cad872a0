import type { Role } from '../roles';
import { at } from '../lists';
import type { DealTerms } from '../orders/types';
import { ORDER_LIMITS } from '../orders/limits';
import type { PlayerView } from '../engine/types';
import { contractCU } from '../engine/model/contracts';
import type { Situation } from './situation';
import type { BotTraits } from './personas';
import { clamp, floor2, round2 } from './numbers';
import { avoidsCircles, roundTrip } from './investors';

// Deals a bot offers to the people at the table (issue 11, item 3). Seats played by people are
// public (the lobby shows them); the bot reads only what its own view shows about them:
//  - as seller: a live cloud with compute it could not sell or use last quarter offers a contract
//    to a human seat whose products demand went unserved last quarter (it is short of compute);
//  - as buyer: a seat short of compute asks a human seat whose live cloud had unsold capacity.
// No round trips for personas that mind circular money (shared/bots/investors.ts).
// Rare by design: at most one open offer per pair, no offer while a contract the two signed in this
// match is still running, and only when the seat's own draw (stream `bots/<role>`) says so.

export interface HumanOfferContext {
  k: Situation;
  tr: BotTraits;
  view: PlayerView;
  /** Seats people play (never the bot's own). */
  humans: readonly Role[];
  /** CU the seat would like on top of what it has. */
  computeGapCU: number;
  /** Two draws from the seat's stream. */
  draws: [number, number];
}

/** Per-quarter chance that a bot which could make an offer to a person makes it. */
export const HUMAN_OFFER_CHANCE = 0.5;

function openBetween(view: PlayerView, from: Role, to: Role): boolean {
  return view.proposals.some((p) => p.from === from && p.to === to && p.status === 'open');
}

/** A contract signed in this match (not a starting one) still runs between the two seats. */
function contractRunning(view: PlayerView, a: Role, b: Role, q: number): boolean {
  return view.contracts.some((c) => c.proposalId !== undefined && ((c.seller === a && c.buyer === b) || (c.seller === b && c.buyer === a)) && contractCU(c, q) > 0);
}

function playing(view: PlayerView, r: Role): boolean {
  const c = view.companies[r];
  return !!c && c.active && !c.bankrupt;
}

/** CU of products demand a seat could not serve last quarter (public in the report). */
export function shortfallCU(view: PlayerView, role: Role): number {
  const rep = view.lastReport;
  const s = rep?.products.shares.find((x) => x.role === role);
  if (!rep || !s || rep.products.revenuePerCU <= 0) return 0;
  return s.unserved / rep.products.revenuePerCU;
}

/** Compute the seat's cloud offered and did not sell last quarter, plus compute left idle. */
export function spareCU(view: PlayerView, role: Role): number {
  const rep = view.lastReport;
  if (!rep) return 0;
  const offer = rep.cloud.offers.find((o) => o.seller === role);
  const unsold = offer ? Math.max(0, offer.offeredCU - offer.soldCU) : 0;
  const idle = rep.companies.find((c) => c.role === role)?.capacity.idleCU ?? 0;
  return unsold + idle;
}

export function offersToHumans(ctx: HumanOfferContext): DealTerms[] {
  const { k, tr, view } = ctx;
  const me = k.role;
  const t = view.quarter;
  if (k.quartersLeft <= 3 || ctx.draws[0] >= HUMAN_OFFER_CHANCE) return [];
  const people = ctx.humans.filter((r) => r !== me && playing(view, r) && !openBetween(view, me, r) && !contractRunning(view, me, r, t + 1));
  if (people.length === 0) return [];
  const price = Math.max(0.01, k.lastCloudPrice);
  const quarters = Math.min(k.sc.contracts.maxQuarters, ORDER_LIMITS.dealQuarters, Math.max(2, Math.min(8, k.quartersLeft - 2)));
  const circles = avoidsCircles(k.investors, tr);
  const pick = <T>(xs: T[]) => at(xs, Math.min(xs.length - 1, Math.floor(ctx.draws[1] * xs.length)), 'person picked');

  // Selling: my live cloud has spare compute, a person is short of it.
  const mySpare = k.me.cloud.status === 'live' && tr.sellDeals ? spareCU(view, me) : 0;
  if (mySpare > 0.1) {
    const short = people.filter((r) => !(circles && roundTrip(view, me, r))).map((r) => ({ r, cu: shortfallCU(view, r) })).filter((x) => x.cu > 0.1);
    if (short.length > 0) {
      const buyer = pick(short);
      const cu = floor2(Math.min(0.5 * mySpare, buyer.cu, 3));
      // Priced a little above the rental market: the person gets certainty, the bot a margin.
      const offer = round2(clamp(price * Math.max(1.05, tr.minSellMarkup), 0.01, ORDER_LIMITS.dealPricePerCU));
      if (cu >= 0.05) return [{ seller: me, buyer: buyer.r, cuPerQuarter: cu, pricePerCU: offer, quarters }];
    }
  }

  // Buying: I am short, a person's cloud had capacity it could not sell.
  if (ctx.computeGapCU > 0.1 && tr.buyDeals > 0) {
    const sellers = people.filter((r) => view.companies[r].cloud.status === 'live' && !(circles && roundTrip(view, r, me))).map((r) => ({ r, cu: spareCU(view, r) })).filter((x) => x.cu > 0.2);
    if (sellers.length > 0) {
      const seller = pick(sellers);
      const cu = floor2(Math.min(ctx.computeGapCU * tr.buyDeals, 0.5 * seller.cu, 3));
      const offer = round2(clamp(price * Math.min(tr.maxBuyMarkup, 1.1), 0.01, ORDER_LIMITS.dealPricePerCU));
      if (cu >= 0.05) return [{ seller: seller.r, buyer: me, cuPerQuarter: cu, pricePerCU: offer, quarters }];
    }
  }
  return [];
}
