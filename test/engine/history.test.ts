import { describe, expect, it } from 'vitest';
import { companyHistory, matchNews, MAX_NEWS, playerView, stateHash, type MatchState, type NewsItem, type QuarterReport } from '../../shared/index';
import { runBotMatch } from '../../shared/bots';
import { companyReport, newMatch, play, quietScenario } from './helpers';

// History rows and news are outputs of the quarters (engine 2.2): the state carries neither, and
// both are built from the reports (shared/engine/history.ts).

/** OpenAI cannot pay its neutral contract in quarter 0 and goes bankrupt; the others play on. */
function openaiBankruptAtStart(quarters: number): { state: MatchState; reports: QuarterReport[] } {
  const s = newMatch({
    scenario: quietScenario((x) => {
      x.companies.openai.cash = 1;
      const k = x.contracts.starting.find((c) => c.seller === 'neutral' && c.buyer === 'openai')!;
      k.cuPerQuarter = 60;
      delete k.rampToCU;
      delete k.rampQuarters;
      x.contracts.neutral.capacity = 100;
    }),
  });
  return play(s, quarters);
}

describe('history rows and news built from the reports', () => {
  it('the match state holds neither, so it does not grow with them', () => {
    const m = runBotMatch({ seed: 'history-size', quarters: 20, hashes: false });
    for (const c of Object.values(m.final.companies)) expect(c).not.toHaveProperty('history');
    expect(m.final).not.toHaveProperty('news');
    expect(JSON.stringify(m.final).length).toBeLessThan(100_000);
  });

  it('one row per resolved quarter with the report’s figures, and the figures the company ends the quarter with', () => {
    const m = runBotMatch({ seed: 'history-rows', quarters: 6, hashes: false, keepStates: true });
    for (const role of m.settings.activeSeats) {
      const rows = companyHistory(m.reports, role);
      expect(rows.map((r) => r.quarter)).toEqual([0, 1, 2, 3, 4, 5]);
      rows.forEach((row, q) => {
        const c = companyReport(m.reports[q]!, role);
        const after = m.states![q]!.companies[role];
        expect(row.revenue).toBe(c.pnl.revenue.reduce((x, l) => x + l.amount, 0));
        expect(row.aiRevenue).toBe(c.revenueBySegment.aiProducts + c.revenueBySegment.cloudAI);
        expect(row.ebitda).toBe(c.pnl.ebitda);
        expect(row.marketCap).toBe(c.valuation.marketCap);
        expect(row.capexPenalty).toBe(c.valuation.capexPenalty);
        expect(row.installedGW).toBe(c.capacity.installedGW);
        expect(row.solvencyHeadroom).toBe(c.solvency.headroom);
        expect(row).toMatchObject({ cash: after.cash, debt: after.debt + after.revolver, sharePrice: after.sharePrice, quality: after.quality, sentiment: after.sentiment, credibility: after.credibility, cloudStatus: after.cloud.status, bankrupt: false });
        expect(after.lastCapexPenalty).toBe(row.capexPenalty);
      });
    }
  });

  it('a seat bankrupt in an earlier quarter keeps a row every quarter: what it froze with, no flows', () => {
    const { state, reports } = openaiBankruptAtStart(4);
    expect(reports.slice(1).every((r) => !r.companies.some((c) => c.role === 'openai'))).toBe(true);
    const rows = companyHistory(reports, 'openai');
    expect(rows).toHaveLength(4);
    expect(rows[0]!.revenue).toBeGreaterThan(0);
    const c = state.companies.openai;
    for (const row of rows.slice(1)) {
      expect(row).toMatchObject({ bankrupt: true, tsr: -1, revenue: 0, ebitda: 0, capex: 0, marketCap: 0, installedGW: 0, solvencyHeadroom: 0 });
      expect(row).toMatchObject({ cash: c.cash, debt: c.debt + c.revolver, sharePrice: 0, quality: c.quality, sentiment: c.sentiment, credibility: c.credibility, cloudStatus: c.cloud.status });
    }
    expect(companyHistory(reports, 'microsoft')).toHaveLength(4);
  });

  it('news: the reports’ items in order, the latest MAX_NEWS of them', () => {
    const m = runBotMatch({ seed: 'history-news', quarters: 8, hashes: false });
    const all = m.reports.flatMap((r) => r.news);
    expect(matchNews(m.reports)).toEqual(all);
    const item = (quarter: number, i: number): NewsItem => ({ quarter, key: 'news.frontier', params: { i }, severity: 'info' });
    const many = [0, 1, 2].map((q) => ({ ...m.reports[q]!, quarter: q, news: Array.from({ length: 150 }, (_, i) => item(q, i)) }));
    const kept = matchNews(many);
    expect(kept).toHaveLength(MAX_NEWS);
    expect(kept[0]).toEqual(item(0, 50));
    expect(kept.at(-1)).toEqual(item(2, 149));
  });

  it('every seat’s view carries them, the same for a player and a spectator; the state hash does not depend on them', () => {
    const m = runBotMatch({ seed: 'history-view', quarters: 5 });
    const own = playerView(m.final, 'meta', m.reports);
    const pub = playerView(m.final, null, m.reports);
    expect(own.own!.history).toEqual(companyHistory(m.reports, 'meta'));
    expect(pub.companies.meta.history).toEqual(own.own!.history);
    expect(pub.companies.google.history).toHaveLength(5);
    expect(own.news).toEqual(matchNews(m.reports));
    expect(stateHash(m.final)).toBe(m.hashes.at(-1));
  });
});
