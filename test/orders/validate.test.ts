import { describe, expect, it } from 'vitest';
import {
  ERROR_KEYS,
  ERROR_MESSAGES,
  ORDER_LIMITS,
  reduce,
  stateHash,
  validateOrders,
  type MatchState,
  type Role,
} from '../../shared/index';
import { newMatch, orders, step } from '../engine/helpers';
import { must } from '../../shared/lists';

function errorsOf(state: MatchState, role: Role, input: unknown) {
  const v = validateOrders(input, { state, role });
  if (v.ok) throw new Error('orders were accepted');
  return v.errors;
}

function withPatch(state: MatchState, role: Role, patch: (o: any) => void): unknown {
  const o: any = structuredClone(orders(state, role));
  patch(o);
  return o;
}

describe('order validation', () => {
  const s = newMatch();

  it('accepts blank and steady orders', () => {
    expect(validateOrders(orders(s, 'meta'), { state: s, role: 'meta' }).ok).toBe(true);
  });

  it('allocation must sum to 100, with the exact English message', () => {
    const e = errorsOf(s, 'microsoft', withPatch(s, 'microsoft', (o) => (o.allocation = { training: 50, products: 40, cloud: 30 })));
    expect(e).toEqual([{ path: 'allocation', key: 'orders.allocation.sum', params: { got: 120 }, message: 'allocation: training+products+cloud must equal 100 (got 120)' }]);
  });

  it('shape errors name the field: types, bounds, integers, finiteness, unknown and missing fields', () => {
    const cases: [(o: any) => void, string, string, RegExp][] = [
      [(o) => (o.chips.gw = -1), 'chips.gw', 'field.min', /chips\.gw: must be at least 0 \(got -1\)/],
      [(o) => (o.chips.gw = 11), 'chips.gw', 'field.max', /chips\.gw: must be at most 10 \(got 11\)/],
      [(o) => (o.chips.gw = Number.NaN), 'chips.gw', 'field.finite', /chips\.gw: must be a finite number \(got NaN\)/],
      [(o) => (o.chips.gw = Number.POSITIVE_INFINITY), 'chips.gw', 'field.finite', /chips\.gw: must be a finite number \(got Infinity\)/],
      [(o) => (o.chips.gw = '2'), 'chips.gw', 'field.type', /chips\.gw: must be a number/],
      [(o) => (o.allocation.training = 33.5), 'allocation.training', 'field.integer', /must be a whole number \(got 33\.5\)/],
      [(o) => (o.build.expedite = 'yes'), 'build.expedite', 'field.type', /build\.expedite: must be a boolean/],
      [(o) => (o.statement = 'lie'), 'statement', 'field.enum', /statement: must be one of none, clarify, hype, capexDiscipline, announceCloud \(got "lie"\)/],
      [(o) => (o.cheat = true), 'cheat', 'field.unknown', /cheat: unknown field cheat/],
      [(o) => delete o.finance, 'finance', 'field.required', /finance: is required/],
      [(o) => (o.finance.buyback = ORDER_LIMITS.buyback + 1), 'finance.buyback', 'field.max', /at most 1000/],
      [(o) => (o.deals.propose = [1, 2, 3, 4]), 'deals.propose', 'field.tooMany', /at most 3 entries \(got 4\)/],
      [(o) => (o.deals.propose = [{ seller: 'google', buyer: 'meta', cuPerQuarter: 0, pricePerCU: 3, quarters: 4 }]), 'deals.propose.0.cuPerQuarter', 'field.min', /more than 0/],
    ];
    for (const [patch, path, key, msg] of cases) {
      const e = errorsOf(s, 'meta', withPatch(s, 'meta', patch));
      expect(e.map((x) => x.path), path).toContain(path);
      const err = e.find((x) => x.path === path)!;
      expect(err.key).toBe(key);
      expect(err.message).toMatch(msg);
    }
    expect(errorsOf(s, 'meta', null)[0]).toMatchObject({ path: '(root)', key: 'field.type' });
    expect(errorsOf(s, 'meta', 'orders')[0]?.key).toBe('field.type');
  });

  it('quarter must match, the seat must be active and solvent', () => {
    expect(errorsOf(s, 'meta', withPatch(s, 'meta', (o) => (o.quarter = 3)))[0]).toMatchObject({ key: 'orders.quarter.mismatch', message: 'quarter: orders are for quarter 3 but quarter 0 is being planned' });
    const few = newMatch({ settings: { activeSeats: ['meta'] } });
    expect(errorsOf(few, 'google', orders(few, 'google'))[0]?.key).toBe('orders.seat.inactive');
  });

  it('role rules: custom silicon, cloud launch, cloud allocation, announce cloud', () => {
    expect(errorsOf(s, 'meta', withPatch(s, 'meta', (o) => (o.customChips.gw = 0.1)))[0]).toMatchObject({ key: 'orders.customChips.role', message: 'customChips.gw: only Amazon and Google can order custom silicon' });
    expect(errorsOf(s, 'google', withPatch(s, 'google', (o) => (o.customChips.gw = 0.5)))[0]).toMatchObject({ key: 'orders.customChips.cap', message: 'customChips.gw: custom silicon is capped at 0.4 GW this quarter (got 0.5)' });
    expect(errorsOf(s, 'amazon', withPatch(s, 'amazon', (o) => (o.cloud.launch = true)))[0]).toMatchObject({ key: 'orders.cloud.alreadyHasCloud', path: 'cloud.launch' });
    expect(errorsOf(s, 'meta', withPatch(s, 'meta', (o) => (o.allocation = { training: 50, products: 30, cloud: 20 })))[0]).toMatchObject({ key: 'orders.allocation.cloudWithoutCloud', path: 'allocation.cloud' });
    expect(errorsOf(s, 'meta', withPatch(s, 'meta', (o) => (o.statement = 'announceCloud')))[0]?.key).toBe('orders.statement.announceWithoutLaunch');
    const launching = step(s, { meta: orders(s, 'meta', { cloud: { launch: true, askPrice: 0 } }) }).state;
    expect(errorsOf(launching, 'meta', withPatch(launching, 'meta', (o) => (o.cloud.launch = true)))[0]?.message).toMatch(/already has a cloud \(launching\)/);
    expect(errorsOf(launching, 'meta', withPatch(launching, 'meta', (o) => (o.allocation = { training: 50, products: 30, cloud: 20 })))[0]?.key).toBe('orders.allocation.cloudWithoutCloud');
  });

  it('finance rules: equity cap, private rounds and debt access, repay and buyback limits, contradictory orders', () => {
    const cap = 0.2 * s.companies.meta.sharePrice * s.companies.meta.shares;
    expect(errorsOf(s, 'meta', withPatch(s, 'meta', (o) => (o.finance.raiseEquity = Math.min(999, Math.ceil(cap + 1)))))[0]?.key).toBe('orders.finance.raiseEquityMax');
    expect(errorsOf(s, 'openai', withPatch(s, 'openai', (o) => (o.finance.issueDebt = 5)))[0]).toMatchObject({
      key: 'orders.finance.debtAccess',
      message: 'finance.issueDebt: no access to debt markets before 4 quarters of positive operating cash flow (have 0)',
    });
    const raised = step(s, { openai: orders(s, 'openai', { finance: { raiseEquity: 10 } }) }).state;
    expect(errorsOf(raised, 'openai', withPatch(raised, 'openai', (o) => (o.finance.raiseEquity = 10)))[0]).toMatchObject({ key: 'orders.finance.equityRound', params: { every: 2, next: 2 } });
    expect(errorsOf(s, 'openai', withPatch(s, 'openai', (o) => (o.finance.buyback = 1)))[0]?.key).toBe('orders.finance.buybackPrivate');
    expect(errorsOf(s, 'meta', withPatch(s, 'meta', (o) => (o.finance.repayDebt = 30)))[0]).toMatchObject({ key: 'orders.finance.repayMax', message: 'finance.repayDebt: only 29 of debt is outstanding (got 30)' });
    expect(errorsOf(s, 'meta', withPatch(s, 'meta', (o) => (o.finance.buyback = 50)))[0]).toMatchObject({ key: 'orders.finance.buybackCash' });
    expect(errorsOf(s, 'meta', withPatch(s, 'meta', (o) => Object.assign(o.finance, { raiseEquity: 5, buyback: 5 })))[0]?.key).toBe('orders.finance.raiseAndBuyback');
    expect(errorsOf(s, 'meta', withPatch(s, 'meta', (o) => Object.assign(o.finance, { issueDebt: 5, repayDebt: 5 })))[0]?.key).toBe('orders.finance.issueAndRepay');
  });

  it('deal rules: party, counterparty, live-cloud seller, length, known proposals', () => {
    const deal = (terms: any) => withPatch(s, 'meta', (o) => (o.deals.propose = [terms]));
    const base = { seller: 'google', buyer: 'meta', cuPerQuarter: 1, pricePerCU: 3, quarters: 4 };
    expect(validateOrders(deal(base), { state: s, role: 'meta' }).ok).toBe(true);
    expect(errorsOf(s, 'meta', deal({ ...base, buyer: 'amazon' }))[0]?.key).toBe('orders.deals.notParty');
    expect(errorsOf(s, 'meta', deal({ ...base, seller: 'meta', buyer: 'meta' }))[0]?.key).toBe('orders.deals.selfDeal');
    expect(errorsOf(s, 'meta', deal({ ...base, seller: 'meta', buyer: 'google' }))[0]).toMatchObject({ key: 'orders.deals.sellerNoCloud', path: 'deals.propose.0.seller' });
    expect(errorsOf(s, 'meta', deal({ ...base, quarters: 33 }))[0]).toMatchObject({ key: 'orders.deals.tooLong' });
    const few = newMatch({ settings: { activeSeats: ['meta', 'openai'] } });
    expect(errorsOf(few, 'meta', withPatch(few, 'meta', (o) => (o.deals.propose = [base])))[0]).toMatchObject({ key: 'orders.deals.counterparty', params: { party: 'google' } });
    expect(errorsOf(s, 'meta', withPatch(s, 'meta', (o) => (o.deals.accept = ['p9'])))[0]).toMatchObject({ key: 'orders.deals.unknownProposal', message: 'deals.accept.0: no open proposal p9 addressed to meta' });
    const p = reduce(s, { type: 'proposeDeal', seat: 'google', to: 'meta', terms: base as any });
    if (!p.ok) throw new Error('proposal failed');
    const id = must(p.state.proposals[0], 'the proposal').id;
    expect(validateOrders(withPatch(p.state, 'meta', (o) => (o.deals.accept = [id])), { state: p.state, role: 'meta' }).ok).toBe(true);
    expect(errorsOf(p.state, 'meta', withPatch(p.state, 'meta', (o) => ((o.deals.accept = [id]), (o.deals.reject = [id]))))[0]?.key).toBe('orders.deals.acceptAndReject');
    expect(errorsOf(p.state, 'meta', withPatch(p.state, 'meta', (o) => (o.deals.accept = [id, id])))[0]?.key).toBe('orders.deals.duplicate');
    expect(errorsOf(p.state, 'google', withPatch(p.state, 'google', (o) => (o.deals.accept = [id])))[0]?.key).toBe('orders.deals.unknownProposal');
  });

  it('an invalid submission is rejected whole and changes nothing; the previous valid one stands', () => {
    const good = orders(s, 'meta', { chips: { gw: 1, maxPricePerGW: 0 } });
    const first = reduce(s, { type: 'submitOrders', seat: 'meta', orders: good });
    if (!first.ok) throw new Error('valid orders rejected');
    const hash = stateHash(first.state);
    const bad = reduce(first.state, { type: 'submitOrders', seat: 'meta', orders: { ...good, allocation: { training: 1, products: 1, cloud: 1 } } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]?.message).toBe('allocation: training+products+cloud must equal 100 (got 3)');
    expect(stateHash(first.state)).toBe(hash);
    expect(first.state.pending.meta).toEqual(good);
  });

  it('every error key has an English template', () => {
    expect(ERROR_KEYS.length).toBeGreaterThan(30);
    for (const k of ERROR_KEYS) expect(ERROR_MESSAGES[k]).toMatch(/^\{path\}: /);
  });
});
