import { ROLES, type Role } from '../roles';
import { stream } from '../math/rng';
import type { ChipCommitment, MatchState, VendorOffer } from './types';
import { addFinance, news, r2, type Ctx } from './context';

// Vendor financing (GAME.md 12.4): the chip supplier, outside the game, may offer a seat to buy $X
// of its new equity at the market price if the seat commits to take Y GW of merchant chips in each
// of the next N quarters at today's list price (take-or-pay). Cash now, a commitment later. Offers
// come from the stream `vendor` (one draw per role, used or not), so they never shift other draws.

const round = (x: number, step: number) => Math.round(x / step) * step;

/** Sets every solvent active seat's offer for the quarter being planned (or clears it). */
export function makeVendorOffers(state: MatchState): void {
  const t = state.quarter;
  const vf = state.scenario.vendorFinancing;
  const rng = stream(state.seed, t, 'vendor');
  for (const role of ROLES) {
    const u = rng.next();
    const c = state.companies[role];
    c.vendorOffer = null;
    if (state.finished || !state.settings.activeSeats.includes(role) || c.bankrupt || u >= vf.offerProbability) continue;
    const pace = Math.max(state.scenario.companies[role].pace.chipsGW, state.global.lastChipRequests[role] ?? 0);
    const gwPerQuarter = Math.max(vf.minGW, round(vf.paceMultiple * pace, 0.05));
    const price = state.global.chipListPrice;
    const marketCap = c.sharePrice * c.shares;
    const equity = Math.min(round(vf.equityShare * gwPerQuarter * vf.quarters * price, 0.5), Math.floor(state.scenario.money.maxEquityRaiseShare * marketCap));
    if (equity <= 0) continue;
    const offer: VendorOffer = { id: `vf-${t}-${role}`, quarter: t, equity, gwPerQuarter, quarters: vf.quarters, pricePerGW: price };
    c.vendorOffer = offer;
  }
}

/** Accepts the offers the seats took this quarter: equity in at the start-of-quarter price, commitment from this quarter. */
export function runVendorFinancing(ctx: Ctx): void {
  const { s, t } = ctx;
  for (const role of ctx.live) {
    const c = s.companies[role];
    const offer = c.vendorOffer;
    if (!ctx.orders[role]!.vendorFinancing?.accept || !offer || offer.quarter !== t || c.sharePrice <= 0) continue;
    const l = ctx.ledger[role]!;
    c.shares += offer.equity / c.sharePrice;
    addFinance(l, 'finance.vendorEquity', offer.equity);
    l.vendorEquity += offer.equity;
    const k: ChipCommitment = { id: offer.id, gwPerQuarter: offer.gwPerQuarter, pricePerGW: offer.pricePerGW, startQ: t, endQ: t + offer.quarters - 1, equity: offer.equity };
    c.chipCommitments = [...c.chipCommitments, k];
    c.vendorOffer = null;
    news(ctx, 'news.vendor.accepted', { role, equity: r2(offer.equity), gw: r2(offer.gwPerQuarter), quarters: offer.quarters, price: r2(offer.pricePerGW) }, 'info', role);
  }
}

/** GW a seat must take this quarter under its vendor-financing commitments, with their price. */
export function committedChips(c: { chipCommitments: readonly ChipCommitment[] }, t: number): { gw: number; price: number }[] {
  return c.chipCommitments.filter((k) => k.startQ <= t && t <= k.endQ).map((k) => ({ gw: k.gwPerQuarter, price: k.pricePerGW }));
}

/** A bankrupt seat's open commitments end; the supplier writes off what was still to come (a news item). */
export function endCommitments(ctx: Ctx, role: Role): void {
  const c = ctx.s.companies[role];
  for (const k of c.chipCommitments) {
    if (k.endQ <= ctx.t) continue;
    const lost = (k.endQ - ctx.t) * k.gwPerQuarter * k.pricePerGW;
    news(ctx, 'news.vendor.commitmentEnded', { role, lost: r2(lost) }, 'bad', role);
    k.endQ = ctx.t;
  }
}

/** GW still committed after quarter t (for reports and bots). */
export function committedGWAfter(c: { chipCommitments: readonly ChipCommitment[] }, t: number): number {
  return c.chipCommitments.reduce((s, k) => s + Math.max(0, k.endQ - t) * k.gwPerQuarter, 0);
}
