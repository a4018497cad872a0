import { describe, expect, it, vi } from 'vitest';
import { C2S, S2C } from '../../shared/protocol';
import { boot, call, createMatch, ordersFor, serverForFile, serverRoom, waitForCount } from './helpers';

// Issue 11 item 3: bots propose deals to the people at the table. Ada plays Meta and keeps most of
// her compute on training, so her products demand goes unserved; a bot hyperscaler with unsold
// cloud capacity offers her a contract, which reaches her client and which she accepts.

const PORT = 2608;
const b = serverForFile(() => boot(PORT));

interface ProposalRow {
  id: string;
  from: string;
  to: string;
  status: string;
  seller: string;
  buyer: string;
  cuPerQuarter: number;
  pricePerCU: number;
  quarters: number;
}

describe('bots offer deals to human seats', () => {
  it('a short human seat receives a bot cloud offer and accepts it; it becomes a contract', async () => {
    const ada = await createMatch(PORT, { name: 'Ada', role: 'meta', settings: { planningSeconds: 0, resultsSeconds: 0, seed: 'offers-1', quarters: 12 } });
    const code = ada.session().code;
    await call(ada, C2S.ready, { ready: true });
    await call(ada, C2S.host, { command: 'start' });
    await vi.waitFor(() => expect(ada.room.state.phase).toBe('planning'));

    const fromBot = (): ProposalRow | undefined =>
      (ada.room.state.privates.get('meta')?.proposals ?? []).find((p: ProposalRow) => p.to === 'meta' && p.from !== 'meta' && p.status === 'open');

    let offer: ProposalRow | undefined;
    for (let q = 0; q < 6 && !offer; q++) {
      const orders = ordersFor(b, code, 'meta');
      orders.allocation = { training: 99, products: 1, cloud: 0 };
      expect((await call(ada, C2S.submitOrders, { orders })).ok).toBe(true);
      await waitForCount(ada, S2C.resolved, q + 1);
      await call(ada, C2S.ready, { ready: true });
      await vi.waitFor(() => expect(ada.room.state.phase).toBe('planning'));
      offer = fromBot();
    }
    expect(offer, 'a bot offered Ada compute within 6 quarters').toBeDefined();
    expect(offer).toMatchObject({ buyer: 'meta', seller: offer!.from, status: 'open' });
    expect(['microsoft', 'amazon', 'google', 'openai']).toContain(offer!.from);
    // A sensible price: around the rental market, never a multiple of it.
    const cloudPrice = serverRoom(b, code).match.state.global.lastCloudPrice;
    expect(offer!.pricePerCU).toBeGreaterThanOrEqual(cloudPrice);
    expect(offer!.pricePerCU).toBeLessThanOrEqual(1.5 * cloudPrice);
    expect(offer!.cuPerQuarter).toBeGreaterThan(0);
    // At most one open offer from a bot to Ada per bot.
    const open = serverRoom(b, code).match.state.proposals.filter((p) => p.to === 'meta' && p.status === 'open');
    expect(new Set(open.map((p) => p.from)).size).toBe(open.length);

    const quarter = ada.room.state.quarter;
    expect((await call(ada, C2S.respondDeal, { proposalId: offer!.id, accept: true })).ok).toBe(true);
    const contract = serverRoom(b, code).match.state.contracts.find((c) => c.proposalId === offer!.id);
    expect(contract).toMatchObject({ seller: offer!.from, buyer: 'meta', cuPerQuarter: offer!.cuPerQuarter, pricePerCU: offer!.pricePerCU, startQ: quarter + 1 });
    await vi.waitFor(() => {
      const mine = ada.room.state.privates.get('meta').proposals.find((p: ProposalRow) => p.id === offer!.id);
      expect(mine.status).toBe('accepted');
    });
    // The log has the bot's offer in its resolved orders, and Ada's answer in this quarter's actions.
    const log = serverRoom(b, code).match.log;
    const last = log.quarters[log.quarters.length - 1];
    expect(last?.sources[offer!.from as 'microsoft']).toBe('bot');
    expect(last?.orders[offer!.from as 'microsoft']!.deals.propose).toContainEqual(expect.objectContaining({ buyer: 'meta', cuPerQuarter: offer!.cuPerQuarter }));
    expect(log.pendingActions.map((a) => a.type)).toContain('respondDeal');
  });
});
