import { describe, expect, it } from 'vitest';
import type { NewsItem } from '../../../shared/engine/types';
import { involves, rankNews } from '../../../client/views/results/newsRanking';
import { must } from '../../../shared/lists';

// Player-first news: the player's own items, then the markets and rivals' big news, then routine.

const item = (key: string, params: NewsItem['params'] = {}, severity: NewsItem['severity'] = 'info', role?: NewsItem['role']): NewsItem => ({
  quarter: 1,
  key,
  params,
  severity,
  ...(role ? { role } : {}),
});

describe('rankNews', () => {
  const news: NewsItem[] = [
    item('news.dc.ready', { role: 'amazon', gw: 1 }, 'info', 'amazon'),
    item('news.chips.scarce', { demand: 3, supply: 2, price: 40 }, 'bad'),
    item('news.contract.started', { seller: 'microsoft', buyer: 'openai', cu: 2, price: 1, quarters: 4 }),
    item('news.cloud.launched', { role: 'meta', readyQuarter: 3 }, 'good', 'meta'),
    item('news.distress.bankrupt', { role: 'amazon', unpaid: 3 }, 'bad', 'amazon'),
    item('news.cloud.price', { price: 1.2, quantity: 40 }),
    item('news.event', { title: 'Export ban', target: 'meta' }, 'bad', 'meta'),
    item('news.finance.debt', { role: 'google', amount: 5, rate: 6 }, 'info', 'google'),
    item('news.dc.ready', { role: 'google', gw: 0.7 }, 'good', 'google'),
    item('news.frontier', { role: 'google', previous: 'amazon' }, 'good', 'google'),
  ];

  it('puts the player first, then markets and rivals’ big moments, then routine, keeping the engine order in each', () => {
    const r = rankNews(news, 'meta');
    expect(r.mine.map((n) => n.key)).toEqual(['news.cloud.launched', 'news.event']);
    expect(r.markets.map((n) => n.key)).toEqual(['news.chips.scarce', 'news.distress.bankrupt', 'news.cloud.price', 'news.frontier']);
    // A rival's shell coming online is routine even when the engine calls it good news.
    expect(r.routine.map((n) => n.key)).toEqual(['news.dc.ready', 'news.contract.started', 'news.finance.debt', 'news.dc.ready']);
  });

  it('counts a deal the player is a party of as theirs (buyer or seller)', () => {
    expect(rankNews(news, 'openai').mine.map((n) => n.key)).toEqual(['news.contract.started']);
    const deal = must(news[2], 'the contract news item');
    expect(involves(deal, 'microsoft')).toBe(true);
    expect(involves(deal, 'google')).toBe(false);
  });

  it('gives a spectator no "mine" group and loses no item', () => {
    const r = rankNews(news, null);
    expect(r.mine).toEqual([]);
    expect(r.markets.length + r.routine.length).toBe(news.length);
  });
});
