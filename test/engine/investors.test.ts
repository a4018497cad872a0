import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type MatchState, type TrailRow } from '../../shared/index';
import { capexExcess, circularShare, marginPlausibility, valuation } from '../../shared/engine/model/valuation';
import { costOfCapital, costOfCapitalFactor } from '../../shared/engine/model/finance';
import { allSteady, companyReport, line, newMatch, orders, play, quietScenario, step, valuationInput } from './helpers';

// Engine 2 valuation (GAME.md 12.1): earnings + franchise + growth, a continuous capex penalty and
// a circular discount, all scaled by the cost-of-capital factor.

function trail(x: { revenue: number; ebitda?: number; capex?: number; ai?: number; bought?: number; circular?: number; servedCost?: number }): TrailRow[] {
  const ai = x.ai ?? 0;
  return [0, 1, 2, 3, 4].map((q) => ({
    quarter: q,
    segments: { ads: x.revenue - ai, software: 0, retail: 0, cloudNonAI: 0, cloudAI: ai, aiProducts: 0 },
    revenue: x.revenue,
    aiRevenue: ai,
    cloudRevenue: ai,
    capex: x.capex ?? 0,
    ebitda: x.ebitda ?? x.revenue / 2,
    depreciation: 0,
    seatIn: 0,
    seatInFair: 0,
    circular: x.circular ?? 0,
    computeBought: x.bought ?? 0,
    fairAIRevenue: ai,
    aiServedCost: x.servedCost ?? 0,
    coreEarnings: 0,
    vendorEquity: 0,
  }));
}

const P = DEFAULT_SCENARIO.investors.capexPenalty;
const input = valuationInput;
const plain = { valuation: {}, coreLines: [] };

describe('investors', () => {
  it('cloud rental revenue is priced at the market growth multiple scaled by reputation; product revenue at the company\'s own', () => {
    const t = trail({ revenue: 100, ai: 20 });
    const best = valuation(input(t), DEFAULT_SCENARIO, plain);
    const fresh = valuation(input(t, { cloudReputation: DEFAULT_SCENARIO.cloud.startReputation }), DEFAULT_SCENARIO, plain);
    const none = valuation(input(t, { cloudReputation: 0 }), DEFAULT_SCENARIO, plain);
    expect(best.growthValue).toBeGreaterThan(0);
    expect(fresh.growthValue / best.growthValue).toBeCloseTo(DEFAULT_SCENARIO.cloud.startReputation / DEFAULT_SCENARIO.cloud.maxReputation, 9);
    expect(none.growthValue).toBe(0);
    // A lab's own (higher) growth multiple applies to its products, not to the compute it rents out.
    const lab = { valuation: { growthMultiple: 3 * DEFAULT_SCENARIO.investors.growthMultiple }, coreLines: [] };
    expect(valuation(input(t), DEFAULT_SCENARIO, lab).growthValue).toBeCloseTo(best.growthValue, 9);
    const products = t.map((r) => ({ ...r, segments: { ...r.segments, cloudAI: 0, aiProducts: 20 } }));
    expect(valuation(input(products), DEFAULT_SCENARIO, lab).growthValue).toBeCloseTo(3 * best.growthValue, 6);
  });

  it('capex penalty: excess = AI capex + compute bought − backing × fair AI revenue (trailing 4q), continuous', () => {
    expect(capexExcess(trail({ revenue: 100, capex: 10, ai: 5 }), P).excess).toBe(0); // 40 ≤ 4 × 20
    const over = capexExcess(trail({ revenue: 100, capex: 30, ai: 5, bought: 5 }), P);
    expect(over.excess).toBeCloseTo(4 * 35 - P.backing * 20, 9);
    expect(over.unbacked).toBeCloseTo(over.excess / 400, 12);
    // Continuous: a little more capex, a little more excess.
    const a = capexExcess(trail({ revenue: 100, capex: 20, ai: 5 }), P).excess;
    const b = capexExcess(trail({ revenue: 100, capex: 20.01, ai: 5 }), P).excess;
    expect(b - a).toBeCloseTo(0.04, 9);
  });

  it('valuation: EV = ccf × (mE × earnings + (franchise + growth) × sentiment × (1 − circular) − penalty), plus cash minus debt', () => {
    const inv = DEFAULT_SCENARIO.investors;
    const t = trail({ revenue: 100, ebitda: 40, capex: 0 });
    const v = valuation(input(t, { cash: 50, debt: 20, sentiment: 0.5 }), DEFAULT_SCENARIO, plain);
    const ev = 160 * inv.earningsMultiple + 400 * inv.franchise.ads * (1 + inv.sentimentWeight * 0.5);
    expect(v.moodFactor).toBeCloseTo(1, 12); // the starting cost of capital
    expect(v.ev).toBeCloseTo(ev, 9);
    expect(v.equity).toBeCloseTo(ev + 30, 9);
    expect(v.sharePrice).toBeCloseTo((ev + 30) / 10, 9);
    expect(v.tsr).toBeCloseTo((ev + 30) / 10 / 100 - 1, 9);
    expect(v.capexPenalty).toBe(0);
    expect(v.capexFactor).toBe(1);
  });

  it('the capex penalty takes valuePerExcess × excess off, reported as a share of value', () => {
    const t = trail({ revenue: 100, ebitda: 40, capex: 30, ai: 2 });
    const v = valuation(input(t), DEFAULT_SCENARIO, plain);
    const excess = 120 - P.backing * 8;
    expect(v.capexPenaltyValue).toBeCloseTo(P.valuePerExcess * excess, 9);
    expect(v.capexPenalty).toBeCloseTo(v.capexPenaltyValue / (v.earningsValue + v.franchiseValue + v.growthValue), 9);
    expect(v.capexFactor).toBeCloseTo(1 - v.capexPenalty, 12);
  });

  it('cost of capital: a higher base rate or a darker mood lowers every multiple', () => {
    const p = DEFAULT_SCENARIO.investors.costOfCapital;
    const k0 = costOfCapital(DEFAULT_SCENARIO.money.baseRate, DEFAULT_SCENARIO.mood.start, p);
    expect(costOfCapitalFactor(k0, DEFAULT_SCENARIO)).toBeCloseTo(1, 12);
    expect(costOfCapitalFactor(k0 + 0.03, DEFAULT_SCENARIO)).toBeLessThan(0.85);
    const t = trail({ revenue: 100, ebitda: 40 });
    const now = valuation(input(t), DEFAULT_SCENARIO, plain).ev;
    expect(valuation(input(t, { baseRate: DEFAULT_SCENARIO.money.baseRate + 0.03 }), DEFAULT_SCENARIO, plain).ev).toBeLessThan(0.85 * now);
    expect(valuation(input(t, { mood: 20 }), DEFAULT_SCENARIO, plain).ev).toBeLessThan(now);
  });

  it('growth is priced only for AI margins that can plausibly turn positive', () => {
    const p = DEFAULT_SCENARIO.investors.marginPlausibility;
    expect(marginPlausibility(p.low - 0.1, p)).toBe(0);
    expect(marginPlausibility(p.high + 0.1, p)).toBe(1);
    const good = valuation(input(trail({ revenue: 100, ai: 20, servedCost: 10 })), DEFAULT_SCENARIO, plain);
    const hopeless = valuation(input(trail({ revenue: 100, ai: 20, servedCost: 40 })), DEFAULT_SCENARIO, plain);
    expect(good.growthValue).toBeGreaterThan(0);
    expect(hopeless.marginPlausibility).toBe(0);
    expect(hopeless.growthValue).toBe(0);
  });

  it('circular money is discounted a little in a good mood and much more once investors pay attention', () => {
    const t = trail({ revenue: 100, ebitda: 40, circular: 20 });
    expect(circularShare(t)).toBeCloseTo(0.2, 12);
    const calm = valuation(input(t, { mood: 80 }), DEFAULT_SCENARIO, plain);
    const noticed = valuation(input(t, { mood: 80, attention: 0.3 }), DEFAULT_SCENARIO, plain);
    expect(calm.circularDiscountValue / calm.ev).toBeLessThan(0.01);
    expect(noticed.circularDiscountValue).toBeGreaterThan(10 * calm.circularDiscountValue);
  });

  it('Q1 2026: Meta, with no AI revenue to back its capex, carries the largest capex penalty', () => {
    const r = step(newMatch());
    const pen = (role: 'meta' | 'microsoft' | 'amazon' | 'google') => companyReport(r.report, role).valuation.capexPenalty;
    expect(pen('meta')).toBeGreaterThan(0.05);
    for (const role of ['microsoft', 'amazon', 'google'] as const) expect(pen(role)).toBeLessThan(pen('meta'));
  });

  it('a cloud that sells its capacity turns capex into backed capex (Meta launching vs not)', () => {
    const base = newMatch();
    const withCloud = (s: MatchState) => {
      const o = allSteady(s);
      const meta = o.meta!;
      if (s.quarter === 0) meta.cloud = { launch: true, askPrice: 0 };
      if (s.quarter >= 3) meta.allocation = { training: 30, products: 20, cloud: 50 };
      return o;
    };
    const a = play(base, 9).reports.at(-1)!;
    const b = play(base, 9, withCloud).reports.at(-1)!;
    expect(companyReport(b, 'meta').valuation.unbackedShare).toBeLessThan(companyReport(a, 'meta').valuation.unbackedShare);
    expect(companyReport(b, 'meta').valuation.capexPenalty).toBeLessThan(companyReport(a, 'meta').valuation.capexPenalty);
  });

  it('mood: growth, ROI gap, reversion, events, contagion and noise add up, clamped to 0..100', () => {
    const s0 = newMatch();
    const r = step(s0, {}, [{ id: 'bubbleCall' }]);
    const m = r.report.mood;
    const mp = s0.scenario.mood;
    const c = (k: string) => m.causes.find((x) => x.key === k)!.amount;
    expect(c('growth')).toBeCloseTo(mp.growthWeight * (m.aiRevenueGrowth - mp.growthTarget), 12);
    expect(c('reversion')).toBeCloseTo(mp.reversionWeight * (mp.reversionTarget - mp.start), 12);
    expect(c('events')).toBe(-10);
    expect(c('noise')).toBe(0); // quiet scenario
    expect(m.after).toBeCloseTo(mp.start + m.causes.reduce((x, y) => x + y.amount, 0), 12);
    expect(m.roiGap).toBeCloseTo(r.state.global.roiGap, 12);
    expect(c('roiGap')).toBeCloseTo(-mp.roiGapWeight * (m.roiGap / s0.global.roiGap - 1), 12);
  });

  it('mood: extreme growth and ROI-gap swings are clamped (±40% growth, ±100% gap change)', () => {
    const s0 = newMatch({ scenario: quietScenario((x) => {
      for (const c of Object.values(x.companies)) {
        c.past.aiProducts[4] = 0.1;
        c.past.cloudAI[4] = 0;
      }
    }) });
    const r = step(s0);
    expect(r.report.mood.aiRevenueGrowth).toBeGreaterThan(10);
    const mp = s0.scenario.mood;
    expect(r.report.mood.causes.find((x) => x.key === 'growth')!.amount).toBeCloseTo(mp.growthWeight * (mp.maxGrowth - mp.growthTarget), 12);
    expect(Math.abs(r.report.mood.causes.find((x) => x.key === 'roiGap')!.amount)).toBeLessThanOrEqual(15);
  });

  it('sentiment: decay, earnings surprise, commitments above revenue (OpenAI), statements, clamped to ±1', () => {
    const r = step(newMatch(), {}, [{ id: 'rumor', target: 'openai' }]);
    const o = companyReport(r.report, 'openai');
    const cov = line(o.sentiment.causes, 'sentiment.commitments');
    expect(cov).toBeLessThan(0); // ~$45B due over the next year vs ~$18B of trailing revenue
    expect(o.sentiment.after).toBeCloseTo(Math.max(-1, o.sentiment.before + o.sentiment.causes.reduce((x, y) => x + y.amount, 0)), 12);
    expect(line(o.sentiment.causes, 'sentiment.decay')).toBeCloseTo(-0.2 * o.sentiment.before, 12);
    expect(Math.abs(line(o.sentiment.causes, 'sentiment.surprise'))).toBeLessThanOrEqual(0.5);
  });

  it('share price = max(0, EV + cash − debt) / shares, and TSR per starting share', () => {
    const s = newMatch();
    const r = step(s, { google: orders(s, 'google') });
    const g = companyReport(r.report, 'google');
    const c = r.state.companies.google;
    expect(g.valuation.equity).toBeCloseTo(g.valuation.ev + c.cash - c.debt - c.revolver, 9);
    expect(c.sharePrice).toBeCloseTo(g.valuation.equity / c.shares, 9);
    expect(g.valuation.tsr).toBeCloseTo(c.sharePrice / c.startSharePrice - 1, 12);
  });
});
