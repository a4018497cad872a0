import { describe, expect, it, vi } from 'vitest';
import { CLASS_ROOM_NAME } from '../../shared/classroom/protocol';
import { C2S, ROOM_NAME } from '../../shared/protocol';
import { security } from '../../server/security';
import { call, createMatch, joinMatch, sdk } from '../server/helpers';
import { createClass } from '../classroom/helpers';
import { matchmake, secureServerForFile } from './helpers';

// Resource bounds and private rooms (issue 12, H1, H3, M1, M4): room and class creation is
// budgeted per address and capped in total, rooms nobody uses close, a match is reached only by
// its code, the creator of a class or match is its host whoever joins first, and the host can
// remove spectators, who have their own cap.

const PORT = 2802;
const srv = secureServerForFile(PORT, {
  createsPerIp: { capacity: 30, perMinute: 30 },
  roomsPerIp: 6,
  classesPerIp: 2,
  maxClasses: 3,
  maxSpectators: 2,
  connectionsPerIp: 12,
  classUnclaimedMs: 60_000,
  classIdleMs: 10 * 60_000,
});

async function closeAll(): Promise<void> {
  const { matchMaker } = await import('@colyseus/core');
  for (const r of await matchMaker.query({})) await matchMaker.getLocalRoomById(r.roomId)?.disconnect();
  await vi.waitFor(() => expect(security().liveRooms('match') + security().liveRooms('class')).toBe(0));
  srv.clock.advance(5 * 60_000);
}

describe('an anonymous creation flood (H1)', () => {
  it('gets 429 with Retry-After past the budget and the live-room cap, and is served again later', async () => {
    const statuses: number[] = [];
    let refusal: { error: string } | null = null;
    let retryAfter = 0;
    for (let i = 0; i < 20; i++) {
      const res = await matchmake(srv.url, 'create', ROOM_NAME, {});
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = Number(res.headers.get('retry-after'));
        refusal = await res.json();
      } else await res.arrayBuffer();
    }
    // 6 live rooms per address: the seventh create is refused before the budget of 30 runs out.
    expect(statuses.filter((s) => s === 200)).toHaveLength(6);
    expect(statuses.filter((s) => s === 429)).toHaveLength(14);
    expect(refusal!.error).toMatch(/already has 6 live match rooms/);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(security().liveRooms('match')).toBe(6);
    await closeAll();
  });

  it('refuses creates past the per-minute budget even when rooms are closed again', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      const host = await createMatch(PORT, {}).catch((e: Error) => e);
      statuses.push(host instanceof Error ? 429 : 200);
      if (host instanceof Error) expect(host.message).toMatch(/too many rooms created from your network/);
      else await host.room.leave();
    }
    expect(statuses).toEqual([...Array(30).fill(200), 429, 429]);
    srv.clock.advance(60_000);
    const again = await createMatch(PORT, {});
    await again.room.leave();
    await closeAll();
  });

  it('caps live classes per address (a class costs 10 creations), and closes a class whose creator never came', async () => {
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await matchmake(srv.url, 'create', CLASS_ROOM_NAME, { groups: 4 });
      if (res.ok) made.push((await res.json()).roomId);
      else expect((await res.json()).error).toMatch(/already has 2 live classes/);
    }
    expect(made).toHaveLength(2);
    expect(security().liveRooms('class')).toBe(2);
    expect(security().liveRooms('match')).toBe(8);
    // Nobody ever opened them: they close with their groups after classUnclaimedMs.
    srv.clock.advance(30_000);
    await new Promise((r) => setTimeout(r, 600));
    srv.clock.advance(61_000);
    await vi.waitFor(() => expect(security().liveRooms('class')).toBe(0), { timeout: 5000 });
    await vi.waitFor(() => expect(security().liveRooms('match')).toBe(0), { timeout: 5000 });
    srv.clock.advance(5 * 60_000);
  });

  it('closes an idle class (console gone, nobody in its groups) after classIdleMs', async () => {
    const teacher = await createClass(PORT, { groups: 2 });
    await teacher.room.leave();
    await new Promise((r) => setTimeout(r, 600));
    srv.clock.advance(5 * 60_000);
    await new Promise((r) => setTimeout(r, 600));
    expect(security().liveRooms('class')).toBe(1);
    srv.clock.advance(6 * 60_000);
    await vi.waitFor(() => expect(security().liveRooms('class')).toBe(0), { timeout: 5000 });
    await vi.waitFor(() => expect(security().liveRooms('match')).toBe(0), { timeout: 5000 });
    srv.clock.advance(5 * 60_000);
  });

  it('refuses a reconnect grace of an hour: a cut socket does not keep a room alive for long', async () => {
    const res = await matchmake(srv.url, 'create', ROOM_NAME, { settings: { reconnectSeconds: 3600 } });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/INVALID_SETTINGS.*reconnectSeconds/);
    await closeAll();
  });
});

describe('private rooms (H3)', () => {
  it('joinOrCreate and join by name are not offered: nobody lands in a stranger match', async () => {
    const host = await createMatch(PORT, { name: 'Ann', role: 'openai' });
    for (const method of ['joinOrCreate', 'join']) {
      const res = await matchmake(srv.url, method, ROOM_NAME, { name: 'Mallory' });
      expect(res.status).toBe(404);
      expect((await res.json()).error).toMatch(/join one by its code/);
      await expect(sdk(PORT)[method as 'join'](ROOM_NAME, {})).rejects.toThrow();
    }
    expect(host.room.state.spectators).toBe(0);
    await host.room.leave();
    await closeAll();
  });
});

describe('creators (M4)', () => {
  it('a stranger who joins a new class before its creator is not its host', async () => {
    const res = await matchmake(srv.url, 'create', CLASS_ROOM_NAME, { groups: 2, __creator: { key: 'forged', ip: '1.2.3.4' } });
    const classId = (await res.json()).roomId as string;
    await expect(sdk(PORT).joinById(classId, {})).rejects.toThrow(/BAD_TOKEN/);
    await expect(sdk(PORT).joinById(classId, { __creator: { key: 'forged' } })).rejects.toThrow(/BAD_TOKEN/);
    // The SDK creator (its own create request) is the teacher.
    const teacher = await createClass(PORT, { groups: 2 });
    expect(teacher.session().isHost).toBe(true);
    await teacher.room.leave();
    await closeAll();
  });

  it('a stranger who joins a new match before its creator is a spectator, not the host', async () => {
    const res = await matchmake(srv.url, 'create', ROOM_NAME, {});
    const code = (await res.json()).roomId as string;
    const stranger = await joinMatch(PORT, code, { __creator: { key: 'guess' } }).catch((e: Error) => e);
    if (stranger instanceof Error) expect(stranger.message).toMatch(/BAD_PAYLOAD/);
    else expect(stranger.session().isHost).toBe(false);
    const plain = await joinMatch(PORT, code, {});
    expect(plain.session()).toMatchObject({ isHost: false, role: null });
    await plain.room.leave();
    await closeAll();
  });
});

describe('spectators (M1)', () => {
  it('have their own cap below the room cap; the host removes one and it does not come straight back', async () => {
    const host = await createMatch(PORT, { name: 'Ann', role: 'openai' });
    const code = host.session().code;
    const watchers = [await joinMatch(PORT, code, {}), await joinMatch(PORT, code, {})] as const;
    await expect(joinMatch(PORT, code, {})).rejects.toThrow(/ROOM_FULL.*2 spectators/);
    // A player still gets in with a seat.
    const bob = await joinMatch(PORT, code, { name: 'Bob', role: 'meta' });
    const kicked = await call(host, C2S.host, { command: 'kick', sessionId: watchers[0].session().sessionId });
    expect(kicked.ok).toBe(true);
    await vi.waitFor(() => expect(host.room.state.spectators).toBe(1));
    await expect(joinMatch(PORT, code, {})).rejects.toThrow(/ROOM_FULL.*host removed a spectator/);
    // Not forever.
    srv.clock.advance(11 * 60_000);
    const back = await joinMatch(PORT, code, {});
    expect(back.session().role).toBeNull();
    for (const p of [back, bob, watchers[1], host]) await p.room.leave();
    await closeAll();
  });
});

describe('dropped spectators', () => {
  it('keep no reconnection seat: a churn of dropping spectators cannot fill or lock a room', async () => {
    const { matchMaker } = await import('@colyseus/core');
    const host = await createMatch(PORT, { name: 'Ann', role: 'openai' });
    const code = host.session().code;
    const room = matchMaker.getLocalRoomById(code);
    for (let i = 0; i < 4; i++) {
      const w = await joinMatch(PORT, code, {});
      w.room.reconnection.enabled = false;
      // Cut from the server side, as a network drop.
      (room.clients.getById(w.session().sessionId)!.ref as unknown as { terminate(): void }).terminate();
      await vi.waitFor(() => expect(room.clients.length).toBe(1));
    }
    await vi.waitFor(() => expect(host.room.state.spectators).toBe(0));
    // No seat is held for them to come back to (each would count against the room's 64 clients).
    const reserved = (room as unknown as { _reservedSeats: Record<string, unknown> })._reservedSeats;
    await vi.waitFor(() => expect(Object.keys(reserved)).toEqual([]));
    await host.room.leave();
    await closeAll();
    await vi.waitFor(() => expect(security().connectionsOf('127.0.0.1')).toBe(0));
  });
});

describe('connections per address', () => {
  it('refuses WebSockets past the cap from one address', async () => {
    const host = await createMatch(PORT, { name: 'Ann', role: 'openai' });
    const rooms = [host.room];
    // Raw sockets hold connections without joining (each costs the server a socket).
    const sockets: WebSocket[] = [];
    for (let i = 0; i < 11; i++) {
      const ws = new WebSocket(`ws://127.0.0.1:${PORT}/`);
      await new Promise<void>((resolve) => {
        ws.onopen = () => resolve();
        ws.onerror = () => resolve();
      });
      sockets.push(ws);
    }
    const open = sockets.filter((s) => s.readyState === WebSocket.OPEN).length;
    expect(open).toBe(11);
    const refused = new WebSocket(`ws://127.0.0.1:${PORT}/`);
    const outcome = await new Promise<string>((resolve) => {
      refused.onopen = () => resolve('open');
      refused.onerror = () => resolve('refused');
    });
    expect(outcome).toBe('refused');
    for (const s of sockets) s.close();
    await vi.waitFor(() => expect(security().connectionsOf('127.0.0.1')).toBe(1));
    for (const r of rooms) await r.leave();
    await closeAll();
  });
});
