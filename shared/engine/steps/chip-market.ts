import { ROLES, type Role } from '../../roles';
import { outsideChipDemand } from '../model/outside';
import { clearChipMarket, type ChipBid } from '../model/chips';
import { news, r2, type Ctx } from '../context';
import { committedChips } from '../vendor-financing';

// Step 3 (GAME.md 5.3): clear this quarter's chip orders (delivered next quarter) and take custom
// silicon orders, which bypass the market within each role's cap.

export function customChipPrice(ctx: Pick<Ctx, 'sc' | 's'>, role: Role): number {
  const cs = ctx.sc.customSilicon[role];
  return cs ? cs.priceFactor * ctx.s.global.chipListPrice : 0;
}

export function runChipMarket(ctx: Ctx): void {
  const { s, sc } = ctx;
  const g = s.global;
  // Vendor-financing commitments are served first, outside the auction, at their fixed price.
  const committed: { role: Role; gw: number; price: number }[] = [];
  for (const role of ctx.live) {
    for (const k of committedChips(s.companies[role], ctx.t)) {
      s.companies[role].chipsOnOrder.push({ gw: k.gw, price: k.price, custom: false });
      ctx.ledger[role]!.orderedCapex += k.gw * k.price;
      committed.push({ role, gw: k.gw, price: k.price });
    }
  }
  const committedGW = committed.reduce((x, k) => x + k.gw, 0);
  const supply = Math.max(0, g.chipSupplyCap * ctx.fx.chipSupply - committedGW);
  // Second-hand chips sold this quarter go to outside buyers, who then need fewer new ones.
  // Outside companies (absent seats, engine 2.3) order their pace with the outside buyers.
  const neutralDemand = Math.max(0, g.neutralChipDemand + outsideChipDemand(sc, s.settings, ROLES) - ctx.secondHandGW);
  const bids: ChipBid[] = ctx.live.map((role) => {
    const o = ctx.orders[role]!;
    return { role, gw: o.chips.gw, maxPrice: o.chips.maxPricePerGW };
  });
  const m = clearChipMarket(bids, neutralDemand, supply, g.chipListPrice, sc.chips);
  for (const f of m.fills) {
    if (f.filledGW > 0) {
      s.companies[f.role].chipsOnOrder.push({ gw: f.filledGW, price: m.price, custom: false });
      ctx.ledger[f.role]!.orderedCapex += f.filledGW * m.price;
    }
    if (f.droppedOut) news(ctx, 'news.chips.droppedOut', { role: f.role, maxPrice: r2(f.maxPrice), price: r2(m.price) }, 'bad', f.role);
  }
  const custom: { role: Role; gw: number; price: number }[] = [];
  for (const role of ctx.live) {
    const want = ctx.orders[role]!.customChips.gw;
    const cap = g.customCaps[role] ?? 0;
    const gw = Math.min(want, cap);
    if (gw <= 0 || !sc.customSilicon[role]) continue;
    const price = customChipPrice(ctx, role);
    s.companies[role].chipsOnOrder.push({ gw, price, custom: true });
    ctx.ledger[role]!.orderedCapex += gw * price;
    custom.push({ role, gw, price });
  }
  ctx.chips = {
    listPrice: g.chipListPrice,
    supplyCap: supply,
    neutralDemand,
    totalDemand: m.totalDemand,
    price: m.price,
    quantity: m.quantity,
    scarce: m.scarce,
    rounds: m.rounds,
    fills: m.fills,
    custom,
    committed,
    secondHand: ctx.secondHand,
    neutralDemandAtList: neutralDemand,
    neutralFilled: m.neutralFilled,
    supplyCurve: m.supplyCurve,
    demandCurve: m.demandCurve,
  };
  g.lastChipPrice = m.price;
  g.lastChipRequests = Object.fromEntries(bids.map((b) => [b.role, b.gw]));
  if (m.scarce) news(ctx, 'news.chips.scarce', { price: r2(m.price), demand: r2(m.totalDemand), supply: r2(supply) }, 'bad');
  else news(ctx, 'news.chips.slack', { price: r2(m.price), demand: r2(m.totalDemand), supply: r2(supply) }, 'info');
}
