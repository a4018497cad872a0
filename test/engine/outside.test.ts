import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/index';
import { installedCapacity } from '../../shared/engine/model/capacity';
import { outsideBoughtCU, outsideChipDemand, outsideCloudCU, outsideContractCU, outsideCU, outsideRoles, outsideTrainingCU } from '../../shared/engine/model/outside';
import { efficiency } from '../../shared/engine/calendar';
import { allSteady, companyReport, line, newMatch, play, quietScenario } from './helpers';
import { must } from '../../shared/lists';

// Engine 2.3 (GAME.md 12.3): seats nobody plays stay in the markets as outside companies, so a
// small table sees the competitors a full table has; a full table is exactly as before.

const withOutside = quietScenario();
const withoutOutside = quietScenario((s) => {
  delete s.outsideCompanies;
});
const twoSeats: Role[] = ['openai', 'meta'];

describe('outside companies (absent seats in the markets)', () => {
  it('an outside company starts with its scenario compute and adds its 2025 pace every quarter', () => {
    const state = newMatch({ scenario: withOutside });
    for (const r of ROLES) {
      const c = state.companies[r];
      // Quarter 0: the starting chips plus the chips on order (delivered in quarter 0), shell aside.
      const delivered = { cohorts: [...c.cohorts, ...c.chipsOnOrder.map((o) => ({ gw: o.gw, year: 2026, vintage: 0, cost: 0, bookValue: 0, ageQ: 0, custom: o.custom, efficiency: o.custom ? (withOutside.customSilicon[r]?.efficiency ?? 1) : 1 }))], shellReadyGW: 1e9 };
      expect(outsideCU(withOutside, r, 0)).toBeCloseTo(installedCapacity(delivered, withOutside, state.settings).ownCU, 10);
    }
    const p = withOutside.companies.microsoft.pace;
    expect(outsideCU(withOutside, 'microsoft', 3) - outsideCU(withOutside, 'microsoft', 2)).toBeCloseTo(p.chipsGW * efficiency(withOutside, 3), 10);
    const g = withOutside.companies.google;
    const tpu = withOutside.customSilicon.google!.efficiency;
    expect(outsideCU(withOutside, 'google', 1) - outsideCU(withOutside, 'google', 0)).toBeCloseTo((g.pace.chipsGW + g.pace.customGW * tpu) * efficiency(withOutside, 1), 10);
  });

  it('only absent seats are outside companies, and only while the scenario has the block', () => {
    expect(outsideRoles(withOutside, { activeSeats: twoSeats }, ROLES)).toEqual(['microsoft', 'amazon', 'google']);
    expect(outsideRoles(withOutside, { activeSeats: [...ROLES] }, ROLES)).toEqual([]);
    expect(outsideRoles(withoutOutside, { activeSeats: twoSeats }, ROLES)).toEqual([]);
    expect(outsideCloudCU(withOutside, 'meta', 0)).toBe(0); // no cloud in the scenario
    const p = withOutside.companies;
    expect(outsideChipDemand(withOutside, { activeSeats: twoSeats }, ROLES)).toBeCloseTo(p.microsoft.pace.chipsGW + p.amazon.pace.chipsGW + p.google.pace.chipsGW, 12);
  });

  it('an outside OpenAI keeps taking its contracted compute: it leaves the rental market, and mood starts as at a full table', () => {
    const neutral = withOutside.contracts.starting.find((k) => k.seller === 'neutral' && k.buyer === 'openai')!;
    const azure = withOutside.contracts.starting.find((k) => k.seller === 'microsoft' && k.buyer === 'openai')!;
    const aws = withOutside.contracts.starting.find((k) => k.seller === 'amazon' && k.buyer === 'openai')!;
    expect(outsideContractCU(withOutside, { activeSeats: ['meta', 'microsoft'] }, 0)).toBeCloseTo(neutral.cuPerQuarter + aws.cuPerQuarter, 12); // Azure's is Microsoft's, seated
    expect(outsideContractCU(withOutside, { activeSeats: ['meta', 'amazon'] }, 0)).toBeCloseTo(neutral.cuPerQuarter + azure.cuPerQuarter, 12);
    expect(outsideContractCU(withOutside, { activeSeats: ['meta', 'amazon'] }, 11)).toBeCloseTo(neutral.rampToCU! + azure.cuPerQuarter, 12);
    expect(outsideContractCU(withOutside, { activeSeats: ['openai', 'meta'] }, 0)).toBe(0);
    expect(outsideContractCU(withoutOutside, { activeSeats: ['meta', 'amazon'] }, 0)).toBe(0);
    const full = must(play(newMatch({ scenario: withOutside }), 1).reports[0], 'the quarter report').mood.after;
    const small = must(play(newMatch({ scenario: withOutside, settings: { activeSeats: ['meta', 'amazon'] } }), 1).reports[0], 'the quarter report').mood.after;
    expect(Math.abs(small - full)).toBeLessThan(3);
  });

  it('a 2-seat table rents compute at about the price of a full table, not at the scarcity price of a market without the hyperscalers', () => {
    const full = must(play(newMatch({ scenario: withOutside }), 1).reports[0], 'the quarter report').cloud;
    const small = must(play(newMatch({ scenario: withOutside, settings: { activeSeats: twoSeats } }), 1).reports[0], 'the quarter report').cloud;
    const before = must(play(newMatch({ scenario: withoutOutside, settings: { activeSeats: twoSeats } }), 1).reports[0], 'the quarter report').cloud;
    expect(Math.abs(small.price - full.price)).toBeLessThan(0.1 * full.price);
    expect(before.price).toBeGreaterThan(1.25 * full.price);
    const neutral = small.offers.find((o) => o.seller === 'neutral')!;
    expect(neutral.offeredCU).toBeGreaterThan(before.offers.find((o) => o.seller === 'neutral')!.offeredCU + 4);
  });

  it('absent companies keep training (their quality rises) and order chips with the outside buyers', () => {
    const run = (scenario: typeof withOutside) => play(newMatch({ scenario, settings: { activeSeats: twoSeats } }), 4);
    const on = run(withOutside);
    const off = run(withoutOutside);
    expect(off.state.companies.google.quality).toBe(withOutside.companies.google.quality);
    expect(on.state.companies.google.quality).toBeGreaterThan(off.state.companies.google.quality + 0.3);
    expect(on.state.companies.microsoft.quality).toBeGreaterThan(off.state.companies.microsoft.quality);
    expect(on.reports[0]?.chips.neutralDemandAtList).toBeGreaterThan(must(off.reports[0], 'the quarter report').chips.neutralDemandAtList + 1);
  });

  it('an outside OpenAI trains on the compute its starting contracts bring it, so the frontier of a table without OpenAI keeps moving', () => {
    const o = withOutside.companies.openai;
    // Quarter 0: Azure 1.5 + AWS 0.4 + the neutral supplier's 1.0 (ramping to 4.0 over 12 quarters).
    expect(outsideBoughtCU(withOutside, 'openai', 0)).toBeCloseTo(2.9, 10);
    expect(outsideBoughtCU(withOutside, 'openai', 12)).toBeCloseTo(5.9, 10);
    expect(outsideBoughtCU(withOutside, 'google', 5)).toBe(0);
    expect(outsideTrainingCU(withOutside, 'openai', 4)).toBeCloseTo(((outsideCU(withOutside, 'openai', 4) + outsideBoughtCU(withOutside, 'openai', 4)) * o.allocation.training) / 100, 10);
    // Own chips alone (0.3 GW and 0.05 GW a quarter) let its model decay; with its contracts it improves
    // about as a steadily played OpenAI does at a full table.
    const small = play(newMatch({ scenario: withOutside, settings: { activeSeats: ['amazon', 'google'] } }), 8);
    const full = play(newMatch({ scenario: withOutside }), 8);
    expect(small.state.companies.openai.quality).toBeGreaterThan(o.quality + 2);
    expect(Math.abs(small.state.companies.openai.quality - full.state.companies.openai.quality)).toBeLessThan(0.25 * full.state.companies.openai.quality);
  });

  it("an outside OpenAI keeps paying Microsoft its partner share, so Microsoft's AI product revenue does not fall when OpenAI is not seated", () => {
    const partner = (scenario: typeof withOutside, activeSeats: Role[]) =>
      play(newMatch({ scenario, settings: { activeSeats } }), 4).reports.map((r) => line(companyReport(r, 'microsoft').pnl.revenue, 'revenue.partnerShare'));
    const full = partner(withOutside, [...ROLES]);
    const small = partner(withOutside, ['microsoft', 'google']);
    // 20% of the product demand OpenAI's quality and brand win: about what a seated OpenAI pays.
    for (const [q, x] of small.entries()) {
      expect(x, `quarter ${q}`).toBeGreaterThan(0.5);
      expect(Math.abs(x - full[q]!), `quarter ${q}`).toBeLessThan(0.25 * full[q]!);
    }
    // Not without outside companies (the older rule: absent seats leave the markets), and not to an absent Microsoft.
    expect(partner(withoutOutside, ['microsoft', 'google']).every((x) => x === 0)).toBe(true);
    const seatedOpenAI = play(newMatch({ scenario: withOutside, settings: { activeSeats: ['openai', 'google'] } }), 1).reports[0]!;
    expect(line(companyReport(seatedOpenAI, 'openai').pnl.costs, 'cost.partnerShare')).toBeGreaterThan(0); // paid, to nobody seated
  });

  it('a full table plays exactly as without outside companies (same state hash every quarter)', () => {
    const a = play(newMatch({ scenario: withOutside, seed: 'full' }), 6, allSteady);
    const b = play(newMatch({ scenario: withoutOutside, seed: 'full' }), 6, allSteady);
    expect(a.reports.map((r) => r.cloud.price)).toEqual(b.reports.map((r) => r.cloud.price));
    expect(a.reports.map((r) => r.companies.map((c) => c.valuation.marketCap))).toEqual(b.reports.map((r) => r.companies.map((c) => c.valuation.marketCap)));
  });
});
