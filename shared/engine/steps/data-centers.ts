import { buildPlan, powerIndex } from '../model/datacenters';
import { addCapex, news, r2, type Ctx } from '../context';

// Step 4 (GAME.md 5.4): start new data centers at this quarter's power index and pay every
// installment due (new builds pay their first one now).

export function runDataCenters(ctx: Ctx): void {
  const { s, sc, t } = ctx;
  const g = s.global;
  const starts = ctx.live.reduce((x, r) => x + ctx.orders[r]!.build.gw, 0);
  const pIndex = powerIndex(starts, g.gridAdditions, sc.dataCenters.powerSlope);
  const costIndex = g.dcCostIndex * ctx.fx.dcCost;
  for (const role of ctx.live) {
    const o = ctx.orders[role]!.build;
    const c = s.companies[role];
    if (o.gw > 0) {
      const plan = buildPlan(o.gw, o.expedite, costIndex, pIndex, ctx.fx.buildQuarters, sc);
      c.shellsUnderConstruction.push({ gw: o.gw, readyQuarter: t + plan.quarters, remainingInstallments: plan.quarters, installment: plan.installment, cost: plan.total });
      ctx.ledger[role]!.orderedCapex += plan.total;
    }
    for (const u of c.shellsUnderConstruction) {
      if (u.remainingInstallments <= 0) continue;
      addCapex(ctx.ledger[role]!, 'capex.dataCenters', u.installment);
      u.remainingInstallments -= 1;
    }
  }
  const plain = buildPlan(1, false, costIndex, pIndex, ctx.fx.buildQuarters, sc);
  ctx.dataCenters = { totalStartsGW: starts, gridAdditions: g.gridAdditions, powerIndex: pIndex, costPerGW: plain.costPerGW };
  g.lastBuildRequests = Object.fromEntries(ctx.live.map((r) => [r, ctx.orders[r]!.build.gw]));
  if (pIndex > 1) news(ctx, 'news.dc.powerIndex', { index: r2(pIndex), starts: r2(starts), grid: r2(g.gridAdditions) }, 'bad');
}
