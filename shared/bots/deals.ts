import { ROLES, type Role } from '../roles';
import type { DealTerms, Orders } from '../orders/types';
import { ORDER_LIMITS } from '../orders/limits';
import type { DealProposal, PlayerView, PublicCompany } from '../engine/types';
import { buyerPayments, contractCU, neutralCommittedCU } from '../engine/model/contracts';
import { trailing } from '../engine/model/valuation';
import { isProposalOpen } from '../engine/proposals';
import type { Situation } from './situation';
import type { BotTraits } from './personas';
import { clamp, floor2, round2 } from './numbers';
import { avoidsCircles, roundTrip } from './investors';

// Take-or-pay deals. Every proposal addressed to the seat gets an answer on stated criteria:
//  - as seller: the price is at least minSellMarkup × the last cloud price, the volume fits the
//    capacity not yet promised (half of own compute at most), and the buyer can carry it (its
//    next-year contract payments stay under 6× its trailing revenue, or it has the cash);
//  - as buyer: the price is at most maxBuyMarkup × the last cloud price, the seat needs the
//    compute, and its own commitment coverage stays under the persona's limit.
// Proposals: a seat short of compute asks the neutral suppliers or a cloud with spare capacity;
// a cloud with idle capacity offers a contract to a seat that buys compute. A persona that listens
// to investors (or a market alert to circular money) stays out of round trips: no sale to a seat
// it buys from, no purchase from a seat it sells to.

export interface DealContext {
  k: Situation;
  tr: BotTraits;
  view: PlayerView;
  /** CU the seat would like on top of what it has (0 = none). */
  computeGapCU: number;
  draws: [number, number];
}

function alive(c: PublicCompany | undefined): boolean {
  return !!c && c.active && !c.bankrupt;
}

/** Compute already promised to buyers in quarter q. */
function promisedOut(view: PlayerView, role: Role, q: number): number {
  return view.contracts.filter((c) => c.seller === role).reduce((x, c) => x + contractCU(c, q), 0);
}

/** Can the buyer carry another `payment` a quarter? */
function buyerCanPay(view: PlayerView, buyer: Role, payment: number): boolean {
  const c = view.companies[buyer];
  if (!alive(c)) return false;
  const next = buyerPayments(view.contracts, buyer, view.quarter + 1, view.quarter + 4) + 4 * payment;
  const revenue = trailing(c.trail, (r) => r.revenue);
  return next <= 6 * revenue || c.cash >= 4 * payment + next / 4;
}

export function judgeProposal(ctx: DealContext, p: DealProposal): boolean {
  const { k, tr, view } = ctx;
  const t = view.quarter;
  const terms = p.terms;
  // Money that would go round a circle is discounted by investors: careful personas stay out.
  if (terms.seller !== 'neutral' && avoidsCircles(k.investors, tr) && roundTrip(view, terms.seller, terms.buyer)) return false;
  const price = Math.max(0.01, k.lastCloudPrice);
  if (terms.seller === k.role) {
    if (!k.cloudLiveNow && k.me.cloud.status !== 'live') return false;
    if (terms.pricePerCU < tr.minSellMarkup * price) return false;
    const ownSoon = k.ownCU + k.me.chipsOnOrder.reduce((x, o) => x + o.gw, 0) * k.effNext;
    if (promisedOut(view, k.role, t + 2) + terms.cuPerQuarter > 0.5 * ownSoon) return false;
    if (terms.quarters > (tr.repayShare >= 0.4 ? 8 : 16)) return false;
    return buyerCanPay(view, terms.buyer, terms.cuPerQuarter * terms.pricePerCU);
  }
  if (terms.buyer === k.role) {
    if (terms.pricePerCU > tr.maxBuyMarkup * price) return false;
    if (ctx.computeGapCU <= 0) return false;
    const payment = terms.cuPerQuarter * terms.pricePerCU;
    const coverage = k.trailingRevenue > 0 ? (k.commitmentCoverage * k.trailingRevenue + 4 * payment) / k.trailingRevenue : 10;
    return coverage <= tr.maxCommitmentCoverage;
  }
  return false;
}

function openFrom(view: PlayerView, role: Role, to: Role | 'neutral'): boolean {
  return view.proposals.some((p) => p.from === role && p.to === to && p.status === 'open');
}

export function planDeals(ctx: DealContext): Orders['deals'] {
  const { k, tr, view } = ctx;
  const t = view.quarter;
  const accept: string[] = [];
  const reject: string[] = [];
  const incoming = view.proposals
    .filter((p) => p.to === k.role && isProposalOpen(p, t))
    .slice(0, ORDER_LIMITS.responses);
  let gap = ctx.computeGapCU;
  for (const p of incoming) {
    const ok = judgeProposal({ ...ctx, computeGapCU: gap }, p);
    if (ok) {
      accept.push(p.id);
      if (p.terms.buyer === k.role) gap -= p.terms.cuPerQuarter;
    } else reject.push(p.id);
  }

  const propose: DealTerms[] = [];
  const maxQ = Math.min(k.sc.contracts.maxQuarters, ORDER_LIMITS.dealQuarters);
  const price = Math.max(0.01, k.lastCloudPrice);
  const quartersLeft = Math.max(1, k.quartersLeft);

  // Buying: the seat needs compute and investors can take the commitment.
  if (gap > 0.05 && tr.buyDeals > 0 && k.commitmentCoverage < tr.maxCommitmentCoverage) {
    const cu = floor2(clamp(gap * tr.buyDeals, 0, Math.min(ORDER_LIMITS.dealCU, 4)));
    const quarters = Math.min(maxQ, Math.max(4, Math.round(quartersLeft * (0.6 + 0.6 * ctx.draws[0]))));
    const circles = avoidsCircles(k.investors, tr);
    const sellers = bestSellers(view, k.role).filter((r) => !(circles && roundTrip(view, r, k.role)));
    // The neutral suppliers judge at the price the cloud market clears at this quarter: leave a margin.
    const neutralPrice = round2(k.sc.contracts.neutral.priceMarkup * price * 1.06);
    const neutralSpare = k.sc.contracts.neutral.maxContractShare * view.global.neutralSupplierCapacity - neutralCommittedCU(view.contracts, t + 1);
    const [seller] = sellers;
    if (cu > 0.05) {
      if (seller !== undefined && ctx.draws[1] < 0.6) {
        const offer = round2(price * (1 + (tr.maxBuyMarkup - 1) * 0.5));
        if (!openFrom(view, k.role, seller)) propose.push({ seller, buyer: k.role, cuPerQuarter: cu, pricePerCU: clamp(offer, 0.01, ORDER_LIMITS.dealPricePerCU), quarters });
      } else if (neutralPrice <= tr.maxBuyMarkup * price && neutralSpare > 0.1) {
        const n = floor2(Math.min(cu, 0.9 * neutralSpare));
        if (n > 0.05) propose.push({ seller: 'neutral', buyer: k.role, cuPerQuarter: n, pricePerCU: clamp(neutralPrice, 0.01, ORDER_LIMITS.dealPricePerCU), quarters });
      }
    }
  }

  // Selling: a live cloud with idle capacity offers a contract to a compute buyer.
  if (tr.sellDeals && k.me.cloud.status === 'live' && k.idleShare > 0.1 && k.quartersLeft > 4) {
    const spare = k.idleShare * k.availableCU * 0.5;
    const buyer = likelyBuyer(view, k.role);
    const circle = buyer !== null && avoidsCircles(k.investors, tr) && roundTrip(view, k.role, buyer);
    if (buyer && !circle && spare > 0.1 && !openFrom(view, k.role, buyer)) {
      const cu = floor2(Math.min(spare, 3));
      const offer = round2(price * Math.max(1, tr.minSellMarkup));
      if (cu > 0.05 && buyerCanPay(view, buyer, cu * offer))
        propose.push({ seller: k.role, buyer, cuPerQuarter: cu, pricePerCU: clamp(offer, 0.01, ORDER_LIMITS.dealPricePerCU), quarters: Math.min(maxQ, 8) });
    }
  }
  return { propose: propose.slice(0, ORDER_LIMITS.proposals), accept, reject };
}

/** Live clouds other than the seat, the one with the most unsold capacity last quarter first. */
function bestSellers(view: PlayerView, role: Role): Role[] {
  const offers = view.lastReport?.cloud.offers ?? [];
  const spare = (r: Role) => {
    const o = offers.find((x) => x.seller === r);
    return o ? o.offeredCU - o.soldCU : 0;
  };
  return ROLES.filter((r) => r !== role && alive(view.companies[r]) && view.companies[r].cloud.status === 'live')
    .map((r) => ({ r, s: spare(r) }))
    .filter((x) => x.s > 0.2)
    .sort((a, b) => b.s - a.s)
    .map((x) => x.r);
}

/** The seat most likely to want compute: the biggest contract buyer among the others. */
function likelyBuyer(view: PlayerView, role: Role): Role | null {
  let best: Role | null = null;
  let most = 0;
  for (const r of ROLES) {
    if (r === role || !alive(view.companies[r])) continue;
    const cu = view.contracts.filter((c) => c.buyer === r).reduce((x, c) => x + contractCU(c, view.quarter), 0);
    if (cu > most) {
      most = cu;
      best = r;
    }
  }
  return best;
}
