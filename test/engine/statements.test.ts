import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type MatchState, type Role } from '../../shared/index';
import { hypeTarget, ownTrend } from '../../shared/engine/steps/statements';
import { allSteady, companyReport, line, newMatch, orders, quietScenario, step } from './helpers';
import { must } from '../../shared/lists';

describe('CEO statements', () => {
  it('engine 2: clarify without a rumor does nothing', () => {
    const s = newMatch();
    const r = step(s, { meta: orders(s, 'meta', { statement: 'clarify' }) });
    expect(line(companyReport(r.report, 'meta').sentiment.causes, 'statement.clarify')).toBe(0);
    expect(r.report.news.some((n) => n.key === 'news.statement.clarifyNothing' && n.role === 'meta')).toBe(true);
  });

  it('hype: +0.15 × credibility now; a promise judged against the company\'s own trend; kept restores credibility', () => {
    // Its own fixture: AI spend growing faster than it did (killer apps), so OpenAI beats its own trend.
    let s = newMatch({ scenario: quietScenario((x) => void (x.products.growthBase = 0.12)) });
    const r0 = step(s, { ...allSteady(s), openai: { ...allSteady(s).openai!, statement: 'hype' } });
    expect(line(companyReport(r0.report, 'openai').sentiment.causes, 'statement.hype')).toBeCloseTo(0.15 * 0.7, 12);
    const st = must(r0.state.statements[0], 'the hype statement');
    expect(st).toMatchObject({ kind: 'hype', role: 'openai', madeQ: 0, dueQ: 4, baselineAIRevenue: r0.state.companies.openai.trail.at(-1)!.aiRevenue });
    // Its own trend: the median quarterly growth of its AI revenue over the last quarters on record.
    expect(st.trend).toBeCloseTo(ownTrend({ trail: s.companies.openai.trail }, st.baselineAIRevenue), 12);
    s = r0.state;
    let last;
    for (let q = 1; q <= 4; q++) {
      const o = allSteady(s);
      o.openai = { ...o.openai!, allocation: { training: 10, products: 90, cloud: 0 } };
      last = step(s, o, q <= 2 ? [{ id: 'killerApp' }] : []);
      s = last.state;
    }
    expect(s.companies.openai.trail.at(-1)!.aiRevenue).toBeGreaterThan(hypeTarget(st, 4, s.scenario.statements.hypeGrowthTarget));
    expect(s.companies.openai.credibility).toBeCloseTo(0.75, 12);
    expect(last!.report.news.some((n) => n.key === 'news.statement.hypeKept')).toBe(true);
    expect(s.statements).toEqual([]);
  });

  it('hype: a broken promise costs −0.3 sentiment and 0.2 credibility four quarters later', () => {
    let s: MatchState = newMatch();
    s = step(s, { meta: orders(s, 'meta', { statement: 'hype' }) }).state;
    const starve = (st: MatchState) => ({ meta: orders(st, 'meta', { allocation: { training: 100, products: 0, cloud: 0 } }) });
    for (let q = 1; q <= 3; q++) s = step(s, starve(s)).state;
    const r4 = step(s, starve(s));
    const m = companyReport(r4.report, 'meta');
    expect(line(m.sentiment.causes, 'statement.hypeBroken')).toBe(-0.3);
    expect(r4.state.companies.meta.credibility).toBeCloseTo(0.6, 12);
    expect(r4.report.news.some((n) => n.key === 'news.statement.hypeBroken' && n.role === 'meta')).toBe(true);
  });

  it('engine 2: a hype promise still open at the match end settles on the quarters that passed', () => {
    let s: MatchState = newMatch({ settings: { quarters: 4 } });
    for (let q = 0; q < 2; q++) s = step(s).state;
    const starve = (st: MatchState) => ({ meta: orders(st, 'meta', { allocation: { training: 100, products: 0, cloud: 0 } }) });
    s = step(s, { meta: { ...starve(s).meta, statement: 'hype' } }).state; // quarter 2, due in quarter 6 > the end
    const end = step(s, starve(s)); // quarter 3, the last
    expect(end.state.finished).toBe(true);
    const m = companyReport(end.report, 'meta');
    expect(line(m.sentiment.causes, 'statement.hypeBroken')).toBe(-0.3);
    expect(end.state.statements).toEqual([]);
  });

  it('capex discipline: +0.1 × credibility after a cut of at least 20% against the trailing average, −0.1 otherwise', () => {
    const s = newMatch();
    // Baseline: the average of Meta's last four quarters of capex. Ordering nothing is a cut.
    const cut = step(s, { meta: orders(s, 'meta', { statement: 'capexDiscipline' }) });
    expect(line(companyReport(cut.report, 'meta').sentiment.causes, 'statement.capexDiscipline')).toBeCloseTo(0.08, 12);
    const steady = allSteady(s).meta!;
    const notCut = step(s, { meta: { ...steady, statement: 'capexDiscipline' } });
    expect(line(companyReport(notCut.report, 'meta').sentiment.causes, 'statement.capexDiscipline')).toBe(-0.1);
    const avg = s.companies.meta.orderedCapexHistory.reduce((x, y) => x + y, 0) / 4;
    expect(notCut.state.companies.meta.lastOrderedCapex).toBeGreaterThan(0.8 * avg);
    expect(notCut.state.companies.meta.orderedCapexHistory).toHaveLength(4);
  });

  it('announce cloud with a launch: +0.1 × credibility; the cloud is live after 3 quarters at reputation 0.3', () => {
    let s = newMatch();
    const r0 = step(s, { meta: orders(s, 'meta', { statement: 'announceCloud', cloud: { launch: true, askPrice: 0 } }) });
    const m = companyReport(r0.report, 'meta');
    expect(line(m.sentiment.causes, 'statement.announceCloud')).toBeCloseTo(0.08, 12);
    expect(-line(m.cashFlow.lines, 'capex.cloudLaunch')).toBe(DEFAULT_SCENARIO.companies.meta.launchCost);
    expect(r0.state.companies.meta.cloud).toMatchObject({ status: 'launching', readyQuarter: 3 });
    s = step(step(r0.state).state).state;
    const r3 = step(s, { meta: orders(s, 'meta', { allocation: { training: 40, products: 20, cloud: 40 } }) });
    expect(r3.state.companies.meta.cloud).toMatchObject({ status: 'live', reputation: 0.3 });
    const offer = r3.report.cloud.offers.find((o) => o.seller === 'meta')!;
    expect(offer.sellableCU).toBeCloseTo(offer.offeredCU * 0.65, 12);
    expect(line(companyReport(r3.report, 'meta').pnl.revenue, 'revenue.cloud')).toBeGreaterThan(0);
    const r4 = step(r3.state, { meta: orders(r3.state, 'meta', { allocation: { training: 40, products: 20, cloud: 40 } }) });
    expect(r4.state.companies.meta.cloud.reputation).toBeCloseTo(0.4, 12);
  });

  it('engine 2.6: a cloud announcement is a promise, judged four quarters later against the cloud price it was made at', () => {
    const launch = (st: MatchState) => ({ meta: orders(st, 'meta', { statement: 'announceCloud', cloud: { launch: true, askPrice: 0 } }) });
    const s = newMatch();
    const r0 = step(s, launch(s));
    const st = must(r0.state.statements.find((x) => x.kind === 'announceCloud'), 'the cloud promise');
    expect(st).toMatchObject({ role: 'meta', madeQ: 0, dueQ: 4, cloudPrice: r0.report.cloud.price });
    expect(r0.report.news.some((n) => n.key === 'news.statement.cloudPromise' && n.role === 'meta' && n.params.dueQ === 4)).toBe(true);
    // The same match four quarters on, with the promise made at a price just under or just over
    // what the market pays by then: 10% of tolerance decides.
    const settleAt = (priceThen: (now: number) => number) => {
      let m = structuredClone(r0.state);
      for (let q = 1; q <= 3; q++) m = step(m).state;
      const probe = step(structuredClone(m));
      m.statements.find((x) => x.kind === 'announceCloud')!.cloudPrice = priceThen(probe.report.cloud.price);
      return step(m);
    };
    const kept = settleAt((now) => now / 0.9 - 1e-6);
    expect(line(companyReport(kept.report, 'meta').sentiment.causes, 'statement.cloudBroken')).toBe(0);
    expect(kept.state.companies.meta.credibility).toBeCloseTo(0.85, 12);
    expect(kept.report.news.some((n) => n.key === 'news.statement.cloudKept' && n.role === 'meta')).toBe(true);
    expect(kept.state.statements).toEqual([]);
    const broken = settleAt((now) => now / 0.9 + 1e-6);
    expect(line(companyReport(broken.report, 'meta').sentiment.causes, 'statement.cloudBroken')).toBe(-0.3);
    expect(broken.state.companies.meta.credibility).toBeCloseTo(0.6, 12);
    expect(broken.report.news.some((n) => n.key === 'news.statement.cloudBroken' && n.role === 'meta')).toBe(true);
    expect(broken.state.statements).toEqual([]);
  });

  it('engine 2.6: a cloud promise still open at the match end settles then; without the scenario rule there is none', () => {
    const launch = (st: MatchState) => ({ meta: orders(st, 'meta', { statement: 'announceCloud', cloud: { launch: true, askPrice: 0 } }) });
    let s: MatchState = newMatch({ settings: { quarters: 4 } });
    s = step(s).state;
    s = step(s, launch(s)).state; // quarter 1, due in quarter 5 > the end
    s = step(s).state;
    s.statements.find((x) => x.kind === 'announceCloud')!.cloudPrice = 1e6; // no market can pay this: broken
    const end = step(s);
    expect(end.state.finished).toBe(true);
    expect(line(companyReport(end.report, 'meta').sentiment.causes, 'statement.cloudBroken')).toBe(-0.3);
    const off = newMatch({ scenario: quietScenario((x) => delete x.statements.cloudPromise) });
    const r = step(off, launch(off));
    expect(line(companyReport(r.report, 'meta').sentiment.causes, 'statement.announceCloud')).toBeCloseTo(0.08, 12);
    expect(r.state.statements).toEqual([]);
  });

  it('OpenAI launching its own cloud ends the partner share once it is live', () => {
    let s = newMatch();
    s = step(s, { openai: orders(s, 'openai', { cloud: { launch: true, askPrice: 0 } }) }).state;
    s = step(step(s).state).state;
    const r3 = step(s);
    expect(line(companyReport(r3.report, 'openai').pnl.costs, 'cost.partnerShare')).toBe(0);
    expect(line(companyReport(r3.report, 'microsoft').pnl.revenue, 'revenue.partnerShare')).toBe(0);
  });

  it('immediate effects scale with credibility', () => {
    const s = newMatch({ scenario: quietScenario((x) => (x.companies.google.credibility = 0.5)) });
    const r = step(s, { google: orders(s, 'google', { statement: 'hype' }) });
    expect(line(companyReport(r.report, 'google').sentiment.causes, 'statement.hype')).toBeCloseTo(0.075, 12);
    const roles: Role[] = ['google'];
    expect(roles).toContain(r.report.companies.find((c) => c.sentiment.causes.some((x) => x.key === 'statement.hype'))!.role);
  });
});
