import { describe, expect, it, vi } from 'vitest';
import { playerView, publicCompany, withHistory } from '../../shared/engine';
import { C2S, S2C } from '../../shared/protocol';
import { ROLES } from '../../shared/roles';
import { boot, call, clientSnapshot, createMatch, joinMatch, ordersFor, seatView, serverForFile, serverRoom, waitForCount } from './helpers';

// The wire model (issue 13 item 3): no view is sent whole; the client rebuilds its seat's engine
// view from the public state plus its private part, and it must equal the server's
// playerView(state, seat) exactly. A seat never receives another seat's private part.

const PORT = 2682;
const b = serverForFile(() => boot(PORT));

/** Ada (OpenAI) hosts, Satya takes Microsoft, bots play the rest, a spectator watches; the match is started. */
async function startMatch() {
  const ada = await createMatch(PORT, {
    name: 'Ada',
    role: 'openai',
    settings: { planningSeconds: 0, resultsSeconds: 0, seats: { meta: { kind: 'bot' }, amazon: { kind: 'bot' }, google: { kind: 'bot' } } },
  });
  const code = ada.session().code;
  const satya = await joinMatch(PORT, code, { name: 'Satya', role: 'microsoft' });
  const watcher = await joinMatch(PORT, code, {});
  await call(ada, C2S.ready, { ready: true });
  await call(satya, C2S.ready, { ready: true });
  await call(ada, C2S.host, { command: 'start' });
  return { ada, satya, watcher, code };
}

describe('the seat view rebuilt from schema deltas', () => {
  it('equals the engine view of the seat at every step, and the public part equals the spectator view', async () => {
    const { ada, satya, watcher, code } = await startMatch();
    const match = () => serverRoom(b, code).match;

    const same = async () => {
      await vi.waitFor(() => {
        expect(seatView(ada)).toEqual(playerView(match().state, 'openai', match().reports));
        expect(seatView(satya)).toEqual(playerView(match().state, 'microsoft', match().reports));
      });
      const pub = playerView(match().state, null, match().reports);
      const seen = clientSnapshot(watcher);
      expect(seen.own).toBeNull();
      for (const r of ROLES) expect(seen.companies[r]).toEqual(publicCompany(withHistory(match().state.companies[r], match().reports)));
      expect(seen.contracts).toEqual(pub.contracts);
      expect(seen.events).toEqual(pub.events);
      expect(seen.news).toEqual(pub.news);
      expect(seen.global).toEqual(pub.global);
      expect(seen.reports).toEqual(pub.reports);
      const { seats: _seats, ...settings } = match().settings;
      expect(seen.settings).toEqual(settings);
    };

    await vi.waitFor(() => expect(watcher.room.state.phase).toBe('planning'));
    await same();
    for (let q = 0; q < 3; q++) {
      const terms = { seller: 'microsoft', buyer: 'openai', cuPerQuarter: 0.4, pricePerCU: 3 + q / 10, quarters: 4 } as const;
      const proposed = await call(ada, C2S.proposeDeal, { to: 'microsoft', terms });
      expect(proposed.ok).toBe(true);
      if (q === 0) expect((await call(satya, C2S.respondDeal, { proposalId: proposed.payload.proposalId, accept: true })).ok).toBe(true);
      const orders = ordersFor(b, code, 'openai');
      orders.allocation = { training: 60, products: 40, cloud: 0 };
      orders.chips = { gw: 0.3, maxPricePerGW: orders.chips.maxPricePerGW };
      expect((await call(ada, C2S.submitOrders, { orders })).ok).toBe(true);
      await same();
      expect((await call(satya, C2S.submitOrders, { orders: ordersFor(b, code, 'microsoft') })).ok).toBe(true);
      await waitForCount(watcher, S2C.resolved, q + 1);
      await vi.waitFor(() => expect(watcher.room.state.quarter).toBe(q + 1));
      await same();
      await call(ada, C2S.ready, { ready: true });
      await call(satya, C2S.ready, { ready: true });
      await vi.waitFor(() => expect(watcher.room.state.phase).toBe('planning'));
    }
    expect(clientSnapshot(ada).companies.openai?.history.length).toBe(3);
  }, 60_000);

  it('never gives a seat or a spectator another seat’s private part', async () => {
    const { ada, satya, watcher, code } = await startMatch();
    await vi.waitFor(() => expect(watcher.room.state.phase).toBe('planning'));
    const orders = ordersFor(b, code, 'openai');
    orders.allocation = { training: 61, products: 39, cloud: 0 };
    expect((await call(ada, C2S.submitOrders, { orders })).ok).toBe(true);
    const proposed = await call(ada, C2S.proposeDeal, { to: 'amazon', terms: { seller: 'amazon', buyer: 'openai', cuPerQuarter: 0.2, pricePerCU: 9, quarters: 4 } });
    expect(proposed.ok, JSON.stringify(proposed.payload)).toBe(true);
    await vi.waitFor(() => expect(seatView(ada)?.pending?.allocation.training).toBe(61));
    await vi.waitFor(() => expect(seatView(ada)?.proposals.length).toBe(1));
    expect(seatView(ada)?.own?.allocation).toEqual(serverRoom(b, code).match.state.companies.openai.allocation);

    for (const other of [satya, watcher]) {
      const raw = JSON.stringify((other.room.state as { toJSON(): unknown }).toJSON());
      expect([...(other.room.state.privates?.keys() ?? [])]).not.toContain('openai');
      expect(raw).not.toContain(`"${proposed.payload.proposalId}"`);
      expect(raw).not.toContain('"allocationTraining":61');
      const seen = clientSnapshot(other);
      expect(seen.companies.openai).not.toHaveProperty('allocation');
      expect(seen.companies.openai?.cloud.askPrice).toBe(0);
    }
    expect(seatView(satya)?.pending).toBeNull();
    expect(seatView(satya)?.proposals).toEqual([]);
  }, 30_000);

  it('decodes again only the parts a patch changed', async () => {
    const { ada, satya, watcher, code } = await startMatch();
    await vi.waitFor(() => expect(clientSnapshot(watcher).phase).toBe('planning'));
    const before = clientSnapshot(watcher);

    // A submit changes Ada's seat flag and her private part, nothing of the engine's public state:
    // the watcher's decoded companies, global, contracts, news and reports are the same objects.
    expect((await call(ada, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') })).ok).toBe(true);
    await vi.waitFor(() => expect(clientSnapshot(watcher).seats.openai.submitted).toBe(true));
    const submitted = clientSnapshot(watcher);
    for (const r of ROLES) expect(submitted.companies[r]).toBe(before.companies[r]);
    expect(submitted.global).toBe(before.global);
    expect(submitted.contracts).toBe(before.contracts);
    expect(submitted.news).toBe(before.news);
    expect(submitted.reports).toBe(before.reports);

    // The resolution changes every company and adds a report: those are decoded again.
    expect((await call(satya, C2S.submitOrders, { orders: ordersFor(b, code, 'microsoft') })).ok).toBe(true);
    await waitForCount(watcher, S2C.resolved, 1);
    await vi.waitFor(() => expect(clientSnapshot(watcher).quarter).toBe(1));
    const resolved = clientSnapshot(watcher);
    for (const r of ROLES) expect(resolved.companies[r]).not.toBe(before.companies[r]);
    expect(resolved.reports).toEqual(serverRoom(b, code).match.reports);
    expect(resolved.companies.openai?.history.length).toBe(1);
  }, 30_000);

  it('keeps the seat view exact across an SDK reconnection', async () => {
    const { ada, satya, code } = await startMatch();
    const match = () => serverRoom(b, code).match;
    await vi.waitFor(() => expect(seatView(satya)).toEqual(playerView(match().state, 'microsoft', match().reports)));

    satya.room.reconnection.minUptime = 0;
    const reconnected = new Promise<void>((resolve) => satya.room.onReconnect(() => resolve()));
    const client = serverRoom(b, code).clients.getById(satya.room.sessionId)!;
    (client.ref as unknown as { terminate(): void }).terminate();
    await reconnected;

    const orders = ordersFor(b, code, 'microsoft');
    orders.allocation = { training: 20, products: 10, cloud: 70 };
    expect((await call(satya, C2S.submitOrders, { orders })).ok).toBe(true);
    await call(satya, C2S.proposeDeal, { to: 'openai', terms: { seller: 'microsoft', buyer: 'openai', cuPerQuarter: 0.3, pricePerCU: 3, quarters: 4 } });
    await vi.waitFor(() => expect(seatView(satya)).toEqual(playerView(match().state, 'microsoft', match().reports)));
    expect((await call(ada, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') })).ok).toBe(true);
    await waitForCount(satya, S2C.resolved, 1);
    await vi.waitFor(() => expect(seatView(satya)).toEqual(playerView(match().state, 'microsoft', match().reports)));
    expect(seatView(satya)?.quarter).toBe(1);
  }, 30_000);
});
