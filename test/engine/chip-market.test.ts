import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../shared/index';
import { chipPrice, clearChipMarket } from '../../shared/engine/model/chips';
import { companyReport, line, newMatch, orders, step } from './helpers';
import { must } from '../../shared/lists';

// Hand-computed chip market cases (GAME.md 5.3) with L = 32 $B/GW, S = 6 GW/q, slack 0.15, premium 1.5,
// outside buyers at any price (neutralDemandAtMax 1: the v1 rule, so the cases stay hand-computable);
// the price-sensitive outside demand of engine 2 has its own case at the end.
const P = { ...DEFAULT_SCENARIO.chips, neutralDemandAtMax: 1 };

describe('chip market', () => {
  it('price rule: discount when slack, premium when scarce, capped at 2L', () => {
    expect(chipPrice(6, 6, 32, P)).toBe(32);
    expect(chipPrice(3, 6, 32, P)).toBeCloseTo(32 * (1 - 0.15 * 0.5), 12); // 29.6
    expect(chipPrice(0, 6, 32, P)).toBeCloseTo(27.2, 12);
    expect(chipPrice(7.5, 6, 32, P)).toBeCloseTo(44, 12); // 32 × (1 + 1.5 × 0.25)
    expect(chipPrice(12, 6, 32, P)).toBe(64); // 32 × 2.5 = 80, capped at 64
  });

  it('slack market: everyone is filled at the discounted price', () => {
    const m = clearChipMarket([{ role: 'meta', gw: 1, maxPrice: 0 }, { role: 'google', gw: 0.5, maxPrice: 40 }], 3, 6, 32, P);
    expect(m.scarce).toBe(false);
    expect(m.totalDemand).toBeCloseTo(4.5, 12);
    expect(m.price).toBeCloseTo(30.8, 12); // 32 × (1 − 0.15 × 0.25)
    expect(m.fills.map((f) => f.filledGW)).toEqual([1, 0.5]);
    expect(m.quantity).toBeCloseTo(4.5, 12);
    expect(m.rounds).toBe(0);
  });

  it('scarce market: premium price and pro-rata fill to the supply cap', () => {
    const m = clearChipMarket([{ role: 'meta', gw: 3, maxPrice: 0 }, { role: 'google', gw: 1.5, maxPrice: 0 }], 3, 6, 32, P);
    expect(m.scarce).toBe(true);
    expect(m.price).toBeCloseTo(44, 12);
    expect(m.fills[0]?.filledGW).toBeCloseTo(2.4, 12); // 3 × 6 / 7.5
    expect(m.fills[1]?.filledGW).toBeCloseTo(1.2, 12);
    expect(m.neutralFilled).toBeCloseTo(2.4, 12);
    expect(m.quantity).toBe(6);
  });

  it('bids drop out lowest limit first and the price is recomputed', () => {
    // D = 8.5 → p = 52; the 40 bid drops → D = 7 → p = 40; the 42 bid now stays in.
    const m = clearChipMarket(
      [{ role: 'meta', gw: 3, maxPrice: 0 }, { role: 'google', gw: 1.5, maxPrice: 40 }, { role: 'amazon', gw: 1, maxPrice: 42 }],
      3, 6, 32, P,
    );
    expect(m.rounds).toBe(1);
    expect(m.price).toBeCloseTo(40, 12);
    expect(m.fills.map((f) => f.droppedOut)).toEqual([false, true, false]);
    expect(m.fills[0]?.filledGW).toBeCloseTo(3 * 6 / 7, 12);
    expect(m.fills[2]?.filledGW).toBeCloseTo(6 / 7, 12);
  });

  it('a limit group whose dropping out would take the price below its limit stays in partly, at its limit', () => {
    // Neutral 6 fills S alone (p = 32). With the 39 bid: D = 7 → p = 32 × (1 + 1.5/6) = 40 > 39, but without it
    // p = 32 < 39: it keeps D* − 6 with 32 × (1 + 1.5 × (D*/6 − 1)) = 39 → D* = 6 × (1 + (39/32 − 1)/1.5) = 6.875,
    // i.e. 0.875 GW at p = 39; the 35–38 bids are under 39 and drop. Everyone gets 6/6.875 of what stays in.
    const bids = (['openai', 'meta', 'microsoft', 'amazon', 'google'] as const).map((role, i) => ({ role, gw: 1, maxPrice: 35 + i }));
    const m = clearChipMarket(bids, 6, 6, 32, P);
    expect(m.price).toBe(39);
    expect(m.totalDemand).toBeCloseTo(6.875, 12);
    expect(m.scarce).toBe(true);
    expect(m.fills.map((f) => f.droppedOut)).toEqual([true, true, true, true, false]);
    expect(m.fills[4]?.filledGW).toBeCloseTo(0.875 * 6 / 6.875, 12); // 0.7636
    expect(m.neutralFilled).toBeCloseTo(6 * 6 / 6.875, 12);
    expect(m.quantity).toBe(6);
    expect(m.rounds).toBe(5);
  });

  it('equal limits stay in together: the market never clears below a limit it refused', () => {
    // Neutral 5 of S = 6; Meta 1.5 and Microsoft 1 both at $40: D = 7.5 → p = 44 > 40; without them p = 32 × (1 − 0.15/6) = 31.2.
    // At $40: D* = 6 × (1 + (40/32 − 1)/1.5) = 7, so they keep 2 of their 2.5 GW (80% each), then 6/7 pro rata.
    const m = clearChipMarket([{ role: 'meta', gw: 1.5, maxPrice: 40 }, { role: 'microsoft', gw: 1, maxPrice: 40 }], 5, 6, 32, P);
    expect(m.price).toBe(40);
    expect(m.totalDemand).toBeCloseTo(7, 12);
    expect(m.fills[0]?.filledGW).toBeCloseTo(1.5 * 0.8 * 6 / 7, 12);
    expect(m.fills[1]?.filledGW).toBeCloseTo(1 * 0.8 * 6 / 7, 12);
    expect(m.fills.some((f) => f.droppedOut)).toBe(false);
    expect(m.rounds).toBe(1);
  });

  it('a limit under the list price: partly filled in a slack market', () => {
    // Neutral 3, S = 6, a 3 GW bid at $30: D = 6 → p = 32 > 30; without it p = 29.6 < 30.
    // 32 × (1 − 0.15 × (1 − D*/6)) = 30 → D* = 6 × (1 − (2/32)/0.15) = 3.5: 0.5 GW at $30, not scarce.
    const m = clearChipMarket([{ role: 'meta', gw: 3, maxPrice: 30 }], 3, 6, 32, P);
    expect(m.price).toBe(30);
    expect(m.scarce).toBe(false);
    expect(m.fills[0]?.filledGW).toBeCloseTo(0.5, 12);
    // A limit under the lowest possible price ($27.2) gets nothing.
    const none = clearChipMarket([{ role: 'meta', gw: 3, maxPrice: 27 }], 3, 6, 32, P);
    expect(none.fills[0]?.droppedOut).toBe(true);
    expect(none.price).toBeCloseTo(29.6, 12);
  });

  it('draws the curves the client plots', () => {
    const m = clearChipMarket([{ role: 'meta', gw: 1, maxPrice: 50 }], 3, 6, 32, P);
    expect(m.supplyCurve[0]).toEqual({ q: 0, p: 27.2 });
    expect(m.supplyCurve[1]).toEqual({ q: 6, p: 32 });
    expect(m.supplyCurve[2]?.p).toBe(64);
    expect(m.supplyCurve[2]?.q).toBeCloseTo(10, 12); // 6 × (1 + 1/1.5)
    expect(m.demandCurve.slice(0, 4)).toEqual([{ q: 0, p: 64 }, { q: 3, p: 64 }, { q: 3, p: 50 }, { q: 4, p: 50 }]);
  });

  it('in a quarter: chips are paid on delivery next quarter at the clearing price', () => {
    const s0 = newMatch();
    // Only OpenAI orders: D = 3 (neutral) + 1 = 4 → p = 32 × (1 − 0.15/3) = 30.4.
    const r0 = step(s0, { openai: orders(s0, 'openai', { chips: { gw: 1, maxPricePerGW: 0 } }) });
    expect(r0.report.chips.price).toBeCloseTo(30.4, 12);
    expect(r0.state.companies.openai.chipsOnOrder).toEqual([{ gw: 1, price: r0.report.chips.price, custom: false }]);
    const r1 = step(r0.state);
    const cr = companyReport(r1.report, 'openai');
    expect(line(cr.pnl.revenue, 'x')).toBe(0);
    expect(-line(cr.cashFlow.lines, 'capex.chips')).toBeCloseTo(30.4, 12);
    const cohort = r1.state.companies.openai.cohorts.find((c) => c.year === 2026 && c.gw === 1)!;
    expect(cohort.cost).toBeCloseTo(30.4, 12);
  });

  it('custom silicon bypasses the market at its own price, efficiency and cap', () => {
    const s0 = newMatch();
    expect(s0.global.customCaps.amazon).toBe(0.35);
    const r0 = step(s0, { amazon: orders(s0, 'amazon', { customChips: { gw: 0.35 } }) });
    expect(r0.report.chips.custom).toEqual([{ role: 'amazon', gw: 0.35, price: 32 * 0.65 }]);
    expect(r0.report.chips.fills.find((f) => f.role === 'amazon')!.filledGW).toBe(0);
    expect(r0.state.global.customCaps.amazon).toBeCloseTo(0.35 * 1.05, 12);
    const r1 = step(r0.state);
    expect(-line(companyReport(r1.report, 'amazon').cashFlow.lines, 'capex.customChips')).toBeCloseTo(0.35 * 20.8, 12);
    const c = r1.state.companies.amazon.cohorts.at(-1)!;
    expect(c).toMatchObject({ custom: true, efficiency: 0.85, year: 2026 });
  });

  it('engine 2: outside buyers are price-sensitive, so seats that bid the price up crowd them out', () => {
    const D = DEFAULT_SCENARIO.chips;
    // 3 GW of outside demand: 40% at any price, the rest in four tranches between L and 2L.
    const m = clearChipMarket([{ role: 'meta', gw: 6, maxPrice: 0 }], 3, 6, 32, D);
    expect(m.scarce).toBe(true);
    expect(m.neutralFilled).toBeLessThan(3 * (6 / 9)); // less than a pro-rata share of all 3 GW
    const firm = clearChipMarket([{ role: 'meta', gw: 6, maxPrice: 0 }], 3, 6, 32, P);
    expect(m.price).toBeLessThan(firm.price); // fewer outside buyers stay in at a high price
    expect(m.fills[0]?.filledGW).toBeGreaterThan(must(firm.fills[0], 'the firm fill').filledGW);
    // With no seat bidding, outside buyers all buy at the slack price.
    expect(clearChipMarket([], 3, 6, 32, D).neutralFilled).toBeCloseTo(3, 12);
  });
});
