import { clamp, median, powInt } from '../../math/index';
import { adjacentPairs } from '../../lists';
import type { Role } from '../../roles';
import type { CompanyState, PendingStatement } from '../types';
import { addSentiment, news, r2, type Ctx } from '../context';

// Step 14 (GAME.md 5.14, engine 2: 12.1.4): CEO statements, and every promise settles.
// - clarify answers a rumor (undoes part of it); without a rumor it does nothing.
// - hype: a promise that AI revenue grows faster than the company's own trend (by hypeGrowthTarget
//   a quarter) over hypeQuarters; judged when due, or at the match's end on the quarters that passed.
// - capex discipline: kept if this quarter's ordered capex is cut against the trailing average.
// - announcing a cloud (engine 2.6): a promise that the cloud enters a market worth entering; kept
//   while the rental price, when due, is within the tolerance of the price at the announcement.
// Immediate effects scale with credibility; a broken promise hits in full.

const TREND_QUARTERS = 4;
const HISTORY = 4;

/** Median quarter-on-quarter growth of AI revenue over the last quarters on record plus this one. */
export function ownTrend(c: Pick<CompanyState, 'trail'>, aiRevenueNow: number): number {
  const series = [...c.trail.slice(-TREND_QUARTERS).map((r) => r.aiRevenue), aiRevenueNow];
  const growths: number[] = [];
  for (const [before, after] of adjacentPairs(series)) if (before > 0) growths.push(after / before - 1);
  return growths.length > 0 ? clamp(median(growths), -0.5, 0.5) : 0;
}

export function hypeTarget(st: PendingStatement, quarters: number, extra: number): number {
  return st.baselineAIRevenue * powInt(Math.max(0, 1 + (st.trend ?? 0) + extra), Math.max(1, quarters));
}

/** The lowest cloud rental price at which a cloud announcement made at `price` is still kept. */
export function cloudPriceFloor(price: number, tolerance: number): number {
  return (1 - tolerance) * price;
}

function settleCloudPromise(ctx: Ctx, role: Role, st: PendingStatement): void {
  const { s, sc, t } = ctx;
  const p = sc.statements;
  const c = s.companies[role];
  const price = s.global.lastCloudPrice;
  const floor = cloudPriceFloor(st.cloudPrice ?? 0, p.cloudPromise?.tolerance ?? 1);
  if (price >= floor) {
    c.credibility = Math.min(1, c.credibility + p.hypeKeptCredibility);
    news(ctx, 'news.statement.cloudKept', { role, price: r2(price), floor: r2(floor) }, 'good', role);
  } else {
    const penalty = p.cloudPromise?.penalty ?? 0;
    addSentiment(ctx, role, 'statement.cloudBroken', penalty);
    c.credibility = Math.max(0, c.credibility - p.hypeCredibilityLoss);
    news(ctx, 'news.statement.cloudBroken', { role, price: r2(price), floor: r2(floor), effect: r2(penalty) }, 'bad', role);
  }
  st.dueQ = t;
}

export function runStatements(ctx: Ctx): void {
  const { s, sc, t } = ctx;
  const p = sc.statements;
  const lastQuarter = t === s.settings.quarters - 1;
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
        news(ctx, 'news.statement.clarifyNothing', { role }, 'info', role);
      }
    } else if (kind === 'hype') {
      addSentiment(ctx, role, 'statement.hype', p.hype * cred);
      const trend = ownTrend(c, aiRevenue);
      s.statements.push({ kind, role, madeQ: t, dueQ: t + p.hypeQuarters, baselineAIRevenue: aiRevenue, trend });
      news(ctx, 'news.statement.hype', { role, effect: r2(p.hype * cred), dueQ: t + p.hypeQuarters }, 'info', role);
    } else if (kind === 'capexDiscipline') {
      const hist = c.orderedCapexHistory;
      const avg = hist.length > 0 ? hist.reduce((x, y) => x + y, 0) / hist.length : 0;
      const kept = avg > 0 && l.orderedCapex <= (1 - p.capexDisciplineCut) * avg;
      const effect = kept ? p.capexDiscipline * cred : -p.capexDiscipline;
      addSentiment(ctx, role, 'statement.capexDiscipline', effect);
      news(ctx, kept ? 'news.statement.capexCut' : 'news.statement.capexNotCut', { role, effect: r2(effect), ordered: r2(l.orderedCapex), last: r2(avg) }, kept ? 'good' : 'bad', role);
    } else if (kind === 'announceCloud') {
      addSentiment(ctx, role, 'statement.announceCloud', p.announceCloud * cred);
      news(ctx, 'news.statement.announceCloud', { role, effect: r2(p.announceCloud * cred) }, 'good', role);
      if (p.cloudPromise) {
        const dueQ = t + p.cloudPromise.quarters;
        s.statements.push({ kind, role, madeQ: t, dueQ, baselineAIRevenue: aiRevenue, cloudPrice: s.global.lastCloudPrice });
        news(ctx, 'news.statement.cloudPromise', { role, price: r2(s.global.lastCloudPrice), floor: r2(cloudPriceFloor(s.global.lastCloudPrice, p.cloudPromise.tolerance)), dueQ }, 'info', role);
      }
    }
    // Promises that fall due now, and at the match's end every promise still open.
    for (const st of s.statements) {
      if (st.role !== role || (st.dueQ !== t && !lastQuarter)) continue;
      if (st.kind === 'announceCloud') {
        settleCloudPromise(ctx, role, st);
        continue;
      }
      if (st.kind !== 'hype') continue;
      const target = hypeTarget(st, t - st.madeQ, p.hypeGrowthTarget);
      if (aiRevenue >= target && st.baselineAIRevenue > 0) {
        c.credibility = Math.min(1, c.credibility + p.hypeKeptCredibility);
        news(ctx, 'news.statement.hypeKept', { role, aiRevenue: r2(aiRevenue), target: r2(target) }, 'good', role);
      } else {
        addSentiment(ctx, role, 'statement.hypeBroken', p.hypePenalty);
        c.credibility = Math.max(0, c.credibility - p.hypeCredibilityLoss);
        news(ctx, 'news.statement.hypeBroken', { role, aiRevenue: r2(aiRevenue), target: r2(target), effect: r2(p.hypePenalty) }, 'bad', role);
      }
      st.dueQ = t;
    }
    c.lastOrderedCapex = l.orderedCapex;
    c.orderedCapexHistory = [...c.orderedCapexHistory, l.orderedCapex].slice(-HISTORY);
  }
  s.statements = s.statements.filter((st) => st.dueQ > t && !s.companies[st.role].bankrupt);
}
