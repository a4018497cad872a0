import { describe, expect, it } from 'vitest';
import { blankOrders, createMatch, DEFAULT_SCENARIO, resolveQuarter } from '../../../shared/engine';
import type { Contract, NewsItem, QuarterReport } from '../../../shared/engine/types';
import type { Orders } from '../../../shared/orders/types';
import { quotedDebtRate } from '../../../client/views/planning/borrowRate';
import { contractBook } from '../../../client/views/planning/contractBook';
import { draftKey, newDraft, type NumberReading } from '../../../client/views/planning/draft';
import { rankNews } from '../../../client/views/planning/newsRank';
import { checkOrders, tabOfPath } from '../../../client/views/planning/orderCheck';
import { historyQuarter } from '../../../client/views/planning/orderHistory';
import { cashBand } from '../../../client/views/planning/rivalFacts';
import type { MatchSnapshot, ProposalView } from '../../../client/state/model';
import { playingRole } from '../../../client/views/planning/seat';

const read = (raw: string): NumberReading => {
  const n = Number(raw.replace(',', '.'));
  return raw.trim() !== '' && Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: 'notNumber' };
};

function firstReport(orders?: Orders): QuarterReport {
  const s = createMatch(DEFAULT_SCENARIO, {}, 'planning-logic');
  const res = resolveQuarter(s, orders ? { google: orders } : {});
  return (res as { report: QuarterReport }).report;
}

describe('order check', () => {
  const state = createMatch(DEFAULT_SCENARIO, {}, 'check');
  const base = blankOrders(0, { training: 30, products: 70, cloud: 0 });
  const deal = { to: 'neutral' as const, side: 'buy' as const, cu: '1', price: '1', quarters: '4' };

  it('previews valid orders and refuses to estimate invalid ones', () => {
    const d = newDraft(draftKey('ABC', 'meta', 0), base, deal);
    d.values.chipsGW = '0.5';
    const ok = checkOrders(d, 0, state, 'meta', read);
    expect(ok.valid).toBe(true);
    expect(ok.preview).not.toBeNull();
    d.values.repayDebt = String(Math.round(state.companies.meta.debt + state.companies.meta.revolver + 10));
    const bad = checkOrders(d, 0, state, 'meta', read);
    expect(bad.valid).toBe(false);
    expect(bad.preview).toBeNull();
    expect(bad.errors.map((e) => e.key)).toContain('orders.finance.repayMax');
    expect(bad.tabsWithErrors).toEqual(['finance']);
  });

  it('reports unreadable text at its field and never as a validator error too', () => {
    const d = newDraft(draftKey('ABC', 'meta', 0), base, deal);
    d.values.training = 'abc';
    const c = checkOrders(d, 0, state, 'meta', read);
    expect(c.parseErrors['allocation.training']).toBe('notNumber');
    expect(c.errors.find((e) => e.path === 'allocation.training')).toBeUndefined();
    expect(tabOfPath('sellChips.gw')).toBe('supplier');
  });
});

describe('borrowing rate quote', () => {
  it('is the base rate plus a positive spread', () => {
    const s = createMatch(DEFAULT_SCENARIO, {}, 'rate');
    const r = quotedDebtRate(s, 'meta');
    expect(r).toBeGreaterThan(s.global.baseRate);
    expect(r).toBeLessThan(1);
  });
});

describe('news ranking', () => {
  const n = (key: string, quarter: number, role?: string, params: Record<string, string | number> = {}): NewsItem =>
    ({ key, quarter, params, severity: 'info', ...(role ? { role } : {}) }) as NewsItem;
  it("puts the seat's own news first, then the markets, then routine items, newest first", () => {
    const items = [n('news.chips.scarce', 0), n('news.dc.ready', 0, 'meta'), n('news.cloud.launched', 0, 'google'), n('news.contract.started', 1, undefined, { buyer: 'google' }), n('news.mood.boom', 1)];
    const r = rankNews(items, 'google');
    expect(r.yours.map((x) => x.key)).toEqual(['news.contract.started', 'news.cloud.launched']);
    expect(r.markets.map((x) => x.key)).toEqual(['news.mood.boom', 'news.chips.scarce']);
    expect(r.routine.map((x) => x.key)).toEqual(['news.dc.ready']);
  });
});

describe('contract book', () => {
  it('lists open offers, running contracts and lapsed offers with quarters left', () => {
    const contracts: Contract[] = [{ id: 'c1', seller: 'google', buyer: 'meta', cuPerQuarter: 2, pricePerCU: 1.5, startQ: 1, endQ: 4, proposalId: 'p1' }];
    const proposals: ProposalView[] = [
      { id: 'p1', from: 'meta', to: 'google', seller: 'google', buyer: 'meta', cuPerQuarter: 2, pricePerCU: 1.5, quarters: 4, proposedQ: 0, expiresQ: 1, status: 'accepted' },
      { id: 'p2', from: 'amazon', to: 'meta', seller: 'amazon', buyer: 'meta', cuPerQuarter: 1, pricePerCU: 2, quarters: 3, proposedQ: 2, expiresQ: 3, status: 'open' },
      { id: 'p3', from: 'meta', to: 'microsoft', seller: 'microsoft', buyer: 'meta', cuPerQuarter: 1, pricePerCU: 2, quarters: 3, proposedQ: 0, expiresQ: 1, status: 'open' },
    ];
    const rows = contractBook(contracts, proposals, 'meta', 2);
    expect(rows.map((r) => [r.id, r.status, r.quartersLeft])).toEqual([
      ['p2', 'open', 3],
      ['c1', 'running', 3],
      ['p3', 'expired', 3],
    ]);
    expect(rows[0]?.incoming).toBe(true);
    expect(rows[1]?.counterparty).toBe('google');
  });
});

describe('order history', () => {
  it('says why a chip order was not filled: the clearing price above the max', () => {
    const o = blankOrders(0, { training: 30, products: 70, cloud: 0 });
    o.chips = { gw: 0.5, maxPricePerGW: 0.01 };
    const r = firstReport(o);
    const h = historyQuarter(r, 'google', o);
    expect(h.chips?.requestedGW).toBe(0.5);
    expect(h.chips?.filledGW).toBe(0);
    expect(['aboveMax', 'droppedOut']).toContain(h.chips?.reason);
    expect(h.sent).toBe(o);
  });
  it('a chip order without a limit is filled', () => {
    const o = blankOrders(0, { training: 30, products: 70, cloud: 0 });
    o.chips = { gw: 0.5, maxPricePerGW: 0 };
    const h = historyQuarter(firstReport(o), 'google', null);
    expect(h.chips?.reason === 'full' || h.chips?.reason === 'rationed').toBe(true);
    expect(h.sent).toBeNull();
  });
});

describe('cash bands', () => {
  it('round cash to a range', () => {
    expect([-1, 5, 20, 100, 400].map(cashBand)).toEqual(['negative', 'under10', 'under50', 'under150', 'over150']);
  });
});

describe('the seat played', () => {
  const snap = (bankrupt: boolean) => ({ companies: { meta: { bankrupt } } }) as unknown as MatchSnapshot;
  it('is the held role while its company runs, else none (room overview)', () => {
    expect(playingRole(snap(false), 'meta')).toBe('meta');
    expect(playingRole(snap(true), 'meta')).toBeNull();
    expect(playingRole(snap(false), null)).toBeNull();
    expect(playingRole(snap(false), 'google')).toBeNull();
  });
});
