import { ROLES } from '../../roles';
import { logisticStep } from '../../math/index';
import type { Ctx } from '../context';
import { isProposalOpen } from '../proposals';
import { maturityOf, marketMaturity } from '../model/maturity';
import { coreErosionRate } from '../model/underinvestment';
import { news, r2 } from '../context';

// End of the quarter: chips age, markets and core businesses grow (more slowly as they mature,
// model/maturity.ts; more slowly still while the company falls behind in AI, engine 2.7), proposals expire.

export function runAdvance(ctx: Ctx): { spendGrowth: number } {
  const { s, sc, t } = ctx;
  const g = s.global;
  for (const role of ctx.live) {
    const c = s.companies[role];
    if (c.bankrupt) continue;
    for (const k of c.cohorts) k.ageQ += 1;
    const start = sc.companies[role].coreLines;
    // Not after the last quarter: nothing is left for the erosion to change, and bots taper orders there.
    const erosion = coreErosionRate(c, sc, t, s.settings.quarters);
    for (const line of c.coreLines) {
      const base0 = start.find((l) => l.segment === line.segment)?.base ?? 0;
      const mature = base0 > 0 ? maturityOf(line.base / base0, sc.maturity.coreLines) : 0;
      line.base *= 1 + line.growth * (1 - mature) - erosion;
    }
    if (erosion > 0) news(ctx, 'news.core.eroding', { role, points: r2(erosion * 100) }, 'bad', role);
  }
  g.circularAttention *= sc.investors.circular.attentionDecay;
  if (g.circularAttention < 1e-4) g.circularAttention = 0;
  g.chipSupplyCap *= 1 + sc.chips.supplyGrowth;
  g.chipListPrice *= 1 + sc.chips.listPriceGrowth;
  g.neutralChipDemand *= 1 + sc.chips.neutralDemandGrowth;
  g.gridAdditions *= 1 + sc.dataCenters.gridGrowth;
  const mature = marketMaturity(g, sc);
  g.cloudDref *= 1 + sc.cloud.drefGrowth * (1 - mature.cloud);
  g.neutralSupplierCapacity *= 1 + sc.contracts.neutral.capacityGrowth;
  g.revenuePerCU *= 1 - sc.products.revenuePerCUDecline;
  for (const r of ROLES) {
    const cs = sc.customSilicon[r];
    if (cs && g.customCaps[r] !== undefined) g.customCaps[r] = g.customCaps[r]! * (1 + cs.capGrowth);
  }
  const frontier = Math.max(...ROLES.filter((r) => !s.companies[r].bankrupt).map((r) => s.companies[r].quality), 0);
  const frontierFactor = Math.min(sc.products.frontierCap, frontier / g.startFrontier);
  const growth = sc.products.growthBase * (sc.products.growthOffset + frontierFactor) * (1 - mature.products);
  const before = g.aiProductSpend;
  g.aiProductSpend = logisticStep(before, growth, sc.products.ceiling);
  for (const p of s.proposals) if (p.status === 'open' && !isProposalOpen(p, t + 1)) p.status = 'expired';
  s.quarter = t + 1;
  s.finished = s.quarter >= s.settings.quarters;
  s.pending = {};
  return { spendGrowth: before > 0 ? g.aiProductSpend / before - 1 : 0 };
}
