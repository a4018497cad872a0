import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, EngineInputError, validateHostEvents } from '../../shared/index';
import { companyReport, line, newMatch, orders, quietScenario, step } from './helpers';
import { eventPace } from '../../shared/engine/steps/events';
import { must } from '../../shared/lists';

// Each catalogue event injected by the host into a quiet match (no random events, no mood noise).

describe('events', () => {
  it('engine 2.6: a match shorter than 12 quarters rolls its events 12 ÷ quarters times as often; longer ones at the catalogue rate', () => {
    expect([4, 6, 8, 12, 20, 40].map((q) => eventPace(DEFAULT_SCENARIO, q))).toEqual([3, 2, 1.5, 1, 1, 1]);
    const sc = quietScenario((x) => {
      must(x.events.find((e) => e.id === 'bubbleCall'), 'bubbleCall').probability = 0.1;
    });
    const startsIn = (quarters: number) =>
      Array.from({ length: 300 }, (_, i) => `pace-${i}`).filter((seed) => step(newMatch({ scenario: sc, settings: { quarters }, seed })).report.events.some((e) => e.id === 'bubbleCall'));
    const [four, twelve, forty] = [startsIn(4), startsIn(12), startsIn(40)];
    expect(forty).toEqual(twelve); // the same draws: the length only matters below 12 quarters
    expect(twelve.every((seed) => four.includes(seed))).toBe(true);
    expect(four.length).toBeGreaterThan(2 * twelve.length);
    expect(four.length).toBeLessThan(4 * twelve.length);
    const noPace = quietScenario((x) => {
      must(x.events.find((e) => e.id === 'bubbleCall'), 'bubbleCall').probability = 0.1;
      delete x.eventPace;
    });
    expect(eventPace(noPace, 4)).toBe(1);
  });

  it('validates host events before anything changes', () => {
    const s = newMatch();
    expect(validateHostEvents(s, [{ id: 'meteor' }])[0]).toMatchObject({ path: 'hostEvents.0.id', key: 'hostEvent.unknown' });
    expect(validateHostEvents(s, [{ id: 'rumor' }])[0]).toMatchObject({ path: 'hostEvents.0.target', key: 'hostEvent.targetRequired' });
    expect(validateHostEvents(s, [{ id: 'bubbleCall', target: 'meta' }])[0]?.key).toBe('hostEvent.noTarget');
    expect(validateHostEvents(s, [{ id: 'cloudOutage', target: 'meta' }])[0]).toMatchObject({ key: 'hostEvent.badTarget' });
    expect(validateHostEvents(s, [{ id: 'cloudOutage', target: 'amazon' }, { id: 'bubbleCall' }])).toEqual([]);
    expect(() => step(s, {}, [{ id: 'meteor' }])).toThrow(EngineInputError);
  });

  it('echo-chamber rumor: −0.25 held until the company clarifies, which undoes 70% (× credibility)', () => {
    const s0 = newMatch();
    const r0 = step(s0, {}, [{ id: 'rumor', target: 'meta' }]);
    expect(r0.report.events).toEqual([{ id: 'rumor', target: 'meta', injected: true, started: true }]);
    const m0 = companyReport(r0.report, 'meta');
    expect(line(m0.sentiment.causes, 'event.rumor')).toBe(-0.25);
    const r1 = step(r0.state);
    expect(line(companyReport(r1.report, 'meta').sentiment.causes, 'event.rumor')).toBeCloseTo(-0.05, 12);
    const r2 = step(r1.state, { meta: orders(r1.state, 'meta', { statement: 'clarify' }) });
    expect(line(companyReport(r2.report, 'meta').sentiment.causes, 'statement.clarify')).toBeCloseTo(0.7 * 0.25 * 0.8, 12);
    expect(r2.state.events.some((e) => e.id === 'rumor')).toBe(false);
    expect(r0.report.news.some((n) => n.key === 'news.event' && n.params.id === 'rumor' && n.role === 'meta')).toBe(true);
  });

  it('efficiency breakthrough: revenue per CU ×0.7 for 4q, cloud demand ×0.85 for 2q, mood −12', () => {
    let s = newMatch();
    const dg = 1 + s.scenario.cloud.drefGrowth;
    const r0 = step(s, {}, [{ id: 'efficiencyBreakthrough' }]);
    expect(r0.report.products.revenuePerCU).toBeCloseTo(6 * 0.7, 12);
    expect(r0.report.cloud.dref).toBeCloseTo(10 * 0.85, 12);
    expect(r0.report.mood.causes.find((c) => c.key === 'events')!.amount).toBe(-12);
    s = r0.state;
    const reports = [];
    for (let q = 1; q <= 4; q++) {
      const r = step(s);
      reports.push(r.report);
      s = r.state;
    }
    expect(reports[0]?.cloud.dref).toBeCloseTo(10 * dg * 0.85, 12);
    expect(reports[1]?.cloud.dref).toBeCloseTo(10 * dg * dg, 12);
    expect(reports[2]?.products.revenuePerCU).toBeCloseTo(6 * 0.97 ** 3 * 0.7, 12);
    expect(reports[3]?.products.revenuePerCU).toBeCloseTo(6 * 0.97 ** 4, 12);
  });

  it('export controls: chip supply ×0.6 for 2 quarters', () => {
    const r0 = step(newMatch(), {}, [{ id: 'exportControls' }]);
    expect(r0.report.chips.supplyCap).toBeCloseTo(3.6, 12);
    const r1 = step(r0.state);
    expect(r1.report.chips.supplyCap).toBeCloseTo(6 * 1.06 * 0.6, 12);
    const r2 = step(r1.state);
    expect(r2.report.chips.supplyCap).toBeCloseTo(6 * 1.06 * 1.06, 12);
  });

  it('power crunch: data centers cost ×1.5 and take 2 quarters longer, for 3 quarters', () => {
    const s = newMatch();
    const r0 = step(s, { meta: orders(s, 'meta', { build: { gw: 1, expedite: false } }) }, [{ id: 'powerCrunch' }]);
    expect(r0.report.dataCenters.costPerGW).toBeCloseTo(16.5, 12);
    expect(r0.state.companies.meta.shellsUnderConstruction.at(-1)).toMatchObject({ readyQuarter: 6, remainingInstallments: 5 });
    const r3 = step(step(step(r0.state).state).state);
    expect(r3.report.dataCenters.costPerGW).toBe(11);
  });

  it('killer app: AI product spend ×1.25 for good', () => {
    const r0 = step(newMatch(), {}, [{ id: 'killerApp' }]);
    expect(r0.report.products.spend).toBeCloseTo(12.5 * 1.25, 12);
    expect(r0.state.global.aiProductSpend).toBeGreaterThan(12.5 * 1.25);
  });

  it('enterprise adoption wave: cloud demand ×1.3 for good', () => {
    const r0 = step(newMatch(), {}, [{ id: 'enterpriseWave' }]);
    expect(r0.report.cloud.dref).toBeCloseTo(13, 12);
    const r1 = step(r0.state);
    expect(r1.report.cloud.dref).toBeCloseTo(13 * (1 + r0.state.scenario.cloud.drefGrowth), 12);
  });

  it('rate hike and rate cut move the base rate by 1 point', () => {
    const up = step(newMatch(), {}, [{ id: 'rateHike' }]);
    expect(up.state.global.baseRate).toBeCloseTo(0.05, 12);
    const down = step(newMatch(), {}, [{ id: 'rateCut' }]);
    expect(down.state.global.baseRate).toBeCloseTo(0.03, 12);
  });

  it('famous investor calls a bubble: mood −10', () => {
    const quiet = step(newMatch());
    const r = step(newMatch(), {}, [{ id: 'bubbleCall' }]);
    expect(r.report.mood.causes.find((c) => c.key === 'events')!.amount).toBe(-10);
    expect(r.report.mood.after).toBeCloseTo(quiet.report.mood.after - 10, 12);
  });

  it('cloud outage: the target cloud loses 0.2 reputation (then regains 0.1 a quarter)', () => {
    const r = step(newMatch(), {}, [{ id: 'cloudOutage', target: 'amazon' }]);
    expect(r.state.companies.amazon.cloud.reputation).toBeCloseTo(0.8, 12);
    const o = r.report.cloud.offers.find((x) => x.seller === 'amazon')!;
    expect(o.sellableCU).toBeCloseTo(o.offeredCU * 0.9, 12);
  });

  it('recession scare: core revenue ×0.95 for 2 quarters, mood −8', () => {
    const r = step(newMatch(), {}, [{ id: 'recessionScare' }]);
    const g = 1 + must(r.state.scenario.companies.microsoft.coreLines[0], "Microsoft's first core line").growth;
    expect(line(companyReport(r.report, 'microsoft').pnl.revenue, 'revenue.core.software')).toBeCloseTo(45 * 0.95, 12);
    expect(r.report.mood.causes.find((c) => c.key === 'events')!.amount).toBe(-8);
    const r1 = step(r.state);
    expect(line(companyReport(r1.report, 'microsoft').pnl.revenue, 'revenue.core.software')).toBeCloseTo(45 * g * 0.95, 12);
    const r2 = step(r1.state);
    expect(line(companyReport(r2.report, 'microsoft').pnl.revenue, 'revenue.core.software')).toBeCloseTo(45 * g * g, 12);
    expect(r2.report.news.some((n) => n.key === 'news.event.ended' && n.params.id === 'recessionScare')).toBe(true);
  });

  it('random events come from the seed: same seed same events, and the catalogue is all covered above', () => {
    const tally = new Map<string, number>();
    for (let i = 0; i < 40; i++) {
      let s = newMatch({ scenario: DEFAULT_SCENARIO, seed: `ev-${i}`, settings: { quarters: 4 } });
      while (!s.finished) {
        const r = step(s);
        for (const e of r.report.events) tally.set(e.id, (tally.get(e.id) ?? 0) + 1);
        s = r.state;
      }
    }
    expect(tally.size).toBeGreaterThan(6);
    const a = step(newMatch({ scenario: DEFAULT_SCENARIO, seed: 'x' })).report.events;
    const b = step(newMatch({ scenario: DEFAULT_SCENARIO, seed: 'x' })).report.events;
    expect(a).toEqual(b);
  });
});
