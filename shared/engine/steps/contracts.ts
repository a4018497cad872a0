import type { Role } from '../../roles';
import type { Contract } from '../types';
import { contractActive, contractCU } from '../model/contracts';
import { addCost, addRevenue, addSeatFlow, news, r2, type Ctx } from '../context';

// Step 5 (GAME.md 5.5): every active contract's seller delivers first, before its own allocation.
// A seller short of compute delivers pro rata and pays 1.5 × price per missing CU; the buyer pays
// the full contract every quarter whether or not it uses the compute.

export function runContracts(ctx: Ctx): { outCU: Partial<Record<Role, number>>; inCU: Partial<Record<Role, number>> } {
  const { s, t } = ctx;
  const outCU: Partial<Record<Role, number>> = {};
  const inCU: Partial<Record<Role, number>> = {};
  const active = s.contracts.filter((c) => contractActive(c, t));
  for (const c of active) {
    if (c.startQ === t && c.proposalId !== undefined)
      news(ctx, 'news.contract.started', { id: c.id, seller: c.seller, buyer: c.buyer, cu: r2(c.cuPerQuarter), price: r2(c.pricePerCU), quarters: c.endQ - c.startQ + 1 }, 'info');
  }
  // Group by seller, in seat order with the neutral supplier last.
  const sellers: (Role | 'neutral')[] = [...ctx.live, 'neutral'];
  for (const seller of sellers) {
    const mine = active.filter((c) => c.seller === seller);
    if (mine.length === 0) continue;
    const due = mine.reduce((x, c) => x + contractCU(c, t), 0);
    const capacity = seller === 'neutral' ? s.global.neutralSupplierCapacity : (ctx.cap[seller]?.ownCU ?? 0);
    const f = due > 0 ? Math.min(1, capacity / due) : 1;
    let delivered = 0;
    for (const c of mine) {
      const cu = contractCU(c, t);
      const got = cu * f;
      const missing = cu - got;
      delivered += got;
      settle(ctx, c, cu, got, missing, inCU);
    }
    if (seller === 'neutral') ctx.neutralSpareCU = Math.max(0, capacity - delivered);
    else outCU[seller] = delivered;
  }
  if (!active.some((c) => c.seller === 'neutral')) ctx.neutralSpareCU = s.global.neutralSupplierCapacity;
  return { outCU, inCU };
}

function settle(ctx: Ctx, c: Contract, cu: number, got: number, missing: number, inCU: Partial<Record<Role, number>>): void {
  const payment = cu * c.pricePerCU;
  const penalty = missing * c.pricePerCU * ctx.sc.contracts.shortfallPenaltyFactor;
  const buyer = c.buyer !== 'neutral' && ctx.live.includes(c.buyer) ? c.buyer : null;
  const seller = c.seller !== 'neutral' && ctx.live.includes(c.seller) ? c.seller : null;
  if (buyer) {
    addCost(ctx.ledger[buyer]!, 'cost.contracts', payment);
    if (penalty > 0) addRevenue(ctx.ledger[buyer]!, 'revenue.shortfallCompensation', penalty);
    inCU[buyer] = (inCU[buyer] ?? 0) + got;
  }
  if (buyer && seller) {
    addSeatFlow(ctx, buyer, seller, payment);
    ctx.ledger[seller]!.seatSales.push({ cu, price: c.pricePerCU });
  }
  if (seller) {
    addRevenue(ctx.ledger[seller]!, 'revenue.contracts', payment, 'cloudAI');
    if (penalty > 0) addCost(ctx.ledger[seller]!, 'cost.shortfallPenalty', penalty);
    if (c.buyer === 'openai') ctx.spillover[seller] = (ctx.spillover[seller] ?? 0) + ctx.sc.contracts.spilloverPerCU * got;
  }
  if (missing > 1e-12)
    news(ctx, 'news.contract.shortfall', { id: c.id, seller: c.seller, buyer: c.buyer, missingCU: r2(missing), penalty: r2(penalty) }, 'bad', seller ?? undefined);
}
