import type { Room } from '@colyseus/sdk';
import { describe, expect, it, vi } from 'vitest';
import { C2S, S2C } from '../../shared/protocol';
import { boot, call, createMatch, joinMatch, ordersFor, serverForFile, sleep, waitForCount, type Player } from './helpers';

// Bytes a real SDK client receives per resolved quarter (issue 12 H4, issue 13 item 3). The same
// 4-quarter match is played twice: quietly (one submit per seat and quarter) and with Ada
// proposing deals to Satya at the rate limit and re-submitting her orders many times a quarter.
// The spam must not make anyone but Satya receive more, and Satya only the proposals themselves.
// Figures: the bytes of the messages the socket delivers, which are what goes on the wire (socket
// compression is off by default; the reports arrive compressed by the room).

const PORT = 2681;
const b = serverForFile(() => boot(PORT));

const QUARTERS = 4;
const PROPOSALS_PER_QUARTER = 24;
const RESUBMITS_PER_QUARTER = 8;
/** Target of issue 13: per client per resolved quarter, whatever the timing of submits. */
const QUARTER_BOUND = 8 * 1024;
/** What one more deal proposal to a seat may cost that seat (its Proposal item, then its status changes). */
const PROPOSAL_BOUND = 300;
/** A change elsewhere (another seat's private part) still sends everyone an empty 1-byte patch. */
const TIMING_SLACK = 256;

interface Received {
  /** Bytes of the messages the socket delivered. */
  bytes: number;
}

/** Counts the bytes of every message the room's socket delivers from now on. */
function countBytes(room: Room): Received {
  const got: Received = { bytes: 0 };
  const events = (room as unknown as { connection: { events: { onmessage?: (e: { data: ArrayBuffer }) => void } } }).connection.events;
  const inner = events.onmessage;
  events.onmessage = (e) => {
    got.bytes += e.data.byteLength;
    inner?.(e);
  };
  return got;
}

/** Stays under the per-connection rate limit of 20 messages a second. */
async function paced(p: Player, type: string, payload: unknown): Promise<void> {
  const r = await call(p, type, payload);
  expect(r.ok, `${type}: ${JSON.stringify(r.payload)}`).toBe(true);
  await sleep(55);
}

type Who = 'ada' | 'satya' | 'sundar' | 'watcher';

/** Plays QUARTERS quarters (Ada, Satya and Sundar human, two bots, one spectator) and returns each client's bytes per quarter. */
async function play(spam: boolean): Promise<Record<Who, Received>> {
  const ada = await createMatch(PORT, {
    name: 'Ada',
    role: 'openai',
    settings: { seed: 'bandwidth', quarters: 8, planningSeconds: 0, resultsSeconds: 0, seats: { meta: { kind: 'bot' }, amazon: { kind: 'bot' } } },
  });
  const code = ada.session().code;
  const satya = await joinMatch(PORT, code, { name: 'Satya', role: 'microsoft' });
  const sundar = await joinMatch(PORT, code, { name: 'Sundar', role: 'google' });
  const watcher = await joinMatch(PORT, code, {});
  for (const p of [ada, satya, sundar]) await call(p, C2S.ready, { ready: true });
  await call(ada, C2S.host, { command: 'start' });
  await vi.waitFor(() => expect(watcher.room.state.phase).toBe('planning'));
  await sleep(100);
  // Counted from the first quarter's planning on: the start brings the opening figures once per
  // match (a lobby carries none), as the full state does for a client joining later.
  const got: Record<Who, Received> = { ada: countBytes(ada.room), satya: countBytes(satya.room), sundar: countBytes(sundar.room), watcher: countBytes(watcher.room) };

  for (let q = 0; q < QUARTERS; q++) {
    if (spam) {
      for (let i = 0; i < PROPOSALS_PER_QUARTER; i++) {
        await paced(ada, C2S.proposeDeal, { to: 'microsoft', terms: { seller: 'microsoft', buyer: 'openai', cuPerQuarter: 0.1 + i / 100, pricePerCU: 2 + i / 10, quarters: 4 } });
        if (i % 3 === 0) {
          const orders = ordersFor(b, code, 'openai');
          orders.allocation = { training: 50 - i, products: 50 + i, cloud: 0 };
          await paced(ada, C2S.submitOrders, { orders });
        }
      }
    }
    // The orders that resolve are the same in both runs, so both play the same match.
    await paced(ada, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') });
    await paced(satya, C2S.submitOrders, { orders: ordersFor(b, code, 'microsoft') });
    await paced(sundar, C2S.submitOrders, { orders: ordersFor(b, code, 'google') });
    await waitForCount(watcher, S2C.resolved, q + 1);
    await vi.waitFor(() => expect(watcher.room.state.quarter).toBe(q + 1));
    for (const p of [ada, satya, sundar]) await paced(p, C2S.ready, { ready: true });
    if (q < QUARTERS - 1) await vi.waitFor(() => expect(watcher.room.state.phase).toBe('planning'));
  }
  await sleep(200);
  for (const p of [ada, satya, sundar, watcher]) await p.room.leave(true);
  const perQuarter = (r: Received): Received => ({ bytes: Math.round(r.bytes / QUARTERS) });
  return { ada: perQuarter(got.ada), satya: perQuarter(got.satya), sundar: perQuarter(got.sundar), watcher: perQuarter(got.watcher) };
}

describe('bytes per client per resolved quarter', () => {
  it('deal spam and repeated submits by one seat do not make the other clients receive more', async () => {
    const quiet = await play(false);
    const spam = await play(true);
    console.log('bytes per client per resolved quarter, quiet match:', quiet);
    console.log(`bytes per client per resolved quarter, ${PROPOSALS_PER_QUARTER} proposals Ada→Satya and ${RESUBMITS_PER_QUARTER} re-submits by Ada a quarter:`, spam);

    for (const who of ['ada', 'satya', 'sundar', 'watcher'] as const) expect(quiet[who].bytes, who).toBeLessThanOrEqual(QUARTER_BOUND);
    for (const who of ['sundar', 'watcher'] as const) {
      expect(spam[who].bytes, who).toBeLessThanOrEqual(quiet[who].bytes + TIMING_SLACK);
      expect(spam[who].bytes, who).toBeLessThanOrEqual(QUARTER_BOUND);
    }
    // The two parties also receive the proposals themselves, and nothing more per proposal.
    for (const who of ['ada', 'satya'] as const) {
      expect(spam[who].bytes, who).toBeLessThanOrEqual(quiet[who].bytes + TIMING_SLACK + PROPOSALS_PER_QUARTER * PROPOSAL_BOUND);
    }
  }, 120_000);
});
