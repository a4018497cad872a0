import type { Orders } from '../orders/types';
import type { PlayerView } from '../engine/types';
import { committedChips } from '../engine/vendor-financing';
import type { BotTraits } from './personas';

// Vendor financing for bots (GAME.md 12.4): the chip supplier's offer (equity now, chips to take at
// list price later) is taken sometimes — more often by a seat that needs money this quarter and
// by a persona that builds fast — and never when the seat is not buying chips at all. Chips
// already committed to the supplier are taken off the quarter's chip order, which they replace.

/** Chance of accepting an offer that fits, by how much the seat needs the money. */
const ACCEPT_NEEDS_CASH = 0.6;
const ACCEPT_OTHERWISE = 0.15;

export function planVendorFinancing(view: PlayerView, tr: BotTraits, o: Orders, draw: number): Orders {
  const me = view.own!;
  const t = view.quarter;
  const committed = committedChips(me, t).reduce((s, k) => s + k.gw, 0);
  const chips = { ...o.chips, gw: Math.max(0, o.chips.gw - committed) };
  const offer = me.vendorOffer;
  if (!offer || offer.quarter !== t || o.chips.gw <= 0) return { ...o, chips };
  // The commitment must be chips the seat would roughly buy anyway.
  if (offer.gwPerQuarter > 2 * o.chips.gw) return { ...o, chips };
  const needsCash = o.finance.raiseEquity > 0 || o.finance.issueDebt > 0;
  const chance = (needsCash ? ACCEPT_NEEDS_CASH : ACCEPT_OTHERWISE) * Math.min(1.5, tr.chipPace);
  if (draw >= chance) return { ...o, chips };
  const raiseEquity = Math.max(0, Math.floor((o.finance.raiseEquity - offer.equity) * 10) / 10);
  return {
    ...o,
    chips: { ...chips, gw: Math.max(0, chips.gw - offer.gwPerQuarter) },
    finance: { ...o.finance, raiseEquity },
    vendorFinancing: { accept: true },
  };
}
