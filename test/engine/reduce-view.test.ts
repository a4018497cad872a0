import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCENARIO,
  createMatch,
  playerView,
  previewOrders,
  reduce,
  resolveQuarter,
  standings,
  stableHash,
  stateHash,
  type Action,
} from '../../shared/index';
import { allSteady, newMatch, orders, step } from './helpers';

describe('reduce', () => {
  it('submit, withdraw and resolve with pending orders; missing seats get defaults', () => {
    const s0 = newMatch();
    const o = orders(s0, 'meta', { chips: { gw: 1, maxPricePerGW: 0 } });
    const a = reduce(s0, { type: 'submitOrders', seat: 'meta', orders: o });
    if (!a.ok) throw new Error('rejected');
    expect(a.state.pending.meta).toEqual(o);
    expect(s0.pending).toEqual({});
    const w = reduce(a.state, { type: 'withdrawOrders', seat: 'meta' });
    if (!w.ok) throw new Error('rejected');
    expect(w.state.pending).toEqual({});
    const r = reduce(a.state, { type: 'resolve' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.report!.chips.fills.find((f) => f.role === 'meta')!.requestedGW).toBe(1);
    expect(r.state.quarter).toBe(1);
    expect(r.state.pending).toEqual({});
    // The report is an output beside the new state, not part of it.
    expect('reports' in r.state).toBe(false);
    expect(r.report!.quarter).toBe(0);
    expect(r.report!.hash).toBe(stateHash(r.state));
    // Same as calling resolveQuarter directly.
    expect(resolveQuarter(s0, { meta: o }).report.hash).toBe(r.report!.hash);
  });

  it('invalid actions return field-level errors and leave the state untouched', () => {
    const s0 = newMatch({ settings: { activeSeats: ['meta', 'google'] } });
    const h = stateHash(s0);
    const bad: [Action, string][] = [
      [{ type: 'submitOrders', seat: 'openai', orders: orders(s0, 'meta') }, 'action.seat'],
      [{ type: 'submitOrders', seat: 'meta', orders: { nope: 1 } as never }, 'field.unknown'],
      [{ type: 'respondDeal', seat: 'meta', proposalId: 'p404', accept: true }, 'action.proposal.unknown'],
      [{ type: 'proposeDeal', seat: 'meta', to: 'google', terms: { seller: 'google', buyer: 'meta', cuPerQuarter: -1, pricePerCU: 3, quarters: 2 } }, 'field.min'],
      [{ type: 'proposeDeal', seat: 'meta', to: 'amazon', terms: { seller: 'google', buyer: 'meta', cuPerQuarter: 1, pricePerCU: 3, quarters: 2 } }, 'orders.deals.counterparty'],
      [{ type: 'resolve', hostEvents: [{ id: 'nope' }] }, 'hostEvent.unknown'],
      [{ type: 'resolve', orders: { microsoft: orders(s0, 'meta') } }, 'action.seat'],
      [{ type: 'explode' } as never, 'action.unknown'],
    ];
    for (const [action, key] of bad) {
      const r = reduce(s0, action);
      expect(r.ok, key).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.key), JSON.stringify(action)).toContain(key);
    }
    expect(stateHash(s0)).toBe(h);
  });

  it('deal responses: only the addressee, only while open', () => {
    const s0 = newMatch();
    const p = reduce(s0, { type: 'proposeDeal', seat: 'google', to: 'openai', terms: { seller: 'google', buyer: 'openai', cuPerQuarter: 1, pricePerCU: 3, quarters: 4 } });
    if (!p.ok) throw new Error('rejected');
    const wrong = reduce(p.state, { type: 'respondDeal', seat: 'meta', proposalId: 'p1', accept: true });
    expect(!wrong.ok && wrong.errors[0]?.key).toBe('action.proposal.notAddressed');
    const no = reduce(p.state, { type: 'respondDeal', seat: 'openai', proposalId: 'p1', accept: false });
    if (!no.ok) throw new Error('rejected');
    expect(no.state.proposals[0]?.status).toBe('rejected');
    expect(p.state.proposals[0]?.status).toBe('open');
    const again = reduce(no.state, { type: 'respondDeal', seat: 'openai', proposalId: 'p1', accept: true });
    expect(!again.ok && again.errors[0]?.message).toMatch(/proposal p1 is rejected/);
    // Made while quarter 0 is planned: still open in quarter 2, expired once quarter 2 resolves.
    const q2 = step(step(p.state).state).state;
    expect(q2.proposals[0]?.status).toBe('open');
    const late = reduce(step(q2).state, { type: 'respondDeal', seat: 'openai', proposalId: 'p1', accept: true });
    expect(!late.ok && late.errors[0]?.message).toMatch(/is expired/);
  });

  it('a finished match accepts no more actions', () => {
    let s = createMatch(DEFAULT_SCENARIO, { quarters: 4 }, 'short');
    for (let q = 0; q < 4; q++) s = step(s, allSteady(s)).state;
    expect(s.finished).toBe(true);
    expect(s.quarter).toBe(4);
    const r = reduce(s, { type: 'resolve' });
    expect(!r.ok && r.errors[0]?.key).toBe('action.finished');
    expect(() => resolveQuarter(s, {})).toThrow(/finished/);
    expect(standings(s).map((x) => x.role)).toHaveLength(5);
  });
});

describe('playerView', () => {
  it("hides other seats' pending orders, proposals and private fields", () => {
    const s0 = newMatch();
    let r = reduce(s0, { type: 'submitOrders', seat: 'meta', orders: orders(s0, 'meta') });
    if (!r.ok) throw new Error('rejected');
    r = reduce(r.state, { type: 'proposeDeal', seat: 'google', to: 'openai', terms: { seller: 'google', buyer: 'openai', cuPerQuarter: 1, pricePerCU: 3, quarters: 4 } });
    if (!r.ok) throw new Error('rejected');
    const v = playerView(r.state, 'amazon', []);
    expect(v.pending).toBeNull();
    expect(v.submitted).toEqual(['meta']);
    expect(v.proposals).toEqual([]);
    expect(v.own!.allocation).toEqual(r.state.companies.amazon.allocation);
    expect('allocation' in v.companies.meta).toBe(false);
    expect('lastEquityRaiseQ' in v.companies.meta).toBe(false);
    expect(playerView(r.state, 'meta', []).pending).toEqual(r.state.pending.meta);
    expect(playerView(r.state, 'openai', []).proposals).toHaveLength(1);
    const spectator = playerView(r.state, null, []);
    expect(spectator.own).toBeNull();
    expect(spectator.pending).toBeNull();
    expect(spectator.proposals).toEqual([]);
    expect(spectator.calendar).toEqual({ year: 2026, q: 1 });
    expect(JSON.stringify(spectator)).not.toContain('"allocation"');
    expect(spectator.lastReport).toBeNull();
  });

  it('shows every seat the reports of the quarters played, the last one as lastReport', () => {
    const first = step(newMatch(), {});
    const second = step(first.state, {});
    const v = playerView(second.state, 'meta', [first.report, second.report]);
    expect(v.reports).toEqual([first.report, second.report]);
    expect(v.lastReport).toBe(second.report);
  });
});

describe('stateHash', () => {
  it('is 16 hex digits, independent of key order, sensitive to any change', () => {
    const s = newMatch();
    const h = stateHash(s);
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    const reordered = JSON.parse(JSON.stringify(s, Object.keys(s).reverse()));
    Object.assign(reordered, Object.fromEntries(Object.entries(s).reverse()));
    expect(stateHash(reordered)).toBe(h);
    const changed = structuredClone(s);
    changed.companies.meta.cash += 1e-9;
    expect(stateHash(changed)).not.toBe(h);
    expect(stableHash({ a: 1, b: [1, 2] })).toBe(stableHash({ b: [1, 2], a: 1 }));
    expect(stableHash({ a: 0 })).toBe(stableHash({ a: -0 }));
    expect(stableHash([1, 2])).not.toBe(stableHash([2, 1]));
    expect(stableHash({ a: '1' })).not.toBe(stableHash({ a: 1 }));
  });
});

describe('previewOrders', () => {
  it('uses the resolver formulas: chip price estimate, build cost, financing, cash after the quarter', () => {
    const s = newMatch();
    const o = orders(s, 'meta', { chips: { gw: 1, maxPricePerGW: 0 }, build: { gw: 1, expedite: true }, finance: { issueDebt: 10 } });
    const p = previewOrders(s, 'meta', o, null);
    // Others repeat last quarter's chip orders: neutral 3 + OpenAI 0.05 + MS 0.8 + Amazon 0.45 + Google 0.3 + Meta 1.
    const D = 3 + 0.05 + 0.8 + 0.45 + 0.3 + 1;
    expect(p.chipPriceEstimate).toBeCloseTo(32 * (1 - 0.15 * (1 - D / 6)), 12);
    expect(p.chipsCostEstimate).toBeCloseTo(p.chipPriceEstimate, 12);
    expect(p.buildQuarters).toBe(2);
    expect(p.buildCostPerGW).toBeCloseTo(17.6, 12);
    expect(p.capexThisQuarter.find((l) => l.key === 'capex.chips')!.amount).toBeCloseTo(0.45 * 31, 12);
    expect(p.capexThisQuarter.find((l) => l.key === 'capex.dataCenters')!.amount).toBeCloseTo(3 * 1.375 + 8.8, 12);
    expect(p.financing).toEqual([{ key: 'finance.debt', amount: 10 }]);
    expect(p.contractPayments).toBe(0);
    const r = step(s, { meta: o });
    const actual = r.state.companies.meta.cash;
    expect(Math.abs(p.estimatedCashAfter - actual)).toBeLessThan(2); // AI revenue and taxes are estimates
    // 5.45 GW of chips + 1 ordered vs 5.45 GW shell + 0.5 ready next quarter (the expedited build is ready in 2).
    expect(p.warnings.map((w) => [w.key, w.params.gw])).toEqual([['preview.stranded', 0.5]]);
  });

  it('warns about a cash shortfall, a low chip limit and stranded chips', () => {
    const s = newMatch();
    const p = previewOrders(s, 'openai', orders(s, 'openai', { chips: { gw: 3, maxPricePerGW: 25 }, build: { gw: 0, expedite: false } }), null);
    const keys = p.warnings.map((w) => w.key);
    expect(keys).toContain('preview.chipLimit');
    expect(keys).toContain('preview.stranded');
    const broke = previewOrders(s, 'openai', orders(s, 'openai', { build: { gw: 10, expedite: true } }), null);
    expect(broke.estimatedCashAfter).toBeLessThan(0);
    expect(broke.warnings.map((w) => w.key)).toContain('preview.distress');
    expect(broke.warnings.find((w) => w.key === 'preview.distress')!.message).toMatch(/emergency share sale or bankruptcy/);
    expect(broke.contractPayments).toBeCloseTo(9, 12);
  });
});
