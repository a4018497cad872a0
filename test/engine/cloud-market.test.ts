import { describe, expect, it } from 'vitest';
import { clearCloudMarket, cloudDemandAt } from '../../shared/engine/model/cloud';
import { companyReport, line, newMatch, orders, quietScenario, step } from './helpers';

// Linear demand with Dref = 10 CU at Pref = $3B, Pmax = $6B: Qd(P) = 10 × (6 − P) / 3.
const D = 10;
const PREF = 3;
const PMAX = 6;
const offer = (seller: any, ask: number, cu: number, order: number) => ({ seller, ask, offeredCU: cu, sellableCU: cu, order });

describe('cloud market', () => {
  it('demand curve', () => {
    expect(cloudDemandAt(3, D, PREF, PMAX)).toBe(10);
    expect(cloudDemandAt(0, D, PREF, PMAX)).toBe(20);
    expect(cloudDemandAt(6, D, PREF, PMAX)).toBe(0);
  });

  it('the marginal seller sells part of its offer at its ask', () => {
    const m = clearCloudMarket([offer('microsoft', 0, 4, 2), offer('amazon', 3.5, 10, 3)], D, PREF, PMAX);
    expect(m.price).toBe(3.5);
    expect(m.quantity).toBeCloseTo(25 / 3, 12); // Qd(3.5) = 8.333
    expect(m.offers[0]?.soldCU).toBe(4);
    expect(m.offers[1]?.soldCU).toBeCloseTo(25 / 3 - 4, 12);
  });

  it('when demand crosses a flat part of the supply curve, price sits between two asks', () => {
    const m = clearCloudMarket([offer('microsoft', 0, 9, 2), offer('amazon', 4, 5, 3)], D, PREF, PMAX);
    expect(m.price).toBeCloseTo(3.3, 12); // inverse demand at 9 CU: 6 − 9 × 0.3
    expect(m.quantity).toBe(9);
    expect(m.offers.map((o) => o.soldCU)).toEqual([9, 0]);
  });

  it('when supply runs out, price is inverse demand at total supply', () => {
    const m = clearCloudMarket([offer('microsoft', 0, 4, 2), offer('amazon', 2.5, 6, 3)], D, PREF, PMAX);
    expect(m.price).toBeCloseTo(3, 12);
    expect(m.quantity).toBe(10);
    expect(m.offers.map((o) => o.soldCU)).toEqual([4, 6]);
  });

  it('an overbuilt market: price takers flood it, the price falls and the neutral supplier sells nothing', () => {
    const m = clearCloudMarket([offer('microsoft', 0, 8, 2), offer('amazon', 0, 7, 3), offer('neutral', 2, 5, 99)], D, PREF, PMAX);
    expect(m.price).toBeCloseTo(1.5, 12); // 15 CU at ask 0: 6 − 15 × 0.3
    expect(m.quantity).toBe(15);
    expect(m.offers.map((o) => o.soldCU)).toEqual([8, 7, 0]);
    const flooded = clearCloudMarket([offer('google', 0, 25, 4)], D, PREF, PMAX);
    expect(flooded.price).toBe(0);
    expect(flooded.quantity).toBe(20);
  });

  it('equal asks are served in seat order', () => {
    const m = clearCloudMarket([offer('google', 0, 15, 4), offer('microsoft', 0, 15, 2)], D, PREF, PMAX);
    expect(m.price).toBe(0);
    expect(m.offers.find((o) => o.seller === 'microsoft')!.soldCU).toBe(15);
    expect(m.offers.find((o) => o.seller === 'google')!.soldCU).toBe(5);
  });

  it('curves for the client', () => {
    const m = clearCloudMarket([offer('microsoft', 0, 4, 2), offer('amazon', 3.5, 10, 3)], D, PREF, PMAX);
    expect(m.supplyCurve).toEqual([{ q: 0, p: 0 }, { q: 4, p: 0 }, { q: 4, p: 3.5 }, { q: 14, p: 3.5 }, { q: 14, p: 6 }]);
    expect(m.demandCurve).toEqual([{ q: 0, p: 6 }, { q: 10, p: 3 }, { q: 20, p: 0 }]);
  });

  it('in a quarter: live clouds offer cloud% of available CU, reputation limits what sells, neutral offers its spare at cost', () => {
    const s0 = newMatch();
    const r = step(s0);
    const m = r.report.cloud;
    const ms = companyReport(r.report, 'microsoft').capacity;
    const offerMS = m.offers.find((o) => o.seller === 'microsoft')!;
    expect(offerMS.offeredCU).toBeCloseTo(ms.availableCU * 0.7, 12);
    expect(offerMS.sellableCU).toBeCloseTo(offerMS.offeredCU * (0.5 + 0.5 * 0.9), 12);
    const neutral = m.offers.find((o) => o.seller === 'neutral')!;
    expect(neutral.ask).toBe(2);
    expect(neutral.offeredCU).toBeCloseTo(6 - 1, 12); // capacity 6 − 1 CU owed to OpenAI
    expect(m.offers.some((o) => o.seller === 'meta' || o.seller === 'openai')).toBe(false);
    // All price takers plus neutral at $2: supply runs out below demand at $2, so p = inverse demand at total.
    const total = m.offers.reduce((x, o) => x + o.sellableCU, 0);
    expect(m.price).toBeCloseTo(6 - total * 0.3, 10);
    expect(line(companyReport(r.report, 'microsoft').pnl.revenue, 'revenue.cloud')).toBeCloseTo(offerMS.soldCU * m.price, 10);
    expect(r.state.global.lastCloudPrice).toBe(m.price);
  });

  it('in a quarter: a high ask keeps a cloud out of the market', () => {
    const s0 = newMatch({ scenario: quietScenario() });
    const r = step(s0, { google: orders(s0, 'google', { cloud: { launch: false, askPrice: 5.9 } }) });
    const g = r.report.cloud.offers.find((o) => o.seller === 'google')!;
    expect(r.report.cloud.price).toBeLessThan(5.9);
    expect(g.soldCU).toBe(0);
    expect(companyReport(r.report, 'google').capacity.idleCU).toBeGreaterThanOrEqual(g.offeredCU - 1e-12);
  });
});
