import { powInt } from '../../math/index';
import { addSentiment, news, r2, type Ctx } from '../context';

// Step 14 (GAME.md 5.14): CEO statements. Immediate effects scale with credibility; deferred
// consequences (a broken hype promise) hit in full. Applied before sentiment is updated.

export function runStatements(ctx: Ctx): void {
  const { s, sc, t } = ctx;
  const p = sc.statements;
  for (const role of ctx.live) {
    const c = s.companies[role];
    if (c.bankrupt) continue;
    const l = ctx.ledger[role]!;
    const aiRevenue = l.segments.aiProducts + l.segments.cloudAI;
    const kind = ctx.orders[role]!.statement;
    const cred = c.credibility;
    if (kind === 'clarify') {
      const rumor = s.events.find((e) => e.target === role && (e.rumorHit ?? 0) > 0);
      if (rumor) {
        const effect = p.clarifyUndo * (rumor.rumorHit ?? 0) * cred;
        addSentiment(ctx, role, 'statement.clarify', effect);
        s.events = s.events.filter((e) => e !== rumor);
        news(ctx, 'news.statement.clarifyRumor', { role, effect: r2(effect) }, 'good', role);
      } else {
        addSentiment(ctx, role, 'statement.clarify', p.clarifyBase * cred);
        news(ctx, 'news.statement.clarify', { role, effect: r2(p.clarifyBase * cred) }, 'info', role);
      }
    } else if (kind === 'hype') {
      addSentiment(ctx, role, 'statement.hype', p.hype * cred);
      s.statements.push({ kind, role, madeQ: t, dueQ: t + p.hypeQuarters, baselineAIRevenue: aiRevenue });
      news(ctx, 'news.statement.hype', { role, effect: r2(p.hype * cred), dueQ: t + p.hypeQuarters }, 'info', role);
    } else if (kind === 'capexDiscipline') {
      const last = c.lastOrderedCapex;
      const kept = last > 0 && l.orderedCapex <= (1 - p.capexDisciplineCut) * last;
      const effect = kept ? p.capexDiscipline * cred : -p.capexDiscipline;
      addSentiment(ctx, role, 'statement.capexDiscipline', effect);
      news(ctx, kept ? 'news.statement.capexCut' : 'news.statement.capexNotCut', { role, effect: r2(effect), ordered: r2(l.orderedCapex), last: r2(last) }, kept ? 'good' : 'bad', role);
    } else if (kind === 'announceCloud') {
      addSentiment(ctx, role, 'statement.announceCloud', p.announceCloud * cred);
      news(ctx, 'news.statement.announceCloud', { role, effect: r2(p.announceCloud * cred) }, 'good', role);
    }
    // Deferred consequences that fall due now.
    for (const st of s.statements) {
      if (st.role !== role || st.dueQ !== t || st.kind !== 'hype') continue;
      const target = st.baselineAIRevenue * powInt(1 + p.hypeGrowthTarget, p.hypeQuarters);
      if (aiRevenue >= target && st.baselineAIRevenue > 0) {
        c.credibility = Math.min(1, c.credibility + p.hypeKeptCredibility);
        news(ctx, 'news.statement.hypeKept', { role, aiRevenue: r2(aiRevenue), target: r2(target) }, 'good', role);
      } else {
        addSentiment(ctx, role, 'statement.hypeBroken', p.hypePenalty);
        c.credibility = Math.max(0, c.credibility - p.hypeCredibilityLoss);
        news(ctx, 'news.statement.hypeBroken', { role, aiRevenue: r2(aiRevenue), target: r2(target), effect: r2(p.hypePenalty) }, 'bad', role);
      }
    }
    c.lastOrderedCapex = l.orderedCapex;
  }
  s.statements = s.statements.filter((st) => st.dueQ > t && !s.companies[st.role].bankrupt);
}
