import { describe, expect, it, vi } from 'vitest';
import { C2S, S2C } from '../../shared/protocol';
import { boot, call, createMatch, joinMatch, ordersFor, sdk, serverRoom, track, waitForCount, serverForFile, type Player } from './helpers';

const PORT = 2605;
const b = serverForFile(() => boot(PORT));

async function started(reconnectSeconds: number): Promise<{ host: Player; bob: Player; code: string }> {
  const host = await createMatch(PORT, {
    name: 'Ada',
    role: 'openai',
    settings: { planningSeconds: 0, resultsSeconds: 0, reconnectSeconds, seats: { microsoft: { kind: 'bot' }, amazon: { kind: 'bot' }, google: { kind: 'bot' } } },
  });
  const code = host.session().code;
  const bob = await joinMatch(PORT, code, { name: 'Bob', role: 'meta' });
  await call(host, C2S.ready, { ready: true });
  await call(bob, C2S.ready, { ready: true });
  await call(host, C2S.host, { command: 'start' });
  await vi.waitFor(() => expect(bob.room.state.phase).toBe('planning'));
  return { host, bob, code };
}

/** Cuts Bob's connection from the server side, as a network drop would. */
function dropConnection(code: string, sessionId: string): void {
  const client = serverRoom(b, code).clients.getById(sessionId)!;
  (client.ref as unknown as { terminate(): void }).terminate();
}

describe('reconnection', () => {
  it('a dropped client comes back within the grace period with its pending orders intact', async () => {
    const { host, bob, code } = await started(120);
    const orders = ordersFor(b, code, 'meta');
    expect((await call(bob, C2S.submitOrders, { orders })).ok).toBe(true);
    const token = bob.session().reconnectionToken;
    bob.room.reconnection.enabled = false; // reconnect by hand below
    const sessionId = bob.room.sessionId;
    dropConnection(code, sessionId);
    await vi.waitFor(() => {
      const seat = host.room.state.seats.get('meta');
      expect(seat.connected).toBe(false);
      expect(seat.reconnectDeadline).toBeGreaterThan(Date.now() + 100_000);
      expect(seat.submitted).toBe(true);
    });
    const back = track(await sdk(PORT).reconnect(token));
    await vi.waitFor(() => expect(back.session().role).toBe('meta'));
    expect(back.room.sessionId).toBe(sessionId);
    await vi.waitFor(() => {
      expect(host.room.state.seats.get('meta').connected).toBe(true);
      expect(JSON.parse(back.room.state.privates.get('meta').pendingOrders)).toEqual(orders);
    });
    // planning goes on as before: Ada submits, the quarter resolves with Bob's orders
    expect((await call(host, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') })).ok).toBe(true);
    await waitForCount(back, S2C.resolved, 1);
    expect(serverRoom(b, code).match.log.quarters[0]?.orders.meta).toEqual(orders);
    for (const p of [host, back]) await p.room.leave();
  });

  it('the SDK reconnects by itself after a drop', async () => {
    const { host, bob, code } = await started(120);
    bob.room.reconnection.minUptime = 0;
    const reconnected = new Promise<void>((resolve) => bob.room.onReconnect(() => resolve()));
    dropConnection(code, bob.room.sessionId);
    await reconnected;
    await vi.waitFor(() => expect(host.room.state.seats.get('meta').connected).toBe(true));
    expect((await call(bob, C2S.submitOrders, { orders: ordersFor(b, code, 'meta') })).ok).toBe(true);
    for (const p of [host, bob]) await p.room.leave();
  });

  it('after the grace period the seat plays on autopilot, and the seat token reclaims it later', async () => {
    const { host, bob, code } = await started(1);
    const { seatToken } = bob.session();
    bob.room.reconnection.enabled = false;
    dropConnection(code, bob.room.sessionId);
    await vi.waitFor(() => {
      const seat = host.room.state.seats.get('meta');
      expect(seat.autopilot).toBe(true);
      expect(seat.claimed).toBe(true);
      expect(seat.connected).toBe(false);
    }, { timeout: 5000 });
    // Bob no longer holds planning up: Ada's orders end it, Meta plays on autopilot.
    expect((await call(host, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') })).ok).toBe(true);
    await waitForCount(host, S2C.resolved, 1);
    expect(serverRoom(b, code).match.log.quarters[0]?.sources.meta).toBe('autopilot');
    await call(host, C2S.host, { command: 'next' });

    const again = await joinMatch(PORT, code, { seatToken });
    expect(again.session()).toMatchObject({ role: 'meta', seatToken });
    await vi.waitFor(() => {
      const seat = host.room.state.seats.get('meta');
      expect(seat.autopilot).toBe(false);
      expect(seat.connected).toBe(true);
      expect(again.room.state.privates.get('meta')).toBeDefined();
    });
    // now both humans are needed again
    expect((await call(host, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') })).ok).toBe(true);
    expect(host.room.state.phase).toBe('planning');
    expect((await call(again, C2S.submitOrders, { orders: ordersFor(b, code, 'meta') })).ok).toBe(true);
    await waitForCount(host, S2C.resolved, 2);
    expect(serverRoom(b, code).match.log.quarters[1]?.sources.meta).toBe('submitted');
    for (const p of [host, again]) await p.room.leave();
  });

  it('a second connection with the seat token takes the seat over from the first', async () => {
    const { host, bob, code } = await started(120);
    const left = new Promise<void>((resolve) => bob.room.onLeave(() => resolve()));
    const phone = await joinMatch(PORT, code, { seatToken: bob.session().seatToken });
    await left;
    expect(bob.messages.some((m) => m.type === S2C.kicked)).toBe(true);
    expect(phone.session().role).toBe('meta');
    expect((await call(phone, C2S.submitOrders, { orders: ordersFor(b, code, 'meta') })).ok).toBe(true);
    for (const p of [host, phone]) await p.room.leave();
  });

  it('a player who leaves on purpose during a match goes on autopilot and may come back', async () => {
    const { host, bob, code } = await started(120);
    const { seatToken } = bob.session();
    await bob.room.leave();
    await vi.waitFor(() => expect(host.room.state.seats.get('meta').autopilot).toBe(true));
    const again = await joinMatch(PORT, code, { seatToken });
    expect(again.session().role).toBe('meta');
    for (const p of [host, again]) await p.room.leave();
  });
});
