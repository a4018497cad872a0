import { beforeAll, describe, expect, it, vi } from 'vitest';
import { C2S, RATE_LIMIT_PER_SECOND, S2C } from '../../shared/protocol';
import { stateHash } from '../../shared/engine';
import { boot, call, createMatch, joinMatch, ordersFor, serverRoom, sleep, serverForFile, type Player } from './helpers';
import { must } from '../../shared/lists';

const PORT = 2604;
const b = serverForFile(() => boot(PORT));
let host: Player;
let bob: Player;
let code: string;

beforeAll(async () => {
  host = await createMatch(PORT, { name: 'Ada', role: 'openai', settings: { planningSeconds: 0, seats: { microsoft: { kind: 'bot' }, amazon: { kind: 'bot' }, google: { kind: 'bot' } } } });
  code = host.session().code;
  bob = await joinMatch(PORT, code, { name: 'Bob', role: 'meta' });
  await call(host, C2S.ready, { ready: true });
  await call(bob, C2S.ready, { ready: true });
  await call(host, C2S.host, { command: 'start' });
  await vi.waitFor(() => expect(bob.room.state.phase).toBe('planning'));
});

function valid(): any {
  return ordersFor(b, code, 'meta');
}
function withField(path: string, value: unknown): any {
  const o = valid();
  const keys = path.split('.');
  let t = o;
  for (const k of keys.slice(0, -1)) t = t[k];
  t[must(keys.at(-1), 'the last key of the path')] = value;
  return o;
}
function without(path: string): any {
  const o = valid();
  const keys = path.split('.');
  let t = o;
  for (const k of keys.slice(0, -1)) t = t[k];
  delete t[must(keys.at(-1), 'the last key of the path')];
  return o;
}

/** Snapshot of everything a bad message must not change. */
function snapshot() {
  const m = serverRoom(b, code).match;
  return { hash: stateHash(m.state), pending: JSON.stringify(m.state.pending), actions: m.log.pendingActions.length, phase: m.phase, quarter: m.state.quarter };
}

describe('malformed payloads', () => {
  const cases: Array<[string, string, () => unknown, RegExp]> = [
    ['string where a number belongs', C2S.submitOrders, () => ({ orders: withField('chips.gw', '5') }), /INVALID_ORDERS|BAD_PAYLOAD/],
    ['NaN', C2S.submitOrders, () => ({ orders: withField('chips.gw', NaN) }), /INVALID_ORDERS|BAD_PAYLOAD/],
    ['Infinity', C2S.submitOrders, () => ({ orders: withField('build.gw', Infinity) }), /INVALID_ORDERS|BAD_PAYLOAD/],
    ['negative number', C2S.submitOrders, () => ({ orders: withField('finance.issueDebt', -10) }), /INVALID_ORDERS/],
    ['huge number', C2S.submitOrders, () => ({ orders: withField('chips.gw', 1e300) }), /INVALID_ORDERS/],
    ['percentages off 100', C2S.submitOrders, () => ({ orders: withField('allocation', { training: 50, products: 60, cloud: 0 }) }), /INVALID_ORDERS/],
    ['wrong quarter', C2S.submitOrders, () => ({ orders: withField('quarter', 7) }), /WRONG_QUARTER/],
    ['unknown field in orders', C2S.submitOrders, () => ({ orders: { ...valid(), turbo: true } }), /INVALID_ORDERS/],
    ['missing field in orders', C2S.submitOrders, () => ({ orders: without('allocation') }), /INVALID_ORDERS/],
    ['another seat\'s role', C2S.submitOrders, () => ({ seat: 'openai', orders: valid() }), /NOT_YOUR_SEAT/],
    ['orders not an object', C2S.submitOrders, () => ({ orders: 'buy everything' }), /BAD_PAYLOAD/],
    ['missing orders', C2S.submitOrders, () => ({}), /BAD_PAYLOAD/],
    ['unknown envelope field', C2S.submitOrders, () => ({ orders: valid(), extra: 1 }), /BAD_PAYLOAD/],
    ['no payload at all', C2S.submitOrders, () => undefined, /BAD_PAYLOAD/],
    ['array payload', C2S.submitOrders, () => [1, 2, 3], /BAD_PAYLOAD/],
    ['oversized payload', C2S.submitOrders, () => ({ orders: { ...valid(), padding: 'x'.repeat(40_000) } }), /PAYLOAD_TOO_LARGE/],
    ['statement not in the list', C2S.submitOrders, () => ({ orders: withField('statement', 'lie') }), /INVALID_ORDERS/],
    ['custom chips for a role without custom silicon', C2S.submitOrders, () => ({ orders: withField('customChips.gw', 1) }), /INVALID_ORDERS/],
    ['withdraw with a string quarter', C2S.withdrawOrders, () => ({ quarter: 'zero' }), /BAD_PAYLOAD/],
    ['deal with NaN price', C2S.proposeDeal, () => ({ to: 'microsoft', terms: { seller: 'microsoft', buyer: 'meta', cuPerQuarter: 1, pricePerCU: NaN, quarters: 4 } }), /BAD_PAYLOAD/],
    ['deal with zero quarters', C2S.proposeDeal, () => ({ to: 'microsoft', terms: { seller: 'microsoft', buyer: 'meta', cuPerQuarter: 1, pricePerCU: 3, quarters: 0 } }), /BAD_PAYLOAD/],
    ['deal to an unknown party', C2S.proposeDeal, () => ({ to: 'oracle', terms: { seller: 'oracle', buyer: 'meta', cuPerQuarter: 1, pricePerCU: 3, quarters: 4 } }), /BAD_PAYLOAD/],
    ['deal naming another seat as the proposer', C2S.proposeDeal, () => ({ seat: 'openai', to: 'microsoft', terms: { seller: 'microsoft', buyer: 'openai', cuPerQuarter: 1, pricePerCU: 3, quarters: 4 } }), /NOT_YOUR_SEAT/],
    ['respond to a proposal that does not exist', C2S.respondDeal, () => ({ proposalId: 'nope', accept: true }), /INVALID_DEAL/],
    ['ready with a number', C2S.ready, () => ({ ready: 1 }), /BAD_PAYLOAD/],
    ['unknown message type', 'buyTheCompetition', () => ({ all: true }), /UNKNOWN_MESSAGE/],
    ['host command with unknown name', C2S.host, () => ({ command: 'nuke' }), /BAD_PAYLOAD/],
  ];

  it.each(cases)('%s gets an error and changes nothing', async (_name, type, payload, code_) => {
    await sleep(60); // stay under the rate limit across cases
    const before = snapshot();
    const answer = await call(bob, type, payload());
    expect(answer.ok).toBe(false);
    expect(answer.payload.code).toMatch(code_);
    expect(answer.payload.message.length).toBeGreaterThan(5);
    expect(snapshot()).toEqual(before);
    expect(bob.room.state.seats.get('meta').submitted).toBe(false);
  });

  it('names the offending fields', async () => {
    const answer = await call(bob, C2S.submitOrders, { orders: withField('allocation', { training: 50, products: 60, cloud: 0 }) });
    expect(answer.payload.fields.some((f: { path: string }) => f.path.startsWith('allocation'))).toBe(true);
    const bad = await call(bob, C2S.withdrawOrders, { quarter: 'zero' });
    expect(bad.payload.fields[0].path).toBe('quarter');
  });

  it('an invalid resubmission leaves the previous valid submission standing', async () => {
    await sleep(1100);
    const good = valid();
    expect((await call(bob, C2S.submitOrders, { orders: good })).ok).toBe(true);
    const bad = await call(bob, C2S.submitOrders, { orders: withField('chips.gw', -1) });
    expect(bad.payload.code).toBe('INVALID_ORDERS');
    expect(serverRoom(b, code).match.state.pending.meta).toEqual(good);
    expect((await call(bob, C2S.withdrawOrders, { quarter: 0 })).ok).toBe(true);
  });
});

describe('permissions', () => {
  it('refuses every host command from a player', async () => {
    await sleep(1100);
    const commands = [
      { command: 'start' },
      { command: 'pause' },
      { command: 'resume' },
      { command: 'extendTimer', seconds: 10 },
      { command: 'resolveNow' },
      { command: 'next' },
      { command: 'injectEvent', eventId: 'x' },
      { command: 'end' },
      { command: 'kick', role: 'openai' },
      { command: 'seatToBot', role: 'openai' },
      { command: 'configure', settings: {} },
    ];
    for (const cmd of commands) {
      const before = snapshot();
      const answer = await call(bob, C2S.host, cmd);
      expect(answer.payload).toMatchObject({ code: 'NOT_HOST', type: 'host' });
      expect(snapshot()).toEqual(before);
    }
    expect(host.room.state.seats.get('openai').claimed).toBe(true);
  });

  it('a client cannot answer a deal addressed to another seat', async () => {
    await sleep(1100);
    const proposed = await call(host, C2S.proposeDeal, { to: 'microsoft', terms: { seller: 'microsoft', buyer: 'openai', cuPerQuarter: 0.5, pricePerCU: 3, quarters: 4 } });
    expect(proposed.ok).toBe(true);
    const answer = await call(bob, C2S.respondDeal, { proposalId: proposed.payload.proposalId, accept: true });
    expect(answer.payload.code).toBe('NOT_YOUR_SEAT');
  });

  it('request() callers get the result as the reply', async () => {
    await sleep(1100);
    const reply = await bob.room.request(C2S.ready, { ready: 'yes' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD', type: 'ready' } });
  });
});

describe('rate limit', () => {
  it('answers a burst beyond 20 messages a second with RATE_LIMITED and keeps serving', async () => {
    await sleep(1100);
    const before = bob.messages.length;
    for (let i = 0; i < RATE_LIMIT_PER_SECOND + 15; i++) bob.send(C2S.ready, { ready: false });
    await vi.waitFor(() => expect(bob.messages.length - before).toBe(RATE_LIMIT_PER_SECOND + 15));
    const answers = bob.messages.slice(before);
    const limited = answers.filter((m) => m.type === S2C.error && m.payload.code === 'RATE_LIMITED');
    expect(limited.length).toBeGreaterThanOrEqual(15);
    expect(answers.filter((m) => m.type === S2C.error && m.payload.code !== 'RATE_LIMITED' && m.payload.code !== 'WRONG_PHASE')).toEqual([]);
    await sleep(1100);
    expect((await call(bob, C2S.submitOrders, { orders: valid() })).ok).toBe(true);
    expect((await call(bob, C2S.withdrawOrders, { quarter: 0 })).ok).toBe(true);
  });
});

describe('the server stays up', () => {
  it('closes only the connection of a client sending a frame over the transport cap', async () => {
    const flooder = await joinMatch(PORT, code, {});
    const closed = new Promise<number>((resolve) => flooder.room.onLeave((c) => resolve(c)));
    flooder.send(C2S.ready, { ready: true, junk: 'x'.repeat(300 * 1024) });
    expect(await closed).toBe(1009);
    expect(bob.room.connection.isOpen).toBe(true);
  });

  it('still answers health checks and new joins after all of the above', async () => {
    const health = await fetch(`${b.url}/health`).then((r) => r.json());
    expect(health.status).toBe('ok');
    const spectator = await joinMatch(PORT, code, {});
    expect(spectator.session().code).toBe(code);
    await spectator.room.leave();
    expect(bob.room.connection.isOpen).toBe(true);
    expect(host.room.connection.isOpen).toBe(true);
  });
});
