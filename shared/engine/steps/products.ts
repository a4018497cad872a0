import { ROLES } from '../../roles';
import { splitProductDemand, type ProductsInput } from '../model/products';
import { outsideRoles } from '../model/outside';
import { addCost, addRevenue, news, r2, type Ctx, addSeatFlow } from '../context';

// Step 9 (GAME.md 5.9): industry AI product spend split by attractiveness, served up to products
// compute × revenue per CU, unserved demand spilled once to spare capacity. OpenAI pays its
// partner share to Microsoft while it has no live cloud of its own; an outside OpenAI (engine 2.5.0)
// never launches one, so it pays on the product demand its quality and brand would win.

export function runProducts(ctx: Ctx): void {
  const { s, sc } = ctx;
  const g = s.global;
  const rpc = g.revenuePerCU * ctx.fx.revenuePerCU;
  const inputs: ProductsInput[] = ROLES.map((role) => {
    const c = s.companies[role];
    const competing = ctx.live.includes(role);
    return {
      role,
      quality: c.quality,
      brand: c.brand,
      competing,
      present: !c.bankrupt,
      productsCU: competing ? ctx.cap[role]!.productsCU : 0,
    };
  });
  const { outcomes, lost, frontier } = splitProductDemand(inputs, g.aiProductSpend, rpc);
  ctx.frontier = frontier;
  for (const o of outcomes) {
    if (!ctx.live.includes(o.role)) continue;
    const ledger = ctx.ledger[o.role]!;
    addRevenue(ledger, 'revenue.aiProducts', o.revenue, 'aiProducts');
    ledger.unserved = o.unserved;
    const cap = ctx.cap[o.role]!;
    cap.idleCU += Math.max(0, o.productsCU - (rpc > 0 ? o.revenue / rpc : 0));
    if (o.demand > 0 && o.unserved > 0.05 * o.demand)
      news(ctx, 'news.products.unserved', { role: o.role, amount: r2(o.unserved), demand: r2(o.demand) }, 'bad', o.role);
  }
  const openai = s.companies.openai;
  if (ctx.live.includes('openai') && openai.cloud.status !== 'live') {
    const share = sc.money.partnerShare * ctx.ledger.openai!.segments.aiProducts;
    if (share > 0) {
      addCost(ctx.ledger.openai!, 'cost.partnerShare', share);
      if (ctx.live.includes('microsoft')) {
        addRevenue(ctx.ledger.microsoft!, 'revenue.partnerShare', share, 'aiProducts');
        addSeatFlow(ctx, 'openai', 'microsoft', share);
      }
    }
  } else if (ctx.live.includes('microsoft') && outsideRoles(sc, s.settings, ROLES).includes('openai')) {
    // Without it a table with no OpenAI seated took half of Microsoft's AI product revenue away in its
    // first quarter (Q1 2026 AI product growth +39% instead of the full table's +85%).
    const demand = g.aiProductSpend * (outcomes.find((o) => o.role === 'openai')?.share ?? 0);
    const share = sc.money.partnerShare * demand;
    if (share > 0) addRevenue(ctx.ledger.microsoft!, 'revenue.partnerShare', share, 'aiProducts');
  }
  ctx.products = {
    spend: g.aiProductSpend,
    growth: 0,
    frontierFactor: Math.min(sc.products.frontierCap, frontier / g.startFrontier),
    revenuePerCU: rpc,
    shares: outcomes,
    lostDemand: lost,
  };
}
