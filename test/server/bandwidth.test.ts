import { describe, expect, it, vi } from 'vitest';
import { C2S, S2C } from '../../shared/protocol';
import type { Room } from '@colyseus/sdk';
import { boot, call, createMatch, joinMatch, ordersFor, serverForFile, sleep, waitForCount, type Player } from './helpers';

// Bytes a real SDK client receives per resolved quarter (issue 12 H4, issue 13 item 3): one seat
// proposing deals to another at the rate limit and re-submitting its orders many times a quarter
// must not make the other clients receive the whole view again on every change.

const PORT = 2681;
const b = serverForFile(() => boot(PORT));

const QUARTERS = 4;
const PROPOSALS_PER_QUARTER = 24;
const RESUBMITS_PER_QUARTER = 8;
/** Target of issue 13: per client per resolved quarter, whatever the timing of submits. */
const QUARTER_BOUND = 8 * 1024;
/** What one more deal proposal to a seat may cost that seat (its ProposalSchema item and list entry). */
const PROPOSAL_BOUND = 300;

/** Counts the bytes of every message the room's socket delivers from now on. */
function countBytes(room: Room): () => number {
  let bytes = 0;
  const events = (room as unknown as { connection: { events: { onmessage?: (e: { data: ArrayBuffer | Uint8Array }) => void } } }).connection.events;
  const inner = events.onmessage;
  events.onmessage = (e) => {
    bytes += e.data.byteLength;
    inner?.(e);
  };
  return () => bytes;
}

/** Stays under the per-connection rate limit of 20 messages a second. */
const paced = async (p: Player, type: string, payload: unknown) => {
  const r = await call(p, type, payload);
  await sleep(55);
  return r;
};

describe('bytes per client per resolved quarter', () => {
  it('deal spam and repeated submits by one seat stay within the bound for every other client', async () => {
    const ada = await createMatch(PORT, {
      name: 'Ada',
      role: 'openai',
      settings: { quarters: 8, planningSeconds: 0, resultsSeconds: 0, seats: { meta: { kind: 'bot' }, amazon: { kind: 'bot' } } },
    });
    const code = ada.session().code;
    const satya = await joinMatch(PORT, code, { name: 'Satya', role: 'microsoft' });
    const sundar = await joinMatch(PORT, code, { name: 'Sundar', role: 'google' });
    const watcher = await joinMatch(PORT, code, {});
    for (const p of [ada, satya, sundar]) await call(p, C2S.ready, { ready: true });
    await vi.waitFor(() => expect(watcher.room.state.phase).toBe('lobby'));

    const bytes = { ada: countBytes(ada.room), satya: countBytes(satya.room), sundar: countBytes(sundar.room), watcher: countBytes(watcher.room) };
    await call(ada, C2S.host, { command: 'start' });
    await vi.waitFor(() => expect(satya.room.state.phase).toBe('planning'));

    let proposals = 0;
    for (let q = 0; q < QUARTERS; q++) {
      for (let i = 0; i < PROPOSALS_PER_QUARTER; i++) {
        const terms = { seller: 'microsoft', buyer: 'openai', cuPerQuarter: 0.1 + i / 100, pricePerCU: 2 + i / 10, quarters: 4 };
        const r = await paced(ada, C2S.proposeDeal, { to: 'microsoft', terms });
        expect(r.ok, JSON.stringify(r.payload)).toBe(true);
        proposals += 1;
        if (i % 3 === 0 && i / 3 < RESUBMITS_PER_QUARTER) {
          const orders = ordersFor(b, code, 'openai');
          orders.allocation = { training: 50 - i, products: 50 + i, cloud: 0 };
          const s = await paced(ada, C2S.submitOrders, { orders });
          expect(s.ok, JSON.stringify(s.payload)).toBe(true);
        }
      }
      expect((await paced(satya, C2S.submitOrders, { orders: ordersFor(b, code, 'microsoft') })).ok).toBe(true);
      expect((await paced(sundar, C2S.submitOrders, { orders: ordersFor(b, code, 'google') })).ok).toBe(true);
      await waitForCount(watcher, S2C.resolved, q + 1);
      for (const p of [ada, satya, sundar]) await paced(p, C2S.ready, { ready: true });
      await vi.waitFor(() => expect(watcher.room.state.quarter).toBe(q + 1));
      if (q < QUARTERS - 1) await vi.waitFor(() => expect(watcher.room.state.phase).toBe('planning'));
    }
    await sleep(200);

    const perQuarter = Object.fromEntries(Object.entries(bytes).map(([k, f]) => [k, Math.round(f() / QUARTERS)]));
    console.log(`bytes per client per resolved quarter (${PROPOSALS_PER_QUARTER} proposals Ada→Satya and ${RESUBMITS_PER_QUARTER} re-submits by Ada a quarter):`, perQuarter);
    expect(perQuarter.watcher).toBeLessThanOrEqual(QUARTER_BOUND);
    expect(perQuarter.sundar).toBeLessThanOrEqual(QUARTER_BOUND);
    // The proposer and the target also receive the proposals themselves, and nothing more per proposal.
    expect(bytes.satya()).toBeLessThanOrEqual(QUARTERS * QUARTER_BOUND + proposals * PROPOSAL_BOUND);
    expect(bytes.ada()).toBeLessThanOrEqual(QUARTERS * QUARTER_BOUND + proposals * PROPOSAL_BOUND);
  }, 120_000);
});
