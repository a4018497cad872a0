import { describe, expect, it, vi } from 'vitest';
import { C2S, S2C } from '../../shared/protocol';
import { must } from '../../shared/lists';
import { boot, call, clientSnapshot, createMatch, joinMatch, ordersFor, serverRoom, waitForCount, serverForFile, type Player } from './helpers';

const PORT = 2603;
const b = serverForFile(() => boot(PORT));

/** Host (OpenAI) and Bob (Meta) in a room with three bots, started. */
async function twoHumansThreeBots(settings: Record<string, unknown> = {}): Promise<{ host: Player; bob: Player; code: string }> {
  const host = await createMatch(PORT, {
    name: 'Ada',
    role: 'openai',
    settings: { quarters: 4, planningSeconds: 0, resultsSeconds: 0, seats: { microsoft: { kind: 'bot' }, amazon: { kind: 'bot', persona: 'frugal' }, google: { kind: 'bot', persona: 'cloud-first' } }, ...settings },
  });
  const code = host.session().code;
  const bob = await joinMatch(PORT, code, { name: 'Bob', role: 'meta' });
  await call(host, C2S.ready, { ready: true });
  await call(bob, C2S.ready, { ready: true });
  expect((await call(host, C2S.host, { command: 'start' })).ok).toBe(true);
  await vi.waitFor(() => expect(bob.room.state.phase).toBe('planning'));
  return { host, bob, code };
}

describe('a full match', () => {
  it('plays 4 quarters with 2 humans and 3 bots to the debrief', async () => {
    const { host, bob, code } = await twoHumansThreeBots();
    for (let q = 0; q < 4; q++) {
      await vi.waitFor(() => {
        expect(host.room.state.phase).toBe('planning');
        expect(host.room.state.quarter).toBe(q);
      });
      expect((await call(host, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') })).payload).toMatchObject({ type: 'submitOrders', quarter: q });
      await vi.waitFor(() => expect(bob.room.state.seats.get('openai').submitted).toBe(true));
      expect(host.room.state.phase).toBe('planning');
      expect((await call(bob, C2S.submitOrders, { orders: ordersFor(b, code, 'meta') })).ok).toBe(true);
      const resolved = await waitForCount(bob, S2C.resolved, q + 1);
      expect(resolved[q]).toMatchObject({ quarter: q, reportIndex: q, trigger: 'allSubmitted', finished: q === 3 });
      if (q < 3) {
        await vi.waitFor(() => expect(host.room.state.phase).toBe('results'));
        await call(host, C2S.ready, { ready: true });
        expect(host.room.state.phase).toBe('results');
        await call(bob, C2S.ready, { ready: true });
      }
    }
    await vi.waitFor(() => {
      const st = bob.room.state;
      expect(st.phase).toBe('debrief');
      expect(st.finished).toBe(true);
      expect(st.reportCount).toBe(4);
      expect(clientSnapshot(bob).reports).toHaveLength(4);
      // History rows are built by the client from the reports (they are not on the wire).
      expect(clientSnapshot(bob).companies.meta?.history.length).toBe(4);
      expect(st.standings).not.toBe('');
      expect(st.stateHash).toMatch(/.+/);
    });
    const report = must(clientSnapshot(bob).reports[3], 'report 4');
    expect(report.quarter).toBe(3);
    expect(report.companies.map((c) => c.role)).toEqual(expect.arrayContaining(['openai', 'meta', 'microsoft', 'amazon', 'google']));

    const log = serverRoom(b, code).match.log.quarters;
    expect(log.map((l) => l.quarter)).toEqual([0, 1, 2, 3]);
    for (const l of log) {
      expect(l.sources).toEqual({ openai: 'submitted', meta: 'submitted', microsoft: 'bot', amazon: 'bot', google: 'bot' });
      expect(Object.keys(l.orders).sort()).toEqual(['amazon', 'google', 'meta', 'microsoft', 'openai']);
      expect(l.trigger).toBe('allSubmitted');
    }
    expect(log[3]?.hash).toBe(bob.room.state.stateHash);
    expect((await call(host, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') })).payload.code).toBe('WRONG_PHASE');
    for (const p of [host, bob]) await p.room.leave();
  });

  it('resubmission replaces orders, withdrawal takes them back, own pending orders show privately', async () => {
    const { host, bob, code } = await twoHumansThreeBots();
    const first = ordersFor(b, code, 'openai');
    expect((await call(host, C2S.submitOrders, { orders: first })).ok).toBe(true);
    await vi.waitFor(() => expect(JSON.parse(host.room.state.privates.get('openai').pendingOrders)).toEqual(first));
    const second = { ...first, statement: 'hype' };
    expect((await call(host, C2S.submitOrders, { orders: second })).ok).toBe(true);
    await vi.waitFor(() => expect(JSON.parse(host.room.state.privates.get('openai').pendingOrders).statement).toBe('hype'));
    expect(bob.room.state.privates.get('openai')).toBeUndefined();
    expect((await call(host, C2S.withdrawOrders, { quarter: 0 })).ok).toBe(true);
    await vi.waitFor(() => {
      expect(host.room.state.privates.get('openai').pendingOrders).toBe('');
      expect(bob.room.state.seats.get('openai').submitted).toBe(false);
    });
    expect((await call(host, C2S.withdrawOrders, { quarter: 0 })).payload.code).toBe('NO_EFFECT');
    // Bob alone submitting does not end planning while Ada has withdrawn.
    expect((await call(bob, C2S.submitOrders, { orders: ordersFor(b, code, 'meta') })).ok).toBe(true);
    expect(host.room.state.phase).toBe('planning');
    const actions = serverRoom(b, code).match.log.pendingActions.map((a) => a.type);
    expect(actions).toEqual(['submitOrders', 'submitOrders', 'withdrawOrders', 'submitOrders']);
    for (const p of [host, bob]) await p.room.leave();
  });

  it('seats without orders get autopilot or defaults at resolve-now', async () => {
    const { host, bob, code } = await twoHumansThreeBots({ autopilot: false });
    expect((await call(host, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') })).ok).toBe(true);
    expect((await call(host, C2S.host, { command: 'resolveNow' })).ok).toBe(true);
    await vi.waitFor(() => expect(bob.room.state.phase).toBe('results'));
    const log = serverRoom(b, code).match.log.quarters[0];
    expect(log?.trigger).toBe('host');
    expect(log?.sources).toMatchObject({ openai: 'submitted', meta: 'default', microsoft: 'bot' });
    for (const p of [host, bob]) await p.room.leave();
  });
});

describe('a player whose company went bankrupt', () => {
  it('alone against bots is not stuck: the bots play on, the player reads each result and goes on', async () => {
    const host = await createMatch(PORT, {
      name: 'Solo',
      role: 'openai',
      settings: { quarters: 4, planningSeconds: 0, resultsSeconds: 0, seats: { meta: { kind: 'bot' }, microsoft: { kind: 'bot' }, amazon: { kind: 'bot' }, google: { kind: 'bot' } } },
    });
    const code = host.session().code;
    expect((await call(host, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    await vi.waitFor(() => expect(host.room.state.phase).toBe('planning'));
    expect((await call(host, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') })).ok).toBe(true);
    await vi.waitFor(() => expect(host.room.state.phase).toBe('results'));
    // The company fails (as the engine marks it); the player is still seated and reads the results.
    const match = serverRoom(b, code).match;
    match.state = { ...match.state, companies: { ...match.state.companies, openai: { ...match.state.companies.openai, bankrupt: true } } };
    expect((await call(host, C2S.ready, { ready: true })).ok).toBe(true);
    // Quarter 2 resolves without waiting for orders nobody can send, and the results wait for the reader.
    await vi.waitFor(() => expect(host.room.state.quarter).toBe(2));
    await vi.waitFor(() => expect(host.room.state.phase).toBe('results'));
    expect((await call(host, C2S.ready, { ready: true })).ok).toBe(true);
    await vi.waitFor(() => expect(host.room.state.quarter).toBe(3));
    await host.room.leave();
  });
});

describe('timers', () => {
  it('resolves when the planning timer runs out, then the results timer starts the next quarter', async () => {
    const { host, bob } = await twoHumansThreeBots({ planningSeconds: 1, resultsSeconds: 1 });
    const deadline = host.room.state.timerDeadline;
    expect(deadline).toBeGreaterThan(Date.now() - 1000);
    const resolved = await waitForCount(host, S2C.resolved, 1);
    expect(resolved[0]).toMatchObject({ quarter: 0, trigger: 'timer' });
    await vi.waitFor(() => {
      expect(host.room.state.phase).toBe('planning');
      expect(host.room.state.quarter).toBe(1);
    }, { timeout: 5000 });
    for (const p of [host, bob]) await p.room.leave();
  });

  it('pause holds the timer and automatic resolution; resume and extend continue it', async () => {
    const { host, bob, code } = await twoHumansThreeBots({ planningSeconds: 60 });
    expect((await call(bob, C2S.host, { command: 'pause' })).payload.code).toBe('NOT_HOST');
    expect((await call(host, C2S.host, { command: 'pause' })).ok).toBe(true);
    await vi.waitFor(() => {
      expect(bob.room.state.timerPaused).toBe(true);
      expect(bob.room.state.timerDeadline).toBe(0);
      expect(bob.room.state.timerRemainingMs).toBeGreaterThan(50_000);
    });
    expect((await call(host, C2S.host, { command: 'pause' })).payload.code).toBe('NO_EFFECT');
    expect((await call(host, C2S.host, { command: 'extendTimer', seconds: 30 })).ok).toBe(true);
    await vi.waitFor(() => expect(bob.room.state.timerRemainingMs).toBeGreaterThan(80_000));
    await call(host, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') });
    await call(bob, C2S.submitOrders, { orders: ordersFor(b, code, 'meta') });
    expect(host.room.state.phase).toBe('planning');
    expect((await call(host, C2S.host, { command: 'resume' })).ok).toBe(true);
    await waitForCount(host, S2C.resolved, 1);
    expect((await call(host, C2S.host, { command: 'resume' })).payload.code).toBe('NO_EFFECT');
    for (const p of [host, bob]) await p.room.leave();
  });

  it('a timer expiring and a host resolve-now racing resolve the quarter exactly once', async () => {
    const { host, bob, code } = await twoHumansThreeBots({ planningSeconds: 60 });
    const room = serverRoom(b, code);
    const m = room.match;
    // Both triggers in the same tick, in both orders, plus a late timer callback.
    const first = m.resolve('timer');
    const second = m.resolve('host');
    expect(first.ok).toBe(true);
    expect(second.ok).toBe(false);
    expect(m.log.quarters).toHaveLength(1);
    expect(m.state.quarter).toBe(1);
    expect((await call(host, C2S.host, { command: 'resolveNow' })).payload.code).toBe('WRONG_PHASE');
    await waitForCount(bob, S2C.resolved, 1);
    expect(bob.messages.filter((x) => x.type === S2C.resolved)).toHaveLength(1);
    expect(m.reports).toHaveLength(1);
    for (const p of [host, bob]) await p.room.leave();
  });
});

describe('host controls in play', () => {
  it('injects a catalogue event for the next resolution and refuses unknown ones', async () => {
    const { host, bob, code } = await twoHumansThreeBots();
    const m = serverRoom(b, code).match;
    const globalEvent = (await import('../../server/room/engine')).eventCatalogue().find((e) => e.target === 'global')!;
    expect((await call(host, C2S.host, { command: 'injectEvent', eventId: 'noSuchEvent' })).payload.code).toBe('UNKNOWN_EVENT');
    expect((await call(host, C2S.host, { command: 'injectEvent', eventId: globalEvent.id, target: 'meta' })).payload.code).toBe('UNKNOWN_EVENT');
    expect((await call(bob, C2S.host, { command: 'injectEvent', eventId: globalEvent.id })).payload.code).toBe('NOT_HOST');
    const companyEvent = (await import('../../server/room/engine')).eventCatalogue().find((e) => e.target === 'company')!;
    const noTarget = await call(host, C2S.host, { command: 'injectEvent', eventId: companyEvent.id });
    expect(noTarget.payload).toMatchObject({ code: 'UNKNOWN_EVENT', fields: [{ path: 'target' }] });
    expect((await call(host, C2S.host, { command: 'injectEvent', eventId: companyEvent.id, target: 'meta' })).ok).toBe(true);
    expect((await call(host, C2S.host, { command: 'injectEvent', eventId: globalEvent.id })).ok).toBe(true);
    expect((await call(host, C2S.host, { command: 'resolveNow' })).ok).toBe(true);
    expect(m.log.quarters[0]?.hostEvents).toEqual([{ id: companyEvent.id, target: 'meta' }, { id: globalEvent.id }]);
    const report = must(clientSnapshot(host).reports[0], 'report 1');
    expect(report.events.some((e) => e.id === globalEvent.id && e.injected)).toBe(true);
    for (const p of [host, bob]) await p.room.leave();
  });

  it('end goes to the debrief; seatToBot hands a playing seat to its bot', async () => {
    const { host, bob, code } = await twoHumansThreeBots();
    expect((await call(host, C2S.host, { command: 'seatToBot', role: 'meta' })).ok).toBe(true);
    await vi.waitFor(() => expect(bob.session().role).toBeNull());
    expect((await call(bob, C2S.submitOrders, { orders: ordersFor(b, code, 'meta') })).payload.code).toBe('NO_SEAT');
    // Ada is now the only active human: her orders end planning.
    expect((await call(host, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') })).ok).toBe(true);
    await waitForCount(host, S2C.resolved, 1);
    expect(serverRoom(b, code).match.log.quarters[0]?.sources.meta).toBe('bot');
    expect((await call(host, C2S.host, { command: 'end' })).ok).toBe(true);
    await vi.waitFor(() => expect(bob.room.state.phase).toBe('debrief'));
    expect((await call(host, C2S.host, { command: 'end' })).payload.code).toBe('MATCH_OVER');
    for (const p of [host, bob]) await p.room.leave();
  });
});
