import { addCapex, news, type Ctx } from '../context';

// Step 7 (GAME.md 5.7): clouds that finish launching go live at the starting reputation; live
// clouds gain reputation each quarter up to the maximum; new launches pay their one-off cost.

export function runCloudLaunch(ctx: Ctx): void {
  const { s, sc, t } = ctx;
  const cp = sc.cloud;
  for (const role of ctx.live) {
    const c = s.companies[role];
    if (c.cloud.status === 'live') {
      c.cloud.reputation = Math.min(cp.maxReputation, c.cloud.reputation + cp.reputationStep);
    } else if (c.cloud.status === 'launching' && c.cloud.readyQuarter !== null && c.cloud.readyQuarter <= t) {
      c.cloud.status = 'live';
      c.cloud.reputation = cp.startReputation;
      news(ctx, 'news.cloud.live', { role }, 'good', role);
    }
    const o = ctx.orders[role]!;
    if (o.cloud.launch && c.cloud.status === 'none') {
      const cost = sc.companies[role].launchCost;
      c.cloud.status = 'launching';
      c.cloud.readyQuarter = t + cp.launchQuarters;
      addCapex(ctx.ledger[role]!, 'capex.cloudLaunch', cost);
      ctx.ledger[role]!.orderedCapex += cost;
      news(ctx, 'news.cloud.launched', { role, readyQuarter: t + cp.launchQuarters }, 'info', role);
    }
    c.cloud.askPrice = o.cloud.askPrice;
  }
}
