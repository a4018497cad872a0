import { ROLES, type Role } from '../../roles';
import { at } from '../../lists';
import { clamp, median } from '../../math/index';
import { noise4, stream } from '../../math/rng';
import { SEGMENTS } from '../scenario-schema';
import type { MoodCause, MoodReport, TrailRow, ValuationReport } from '../types';
import type { Scenario } from '../scenario-types';
import { commitmentCoverageOf } from '../model/contracts';
import { valuation } from '../model/valuation';
import { underinvestmentShortfall } from '../model/underinvestment';
import { expectedGrowthShare, marketMaturity } from '../model/maturity';
import { roiGapOf } from '../create';
import { addSentiment, news, r2, total, type Ctx } from '../context';

// Step 13 (GAME.md 5.13): record the quarter in each company's trailing figures, update investor
// mood (growth, ROI gap, reversion, events, contagion, noise) and each sentiment (decay, earnings
// surprise, commitments, statements, events), then price every company.

const TRAIL_KEEP = 8;

const line = (lines: readonly { key: string; amount: number }[], key: string) => lines.find((x) => x.key === key)?.amount ?? 0;

/** Σ over other seats of min(received from it, paid to it): money that went round and came back. */
export function roundTrip(flowsIn: Partial<Record<Role, number>>, flowsOut: Partial<Record<Role, number>>): number {
  let s = 0;
  for (const r of ROLES) s += Math.min(flowsIn[r] ?? 0, flowsOut[r] ?? 0);
  return s;
}

function recordTrail(ctx: Ctx, role: Role): void {
  const c = ctx.s.companies[role];
  const l = ctx.ledger[role]!;
  const cap = ctx.cap[role]!;
  const segments = { ...l.segments };
  const revenue = SEGMENTS.reduce((x, seg) => x + segments[seg], 0);
  const aiRevenue = segments.aiProducts + segments.cloudAI;
  const cloudPrice = ctx.cloud?.price ?? ctx.s.global.lastCloudPrice;
  const seatIn = l.seatSales.reduce((x, k) => x + k.cu * k.price, 0);
  const seatInFair = l.seatSales.reduce((x, k) => x + k.cu * Math.min(k.price, cloudPrice), 0);
  const trip = roundTrip(l.flowsIn, l.flowsOut);
  const payments = line(l.costs, 'cost.contracts');
  const soldCU = ctx.cloud?.offers.find((o) => o.seller === role)?.soldCU ?? 0;
  // Compute sold to other seats earns seat money, which is not counted as AI revenue from the world
  // (fairAIRevenue), so its cost is not counted in the cost of serving that revenue either: the share
  // of compute that served the world is taken of what the seat kept plus what it sold outside.
  const seatCU = l.seatSales.reduce((x, k) => x + k.cu, 0);
  const outsideCU = Math.max(0, cap.contractOutCU - seatCU);
  const totalCU = cap.availableCU + outsideCU;
  const served = totalCU > 0 ? Math.min(1, (cap.productsCU + soldCU + outsideCU) / totalCU) : 0;
  const computeCost = l.depreciation + line(l.costs, 'cost.dataCenters') + Math.max(0, payments - trip) + line(l.costs, 'cost.shortfallPenalty');
  const row: TrailRow = {
    quarter: ctx.t,
    segments,
    revenue,
    aiRevenue,
    cloudRevenue: segments.cloudNonAI + segments.cloudAI,
    capex: total(l.capex),
    ebitda: l.ebitda,
    depreciation: l.depreciation,
    seatIn,
    seatInFair,
    circular: trip + l.vendorEquity,
    computeBought: Math.max(0, payments - trip),
    fairAIRevenue: aiRevenue - seatIn,
    aiServedCost:
      computeCost * served + line(l.costs, 'cost.serving') + line(l.costs, 'cost.cloudSales') + line(l.costs, 'cost.partnerShare'),
    coreEarnings: l.coreEarnings,
    vendorEquity: l.vendorEquity,
  };
  c.trail = [...c.trail, row].slice(-TRAIL_KEEP);
}

/** Engine 2: revenue from the world only; money from other seats under contracts is no surprise. */
function worldRevenue(trail: readonly TrailRow[], i: number): number {
  const r = at(trail, i, 'trail row');
  return r.revenue - r.seatIn;
}

/**
 * Surprise vs. last quarter × (1 + the median of the three q/q growth rates before it), clamped to ±1.
 * The median, not the mean: one step in revenue (a cloud going live, an event's dip and recovery) is
 * a surprise once, and is not then extrapolated as a trend that the next three quarters "miss".
 */
export function earningsSurprise(trail: readonly TrailRow[]): number {
  const n = trail.length;
  if (n < 3) return 0;
  const rev = worldRevenue(trail, n - 1);
  const prev = worldRevenue(trail, n - 2);
  const growths: number[] = [];
  for (let i = n - 2; i >= Math.max(1, n - 4); i--) {
    if (worldRevenue(trail, i - 1) > 0) growths.push(worldRevenue(trail, i) / worldRevenue(trail, i - 1) - 1);
  }
  const expected = prev * (1 + median(growths));
  if (expected <= 0) return 0;
  return clamp((rev - expected) / expected, -1, 1);
}

function updateMood(ctx: Ctx): MoodReport {
  const { s, sc, t } = ctx;
  const m = sc.mood;
  const before = s.global.mood;
  const operated = ctx.live.map((r) => s.companies[r]);
  let cur = 0;
  let prev = 0;
  for (const c of operated) {
    const n = c.trail.length;
    cur += at(c.trail, n - 1, 'last trail row').fairAIRevenue;
    prev += c.trail[n - 2]?.fairAIRevenue ?? 0;
  }
  const growth = prev > 0 ? cur / prev - 1 : 0;
  const gNow = roiGapOf(operated);
  const gPrev = roiGapOf(operated, 1);
  // Clamped so that revenue bases near zero (an overbuilt market at a price of 0) cannot swing mood by 70 points.
  const gapChange = gPrev > 0 ? clamp(gNow / gPrev - 1, -m.maxGapChange, m.maxGapChange) : 0;
  // Investors expect less growth from markets that are saturating (engine 2.3.0, model/maturity.ts).
  const growthTarget = m.growthTarget * expectedGrowthShare(marketMaturity(s.global, sc));
  const causes: MoodCause[] = [
    { key: 'growth', amount: m.growthWeight * (clamp(growth, -m.maxGrowth, m.maxGrowth) - growthTarget) },
    { key: 'roiGap', amount: -m.roiGapWeight * gapChange },
    { key: 'reversion', amount: m.reversionWeight * (m.reversionTarget - before) },
    { key: 'events', amount: ctx.moodShocks.filter((x) => x.key === 'events').reduce((a, x) => a + x.amount, 0) },
    { key: 'contagion', amount: ctx.moodShocks.filter((x) => x.key === 'contagion').reduce((a, x) => a + x.amount, 0) },
    { key: 'noise', amount: noise4(stream(s.seed, t, 'mood'), m.noiseSigma) },
  ];
  const after = clamp(before + causes.reduce((a, x) => a + x.amount, 0), 0, 100);
  s.global.mood = after;
  s.global.roiGap = gNow;
  s.global.moodHistory = [...s.global.moodHistory, after];
  if (before >= 30 && after < 30) news(ctx, 'news.mood.bust', { mood: r2(after) }, 'bad');
  if (before <= 80 && after > 80) news(ctx, 'news.mood.boom', { mood: r2(after) }, 'good');
  return { before, after, causes, roiGap: gNow, aiRevenueGrowth: growth };
}

/**
 * Engine 2.3: the sentiment drag on a company that stopped investing: drag × the share by which it
 * falls short of maintenance (model/underinvestment.ts).
 */
export function underinvestmentDrag(orderedCapex: readonly number[], trail: readonly TrailRow[], p: Scenario['investors']['underinvestment']): number {
  return p ? p.drag * underinvestmentShortfall(orderedCapex, trail, p) : 0;
}

export interface InvestorOutcome {
  mood: MoodReport;
  sentimentBefore: Partial<Record<Role, number>>;
  coverage: Partial<Record<Role, number>>;
  /** The valuation that set each solvent company's share price this quarter. */
  valuations: Partial<Record<Role, ValuationReport>>;
}

export function runInvestors(ctx: Ctx): InvestorOutcome {
  const { s, sc } = ctx;
  for (const role of ctx.live) recordTrail(ctx, role);
  const mood = updateMood(ctx);
  const sentimentBefore: Partial<Record<Role, number>> = {};
  const coverage: Partial<Record<Role, number>> = {};
  const valuations: Partial<Record<Role, ValuationReport>> = {};
  for (const role of ctx.live) {
    const c = s.companies[role];
    if (c.bankrupt) continue;
    const inv = sc.investors;
    sentimentBefore[role] = c.sentiment;
    addSentiment(ctx, role, 'sentiment.decay', -(1 - inv.sentimentPersistence) * c.sentiment);
    addSentiment(ctx, role, 'sentiment.surprise', inv.surpriseWeight * earningsSurprise(c.trail));
    const cov = commitmentCoverageOf(s.contracts, role, ctx.t, c.trail);
    coverage[role] = cov;
    if (cov > inv.commitment.threshold) addSentiment(ctx, role, 'sentiment.commitments', -inv.commitment.drag * (cov - inv.commitment.threshold));
    const under = underinvestmentDrag(c.orderedCapexHistory, c.trail, inv.underinvestment);
    if (under > 0) addSentiment(ctx, role, 'sentiment.underinvestment', -under);
    c.sentiment = clamp(c.sentiment + total(ctx.sentimentCauses[role] ?? []), -1, 1);
    const v = valuation(
      {
        trail: c.trail,
        cash: c.cash,
        debt: c.debt + c.revolver,
        shares: c.shares,
        mood: s.global.mood,
        sentiment: c.sentiment,
        startSharePrice: c.startSharePrice,
        baseRate: s.global.baseRate,
        attention: s.global.circularAttention,
        cloudReputation: c.cloud.status === 'live' ? c.cloud.reputation : 0,
        productSpend: s.global.aiProductSpend,
      },
      sc,
      sc.companies[role],
    );
    const lastPenalty = c.lastCapexPenalty;
    if (lastPenalty !== null && Math.abs(v.capexPenalty - lastPenalty) >= inv.capexPenalty.newsStep) {
      const up = v.capexPenalty > lastPenalty;
      news(ctx, up ? 'news.investors.capexPenaltyUp' : 'news.investors.capexPenaltyDown', { role, penalty: r2(v.capexPenalty * 100), before: r2(lastPenalty * 100) }, up ? 'bad' : 'good', role);
    }
    c.sharePrice = v.sharePrice;
    valuations[role] = v;
  }
  return { mood, sentimentBefore, coverage, valuations };
}
