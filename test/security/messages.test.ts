import { describe, expect, it, vi } from 'vitest';
import { C2S, RATE_LIMIT_PER_SECOND, ROOM_NAME, S2C } from '../../shared/protocol';
import { call, createMatch, joinMatch, sdk, type Player } from '../server/helpers';
import { matchmake, secureServerForFile } from './helpers';
import { at } from '../../shared/lists';

// Messages (issue 12, Low): the type '*' is refused instead of reaching the wildcard handler
// with the payload as its type; the rate limit holds per address across connections; a flood
// closes the connection and costs the flooder a cooldown. The clock stands still unless the
// test moves it, so "one second" is exact.

const PORT = 2804;
const srv = secureServerForFile(PORT, { messagesPerIpPerSecond: 30, floodCooldownMs: 60_000 });

function answers(p: Player): { type: string; payload: any }[] {
  return p.messages.filter((m) => m.type === S2C.ack || m.type === S2C.error);
}

describe("message type '*'", () => {
  it('is refused as reserved, whatever its payload', async () => {
    const host = await createMatch(PORT, { name: 'Ann', role: 'openai' });
    for (const payload of ['submitOrders', 7, { type: 'host' }]) {
      const r = await call(host, '*', payload);
      expect(r.ok).toBe(false);
      expect(r.payload).toMatchObject({ code: 'UNKNOWN_MESSAGE', type: '*' });
      expect(r.payload.message).toMatch(/'\*' is reserved/);
    }
    const unknown = await call(host, 'teleport', {});
    expect(unknown.payload).toMatchObject({ code: 'UNKNOWN_MESSAGE', type: 'teleport' });
    await host.room.leave();
    srv.clock.advance(1000);
  });
});

describe('rate limit per address', () => {
  it('3 connections × 15 messages in one second: 30 pass, the rest are RATE_LIMITED', async () => {
    const host = await createMatch(PORT, { name: 'Ann', role: 'openai' });
    const code = host.session().code;
    const others = [await joinMatch(PORT, code, { name: 'Bob', role: 'meta' }), await joinMatch(PORT, code, { name: 'Cy', role: 'google' })];
    srv.clock.advance(1000);
    const all = [host, ...others];
    const before = all.map((p) => answers(p).length);
    for (let i = 0; i < 15; i++) for (const p of all) p.send(C2S.ready, { ready: i % 2 === 0 });
    for (const [i, p] of all.entries()) await vi.waitFor(() => expect(answers(p).length).toBe(at(before, i, 'answers before') + 15));
    const got = all.flatMap((p, i) => answers(p).slice(at(before, i, 'answers before')));
    const limited = got.filter((a) => a.type === S2C.error && a.payload.code === 'RATE_LIMITED');
    expect(got).toHaveLength(45);
    expect(limited).toHaveLength(15);
    expect(limited[0]?.payload.message).toMatch(/from your network/);
    // Each connection alone stays under the per-connection limit (15 < RATE_LIMIT_PER_SECOND): the address is what is limited.
    srv.clock.advance(1000);
    expect((await call(host, C2S.ready, { ready: true })).ok).toBe(true);
    for (const p of all) await p.room.leave();
  });
});

describe('flooding', () => {
  it('closes the flooding connection, and its address cools down before it may connect or create again', async () => {
    const host = await createMatch(PORT, { name: 'Ann', role: 'openai' });
    const code = host.session().code;
    const flooder = await joinMatch(PORT, code, {});
    srv.clock.advance(1000);
    const left = new Promise<number>((resolve) => flooder.room.onLeave((c) => resolve(c)));
    // One bunched second is not a flood (a busy server receives a calm client's messages bunched)…
    for (let i = 0; i < RATE_LIMIT_PER_SECOND * 3 + 5; i++) flooder.send(C2S.ready, { ready: true });
    await vi.waitFor(() => expect(answers(flooder).length).toBe(RATE_LIMIT_PER_SECOND * 3 + 5));
    expect(flooder.room.connection.isOpen).toBe(true);
    // …two in a row are.
    srv.clock.advance(1000);
    for (let i = 0; i < RATE_LIMIT_PER_SECOND * 3 + 5; i++) flooder.send(C2S.ready, { ready: true });
    expect(await left).toBeGreaterThan(1000);
    expect(flooder.messages.find((m) => m.type === S2C.kicked)?.payload.reason).toMatch(/too many messages.*reconnect in 60 s/);

    // The cooldown: no new WebSocket, no join, no create from this address.
    await expect(sdk(PORT).joinById(code, {})).rejects.toThrow(/flooded/);
    const res = await matchmake(srv.url, 'create', ROOM_NAME, {});
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(50);
    // Connections open before the flood go on.
    srv.clock.advance(1000);
    expect((await call(host, C2S.ready, { ready: true })).ok).toBe(true);
    srv.clock.advance(60_000);
    const back = await joinMatch(PORT, code, {});
    expect(back.session().role).toBeNull();
    await back.room.leave();
    await host.room.leave();
  });

  it('a burst past Colyseus own cap (200 a second) closes the client at once, with the same cooldown', async () => {
    srv.clock.advance(120_000);
    const host = await createMatch(PORT, { name: 'Ann', role: 'openai' });
    const code = host.session().code;
    const flooder = await joinMatch(PORT, code, {});
    const left = new Promise<number>((resolve) => flooder.room.onLeave((c) => resolve(c)));
    for (let i = 0; i < 260; i++) flooder.send(C2S.ready, { ready: true });
    expect(await left).toBe(4002);
    await expect(sdk(PORT).joinById(code, {})).rejects.toThrow(/flooded/);
    srv.clock.advance(61_000);
    const back = await joinMatch(PORT, code, {});
    await back.room.leave();
    await host.room.leave();
  });
});
