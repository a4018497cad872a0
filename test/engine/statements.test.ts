import { describe, expect, it } from 'vitest';
import type { MatchState, Role } from '../../shared/index';
import { allSteady, companyReport, line, newMatch, orders, quietScenario, step } from './helpers';

describe('CEO statements', () => {
  it('clarify without a rumor: +0.02 × credibility', () => {
    const s = newMatch();
    const r = step(s, { meta: orders(s, 'meta', { statement: 'clarify' }) });
    expect(line(companyReport(r.report, 'meta').sentiment.causes, 'statement.clarify')).toBeCloseTo(0.02 * 0.8, 12);
  });

  it('hype: +0.15 × credibility now; kept promise (AI revenue +10%/q over 4 quarters) restores credibility', () => {
    // Its own fixture: AI spend growing fast enough (8%/q base) that the promise can be kept.
    let s = newMatch({ scenario: quietScenario((x) => void (x.products.growthBase = 0.08)) });
    const r0 = step(s, { ...allSteady(s), openai: { ...allSteady(s).openai!, statement: 'hype' } });
    expect(line(companyReport(r0.report, 'openai').sentiment.causes, 'statement.hype')).toBeCloseTo(0.15 * 0.7, 12);
    expect(r0.state.statements).toEqual([{ kind: 'hype', role: 'openai', madeQ: 0, dueQ: 4, baselineAIRevenue: r0.state.companies.openai.trail.at(-1)!.aiRevenue }]);
    s = r0.state;
    let last;
    for (let q = 1; q <= 4; q++) {
      last = step(s, allSteady(s));
      s = last.state;
    }
    const base = r0.state.statements[0].baselineAIRevenue;
    expect(s.companies.openai.trail.at(-1)!.aiRevenue).toBeGreaterThan(base * 1.1 ** 4);
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

  it('capex discipline: +0.1 × credibility after a cut of at least 20%, −0.1 otherwise', () => {
    const s = newMatch();
    // Baseline: Meta's Q4 2025 capex of $21B. Ordering nothing is a cut.
    const cut = step(s, { meta: orders(s, 'meta', { statement: 'capexDiscipline' }) });
    expect(line(companyReport(cut.report, 'meta').sentiment.causes, 'statement.capexDiscipline')).toBeCloseTo(0.08, 12);
    const steady = allSteady(s).meta!;
    const notCut = step(s, { meta: { ...steady, statement: 'capexDiscipline' } });
    expect(line(companyReport(notCut.report, 'meta').sentiment.causes, 'statement.capexDiscipline')).toBe(-0.1);
    expect(notCut.state.companies.meta.lastOrderedCapex).toBeGreaterThan(0.8 * 21);
  });

  it('announce cloud with a launch: +0.1 × credibility; the cloud is live after 3 quarters at reputation 0.3', () => {
    let s = newMatch();
    const r0 = step(s, { meta: orders(s, 'meta', { statement: 'announceCloud', cloud: { launch: true, askPrice: 0 } }) });
    const m = companyReport(r0.report, 'meta');
    expect(line(m.sentiment.causes, 'statement.announceCloud')).toBeCloseTo(0.08, 12);
    expect(-line(m.cashFlow.lines, 'capex.cloudLaunch')).toBe(4);
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
