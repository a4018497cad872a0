import { describe, expect, it, vi } from 'vitest';
import { Match } from '../../server/room/match';
import { resolveSettings } from '../../server/room/settings';
import * as actions from '../../server/room/playerActions';
import { defaultOrders } from '../../shared/engine';
import type { Orders } from '../../shared/orders/types';
import type { RoomSettings } from '../../shared/protocol';

const validated = vi.hoisted(() => ({ inputs: [] as unknown[] }));
vi.mock('../../shared/orders/validate', async (original) => {
  const real = await original<typeof import('../../shared/orders/validate')>();
  return {
    ...real,
    validateOrders: (input: unknown, ctx: Parameters<typeof real.validateOrders>[1]) => {
      validated.inputs.push(input);
      return real.validateOrders(input, ctx);
    },
  };
});

// The orders a quarter resolves with: checked once by the room (which also decides each seat's
// fallback), and still refused when they are not valid, on submit and at the resolution.

function lobby(): Match {
  const parsed = resolveSettings({ seed: 'orders-once', quarters: 8, autopilot: false, planningSeconds: 0, resultsSeconds: 0, seats: { meta: { kind: 'bot' }, microsoft: { kind: 'bot' }, amazon: { kind: 'bot' }, google: { kind: 'bot' } } });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  const settings: RoomSettings = parsed.settings;
  const match = new Match('ORDERS', settings, {
    scheduler: { setTimeout: () => ({ clear: () => undefined }) },
    now: () => 1_000_000,
    sessionChanged: () => undefined,
    broadcastResolved: () => undefined,
    disconnect: () => undefined,
  });
  const plan = actions.planJoin(match, 'ada', { name: 'Ada', role: 'openai' }, true);
  if ('ok' in plan) throw new Error('join refused');
  actions.admit(match, 'ada', plan);
  match.start();
  return match;
}

describe('orders at the resolution', () => {
  it('refuses invalid orders on submit with the field named, and nothing is pending', () => {
    const match = lobby();
    const bad = { ...defaultOrders(match.state, 'openai'), allocation: { training: 80, products: 80, cloud: 0 } };
    const outcome = actions.submitOrders(match, 'ada', { orders: bad });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('INVALID_ORDERS');
      expect(outcome.error.message).toMatch(/allocation/);
    }
    expect(match.state.pending.openai).toBeUndefined();
  });

  it('resolves a submission that went stale as if the seat had not submitted (its defaults), and the match goes on', () => {
    const match = lobby();
    const stale: Orders = { ...defaultOrders(match.state, 'openai'), deals: { propose: [], accept: ['no-such-proposal'], reject: [] } };
    // A submission can go stale during planning (a proposal it accepts is withdrawn): put one in place.
    match.state = { ...match.state, pending: { ...match.state.pending, openai: stale } };
    expect(match.resolve('host').ok).toBe(true);
    const closed = match.log.quarters.at(-1)!;
    expect(closed.sources.openai).toBe('default');
    expect(closed.orders.openai?.deals.accept).toEqual([]);
    expect(match.phase).toBe('results');
    expect(match.state.quarter).toBe(1);
  });

  it('resolves valid submitted orders as submitted, checked once by the room and once by the engine', () => {
    const match = lobby();
    const orders: Orders = { ...defaultOrders(match.state, 'openai'), statement: 'hype' };
    expect(actions.submitOrders(match, 'ada', { orders: { ...orders } }).ok).toBe(true);
    const pending = match.state.pending.openai;
    validated.inputs.length = 0;
    match.settle();
    expect(validated.inputs.filter((input) => input === pending)).toHaveLength(2);
    expect(match.phase).toBe('results');
    const closed = match.log.quarters.at(-1)!;
    expect(closed.sources.openai).toBe('submitted');
    expect(closed.orders.openai?.statement).toBe('hype');
  });
});
