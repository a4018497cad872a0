import { ROLES } from '../../roles';
import { news, type Ctx } from '../context';
import { outsideRoles, outsideTrainingCU } from '../model/outside';

// Step 10 (GAME.md 5.10): Q ← Q × (1 − decay) + k × efficiency × sqrt(training CU) + spillover
// ("learning on our dime": sellers learn from the compute they deliver to OpenAI).

export function runTraining(ctx: Ctx): void {
  const { s, sc } = ctx;
  const leaderBefore = frontierLeader(ctx);
  for (const role of ctx.live) {
    const c = s.companies[role];
    const cu = ctx.cap[role]!.trainingCU;
    const k = sc.training.k * sc.companies[role].trainingEfficiency;
    c.quality = c.quality * (1 - sc.training.decay) + k * Math.sqrt(Math.max(0, cu)) + (ctx.spillover[role] ?? 0);
  }
  // Outside companies (absent seats, engine 2.3) keep training with their starting allocation.
  for (const role of outsideRoles(sc, s.settings, ROLES)) {
    const c = s.companies[role];
    const k = sc.training.k * sc.companies[role].trainingEfficiency;
    c.quality = c.quality * (1 - sc.training.decay) + k * Math.sqrt(outsideTrainingCU(sc, role, ctx.t));
  }
  const leaderAfter = frontierLeader(ctx);
  if (leaderAfter !== leaderBefore) news(ctx, 'news.frontier', { role: leaderAfter, previous: leaderBefore }, 'good', leaderAfter);
}

function frontierLeader(ctx: Ctx): (typeof ROLES)[number] {
  let best: (typeof ROLES)[number] = ROLES[0];
  for (const r of ROLES) {
    const c = ctx.s.companies[r];
    if (c.bankrupt || !c.active) continue;
    if (ctx.s.companies[best].bankrupt || !ctx.s.companies[best].active || c.quality > ctx.s.companies[best].quality) best = r;
  }
  return best;
}
