import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type MatchState, type TrailRow } from '../../shared/index';
import { capexPenalty, valuation } from '../../shared/engine/model/valuation';
import { allSteady, companyReport, line, newMatch, orders, play, quietScenario, step } from './helpers';

// The formula's own fixture (the default scenario's values are tuned by balance work).
const P = { ...DEFAULT_SCENARIO.investors.capexPenalty, cloudBacking: 3, threshold: 0.2, slope: 1.2, max: 0.45 };

function trail(revenue: number, capex: number, cloud: number, aiProducts = 0): TrailRow[] {
  return [0, 1, 2, 3, 4].map((q) => ({
    quarter: q,
    segments: { ads: revenue - cloud - aiProducts, software: 0, retail: 0, cloudNonAI: 0, cloudAI: cloud, aiProducts },
    revenue,
    aiRevenue: cloud + aiProducts,
    cloudRevenue: cloud,
    capex,
    ebitda: revenue / 2,
  }));
}

describe('investors', () => {
  it('capex penalty without a cloud: all capex is unbacked', () => {
    const p = capexPenalty(trail(100, 30, 0), P);
    expect(p.unbacked).toBeCloseTo(0.3, 12); // 120 / 400
    expect(p.factor).toBeCloseTo(1 - 1.2 * 0.1, 12);
    expect(capexPenalty(trail(100, 100, 0), P).factor).toBeCloseTo(0.55, 12); // capped at −45%
  });

  it('capex penalty with a live cloud: 3 × cloud revenue backs capex', () => {
    expect(capexPenalty(trail(100, 30, 10), P)).toEqual({ unbacked: 0, factor: 1 }); // 120 − 3 × 40 = 0
    const partial = capexPenalty(trail(100, 50, 5), P); // (200 − 60) / 400 = 0.35
    expect(partial.unbacked).toBeCloseTo(0.35, 12);
    expect(partial.factor).toBeCloseTo(1 - 1.2 * 0.15, 12);
  });

  it('valuation: Σ segment × multiple × penalty × mood factor × sentiment factor, plus cash minus debt', () => {
    const t = trail(100, 30, 10, 20); // ads 70, cloudAI 10, aiProducts 20 per quarter; AI products flat (gf 0.5)
    const v = valuation({ trail: t, cash: 50, debt: 20, shares: 10, mood: 50, sentiment: 0.5, startSharePrice: 100 }, DEFAULT_SCENARIO);
    const base = 280 * 8 + 40 * 12 + 80 * 20 * 0.5;
    const ev = base * 1 * (0.6 + 0.8 * 0.5) * (1 + 0.3 * 0.5);
    expect(v.ev).toBeCloseTo(ev, 9);
    expect(v.equity).toBeCloseTo(ev + 30, 9);
    expect(v.sharePrice).toBeCloseTo((ev + 30) / 10, 9);
    expect(v.tsr).toBeCloseTo((ev + 30) / 10 / 100 - 1, 9);
    expect(v.capexPenalty).toBe(0);
  });

  it('Q1 2026: Meta carries a capex penalty, the clouds carry none', () => {
    const r = step(newMatch());
    expect(companyReport(r.report, 'meta').valuation.capexPenalty).toBeGreaterThan(0);
    for (const role of ['microsoft', 'amazon', 'google'] as const) expect(companyReport(r.report, role).valuation.capexPenalty).toBe(0);
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
