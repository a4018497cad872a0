import { describe, expect, it } from 'vitest';
import { adUpliftFactor, splitProductDemand } from '../../shared/engine/model/products';
import { companyReport, line, newMatch, orders, step } from './helpers';

describe('AI products and training', () => {
  it('demand share by (Q/Qmax)² × brand; serving limit; spill to spare capacity once; the rest is lost', () => {
    const r = splitProductDemand(
      [
        { role: 'openai', quality: 10, brand: 1, competing: true, present: true, productsCU: 0.5 },
        { role: 'meta', quality: 10, brand: 1, competing: true, present: true, productsCU: 3 },
      ],
      10,
      2,
    );
    expect(r.outcomes[0]).toMatchObject({ share: 0.5, demand: 5, servedOwn: 1, unserved: 4, servedSpill: 0, revenue: 1 });
    expect(r.outcomes[1]).toMatchObject({ share: 0.5, demand: 5, servedOwn: 5, unserved: 0, servedSpill: 1, revenue: 6 });
    expect(r.lost).toBe(3);
  });

  it('absent seats keep a share that is lost to the game; bankrupt companies have none', () => {
    const r = splitProductDemand(
      [
        { role: 'openai', quality: 10, brand: 1, competing: false, present: true, productsCU: 0 },
        { role: 'meta', quality: 5, brand: 2, competing: true, present: true, productsCU: 100 },
        { role: 'google', quality: 10, brand: 5, competing: false, present: false, productsCU: 0 },
      ],
      12,
      6,
    );
    // a = 1 (openai), 0.25 × 2 = 0.5 (meta), google none.
    expect(r.outcomes[1]?.share).toBeCloseTo(1 / 3, 12);
    expect(r.outcomes[1]?.revenue).toBeCloseTo(4, 12);
    expect(r.outcomes[0]?.revenue).toBe(0);
    expect(r.outcomes[2]?.share).toBe(0);
    expect(r.lost).toBe(0);
  });

  it('Q1 2026: OpenAI earns about $5B of AI product revenue and pays Microsoft its partner share', () => {
    const s = newMatch();
    const r = step(s);
    const a = [1.5, 0.64 * 0.8, 0.36 * 1, 0.36 * 0.7, 0.9025 * 1.1];
    const share = 1.5 / a.reduce((x, y) => x + y, 0);
    const openai = r.report.products.shares.find((x) => x.role === 'openai')!;
    expect(openai.share).toBeCloseTo(share, 12);
    expect(openai.revenue).toBeCloseTo(12.5 * share, 10);
    expect(openai.revenue).toBeGreaterThan(4);
    expect(openai.revenue).toBeLessThan(6);
    expect(line(companyReport(r.report, 'openai').pnl.costs, 'cost.partnerShare')).toBeCloseTo(0.2 * openai.revenue, 12);
    expect(line(companyReport(r.report, 'microsoft').pnl.revenue, 'revenue.partnerShare')).toBeCloseTo(0.2 * openai.revenue, 12);
  });

  it('too little products compute leaves demand unserved and spills it to others', () => {
    const s = newMatch();
    const r = step(s, { openai: orders(s, 'openai', { allocation: { training: 95, products: 5, cloud: 0 } }) });
    const o = r.report.products.shares.find((x) => x.role === 'openai')!;
    expect(o.servedOwn).toBeCloseTo(o.productsCU * 6, 12);
    expect(o.unserved).toBeGreaterThan(3);
    const spill = r.report.products.shares.reduce((x, y) => x + y.servedSpill, 0);
    expect(spill + r.report.products.lostDemand).toBeCloseTo(r.report.products.shares.reduce((x, y) => x + y.unserved, 0), 10);
    expect(spill).toBeGreaterThan(0);
    expect(r.report.news.some((n) => n.key === 'news.products.unserved' && n.role === 'openai')).toBe(true);
  });

  it('ad revenue lifts with model quality for Meta and Google', () => {
    expect(adUpliftFactor(8, 10, 0.1)).toBeCloseTo(1.03, 12);
    const s = newMatch();
    const r = step(s);
    const u = s.scenario.products.adUplift;
    expect(line(companyReport(r.report, 'meta').pnl.revenue, 'revenue.core.ads')).toBeCloseTo(48 * adUpliftFactor(8, 10, u), 10);
    expect(line(companyReport(r.report, 'google').pnl.revenue, 'revenue.core.ads')).toBeCloseTo(85 * adUpliftFactor(9.5, 10, u), 10);
    expect(adUpliftFactor(9.5, 10, u)).toBeGreaterThan(adUpliftFactor(8, 10, u));
  });

  it('training: Q ← 0.96 Q + k × sqrt(training CU), OpenAI ×1.25', () => {
    const s = newMatch();
    const r = step(s);
    const o = companyReport(r.report, 'openai');
    expect(o.quality).toBeCloseTo(10 * 0.96 + 0.5 * Math.sqrt(o.capacity.trainingCU), 12);
    const m = companyReport(r.report, 'meta');
    expect(m.quality).toBeCloseTo(8 * 0.96 + 0.4 * Math.sqrt(m.capacity.trainingCU), 12);
    expect(o.capacity.trainingCU).toBeCloseTo(o.capacity.availableCU * 0.6, 12);
  });
});
