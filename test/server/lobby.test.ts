import { describe, expect, it, vi } from 'vitest';
import { C2S, ROOM_NAME, S2C } from '../../shared/protocol';
import { boot, call, createMatch, joinMatch, ordersFor, sdk, serverRoom, serverForFile } from './helpers';

const PORT = 2602;
// Socket compression on (WS_DEFLATE=1): the tests of what it compresses need it.
const b = serverForFile(() => boot(PORT, { deflate: true }));

describe('creating a room', () => {
  it('gives a 6-character join code as room id, makes the creator host and shows the random seed', async () => {
    const host = await createMatch(PORT, { name: 'Ada', role: 'openai' });
    const s = host.session();
    expect(s.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(s.roomId).toBe(s.code);
    expect(s.isHost).toBe(true);
    expect(s.hostSecret).toBeTruthy();
    expect(s.role).toBe('openai');
    expect(s.seatToken).toBeTruthy();
    await vi.waitFor(() => {
      expect(host.room.state.code).toBe(s.code);
      expect(host.room.state.phase).toBe('lobby');
      expect(host.room.state.settings.seed).toMatch(/^[0-9a-f]{12}$/);
      expect(host.room.state.seats.get('openai').name).toBe('Ada');
      expect(host.room.state.seats.get('openai').claimed).toBe(true);
    });
    await host.room.leave();
  });

  it('keeps a given seed and settings', async () => {
    const host = await createMatch(PORT, {
      settings: { seed: 'class-7b', quarters: 6, planningSeconds: 0, seats: { amazon: { kind: 'bot', persona: 'frugal' }, google: { kind: 'absent' } } },
    });
    await vi.waitFor(() => {
      const st = host.room.state;
      expect(st.settings.seed).toBe('class-7b');
      expect(st.settings.quarters).toBe(6);
      expect(st.seats.get('amazon').kind).toBe('bot');
      expect(st.seats.get('amazon').persona).toBe('frugal');
      expect(st.seats.get('google').kind).toBe('absent');
    });
    const engine = serverRoom(b, host.session().code).match.state;
    expect(engine.seed).toBe('class-7b');
    expect(engine.companies.google.active).toBe(false);
    expect(engine.companies.openai.active).toBe(true);
    expect(host.session().role).toBeNull();
    await host.room.leave();
  });

  it.each([
    [{ settings: { quarters: 3 } }, /settings\.quarters/],
    [{ settings: { quarters: 41 } }, /settings\.quarters/],
    [{ settings: { quarters: 5.5 } }, /settings\.quarters/],
    [{ settings: { planningSeconds: -1 } }, /settings\.planningSeconds/],
    [{ settings: { seed: 'has space' } }, /seed/],
    [{ settings: { scenario: 'nope' } }, /unknown scenario 'nope'/],
    [{ settings: { seats: { meta: { kind: 'robot' } } } }, /settings\.seats\.meta\.kind/],
    [{ settings: { seats: { openai: { kind: 'absent' }, meta: { kind: 'absent' }, microsoft: { kind: 'absent' }, amazon: { kind: 'absent' }, google: { kind: 'absent' } } } }, /at least one seat/],
    [{ settings: { turbo: true } }, /INVALID_SETTINGS: settings: unknown field 'turbo'/],
    [{ colour: 'red' }, /BAD_PAYLOAD: .*unknown field 'colour'/],
    [{ role: 'openai', name: '' }, /BAD_NAME/],
    [{ role: 'meta', name: 'Mark', settings: { seats: { meta: { kind: 'bot' } } } }, /SEAT_NOT_HUMAN/],
  ])('refuses invalid create options %j with an error naming the field', async (options, message) => {
    await expect(sdk(PORT).create(ROOM_NAME, options)).rejects.toThrow(message);
  });
});

describe('seats and names', () => {
  it('lets players join by code, claim free human seats, and refuses taken, bot and absent seats', async () => {
    const host = await createMatch(PORT, { settings: { seats: { amazon: { kind: 'bot' }, google: { kind: 'absent' } } }, name: 'Host', role: 'openai' });
    const code = host.session().code;
    const bob = await joinMatch(PORT, code, { name: '  Bob  ', role: 'meta' });
    expect(bob.session()).toMatchObject({ role: 'meta', isHost: false });
    expect(bob.session().hostSecret).toBeUndefined();
    await vi.waitFor(() => expect(host.room.state.seats.get('meta').name).toBe('Bob'));

    await expect(sdk(PORT).joinById(code, { name: 'Eve', role: 'meta' })).rejects.toThrow(/SEAT_TAKEN/);
    await expect(sdk(PORT).joinById(code, { name: 'Eve', role: 'amazon' })).rejects.toThrow(/SEAT_NOT_HUMAN/);
    await expect(sdk(PORT).joinById(code, { name: 'Eve', role: 'google' })).rejects.toThrow(/SEAT_NOT_HUMAN/);
    await expect(sdk(PORT).joinById(code, { name: 'x'.repeat(30), role: 'microsoft' })).rejects.toThrow(/BAD_NAME/);
    await expect(sdk(PORT).joinById(code, { name: 'a\u0000b', role: 'microsoft' })).rejects.toThrow(/BAD_NAME/);
    await expect(sdk(PORT).joinById(code, { role: 'microsoft' })).rejects.toThrow(/BAD_NAME/);
    await expect(sdk(PORT).joinById(code, { seatToken: 'forged' })).rejects.toThrow(/BAD_TOKEN/);
    await expect(sdk(PORT).joinById(code, { hostSecret: 'forged' })).rejects.toThrow(/BAD_SECRET/);
    await expect(sdk(PORT).joinById('ZZZZZZ', {})).rejects.toThrow();

    // a spectator claims a seat afterwards, then switches
    const eve = await joinMatch(PORT, code, {});
    expect(eve.session().role).toBeNull();
    expect((await call(eve, C2S.claimSeat, { role: 'meta', name: 'Eve' })).payload.code).toBe('SEAT_TAKEN');
    expect((await call(eve, C2S.claimSeat, { role: 'microsoft', name: 'Eve' })).ok).toBe(true);
    await vi.waitFor(() => expect(eve.session().role).toBe('microsoft'));
    expect(eve.session().seatToken).toBeTruthy();
    expect((await call(eve, C2S.claimSeat, { role: 'amazon', name: 'Eve' })).payload.code).toBe('SEAT_NOT_HUMAN');
    expect((await call(eve, C2S.releaseSeat, {})).ok).toBe(true);
    await vi.waitFor(() => expect(eve.session().role).toBeNull());
    await vi.waitFor(() => expect(host.room.state.seats.get('microsoft').claimed).toBe(false));

    for (const p of [host, bob, eve]) await p.room.leave();
  });

  it('a lobby carries no figures and sends its frames uncompressed; the start brings both', async () => {
    const host = await createMatch(PORT, { name: 'A', role: 'openai', settings: { planningSeconds: 0 } });
    const code = host.session().code;
    const bob = await joinMatch(PORT, code, { name: 'B', role: 'meta' });
    const room = serverRoom(b, code);
    const deflateContexts = () => room.clients.filter((c) => (c as unknown as { ref: { _extensions: Record<string, { _deflate: unknown }> } }).ref._extensions['permessage-deflate']?._deflate).length;
    await vi.waitFor(() => expect(host.room.state.seats.get('meta').claimed).toBe(true));
    expect(host.room.state.companies.size).toBe(0);
    expect(host.room.state.privates?.size ?? 0).toBe(0);
    expect(host.room.state.settings.quarters).toBeGreaterThan(0);
    expect(deflateContexts()).toBe(0);

    expect((await call(host, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    await vi.waitFor(() => {
      expect(host.room.state.phase).toBe('planning');
      expect(host.room.state.companies.get('openai').active).toBe(true);
      expect([...host.room.state.privates.keys()]).toEqual(['openai']);
      expect([...bob.room.state.privates.keys()]).toEqual(['meta']);
    });
    expect(deflateContexts()).toBe(2);
    for (const p of [host, bob]) await p.room.leave();
  });

  it('in play, frames under 1 KB (answers, small patches) and reports (compressed by the room) go as they are, a resolution\'s patch compressed', async () => {
    const host = await createMatch(PORT, { name: 'A', role: 'openai', settings: { planningSeconds: 0 } });
    const code = host.session().code;
    const bob = await joinMatch(PORT, code, { name: 'B', role: 'meta' });
    expect((await call(host, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    await vi.waitFor(() => expect(host.room.state.phase).toBe('planning'));
    const room = serverRoom(b, code);
    const sent: { bytes: number; compressed: boolean; report: boolean }[] = [];
    for (const c of room.clients) {
      const ws = (c as unknown as { ref: { send(data: Uint8Array, options?: { compress?: boolean }, cb?: unknown): void } }).ref;
      const send = ws.send.bind(ws);
      ws.send = (data, options, cb) => {
        // A `report` message: ROOM_DATA_BYTES (17), then its type as a 6-character string.
        const report = data[0] === 17 && Buffer.from(data.subarray(2, 8)).toString() === S2C.report;
        sent.push({ bytes: data.byteLength, compressed: options?.compress !== false, report });
        send(data, options, cb);
      };
    }
    expect((await call(host, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') })).ok).toBe(true);
    expect((await call(bob, C2S.submitOrders, { orders: ordersFor(b, code, 'meta') })).ok).toBe(true);
    await vi.waitFor(() => expect(host.room.state.reportCount).toBe(1));
    const small = sent.filter((f) => f.bytes < 1024);
    const large = sent.filter((f) => f.bytes >= 1024 && !f.report);
    const reports = sent.filter((f) => f.report);
    expect(small.length).toBeGreaterThan(0);
    expect(large.length).toBeGreaterThan(0);
    expect(reports).toHaveLength(2);
    expect(reports.every((f) => f.bytes >= 1024)).toBe(true);
    expect(small.every((f) => !f.compressed)).toBe(true);
    expect(large.every((f) => f.compressed)).toBe(true);
    expect(reports.every((f) => !f.compressed)).toBe(true);
    for (const p of [host, bob]) await p.room.leave();
  });

  it('each client sees only its own seat private part; spectators none', async () => {
    const host = await createMatch(PORT, { name: 'A', role: 'openai', settings: { planningSeconds: 0 } });
    const code = host.session().code;
    const bob = await joinMatch(PORT, code, { name: 'B', role: 'meta' });
    const spectator = await joinMatch(PORT, code, {});
    expect((await call(host, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    await vi.waitFor(() => {
      expect([...host.room.state.privates.keys()]).toEqual(['openai']);
      expect([...bob.room.state.privates.keys()]).toEqual(['meta']);
      expect(spectator.room.state.privates?.size ?? 0).toBe(0);
      expect(host.room.state.spectators).toBe(1);
    });
    for (const p of [host, bob, spectator]) await p.room.leave();
  });

  it('a consented leave in the lobby frees the seat', async () => {
    const host = await createMatch(PORT, { name: 'A', role: 'openai' });
    const bob = await joinMatch(PORT, host.session().code, { name: 'B', role: 'meta' });
    await bob.room.leave();
    await vi.waitFor(() => expect(host.room.state.seats.get('meta').claimed).toBe(false));
    await host.room.leave();
  });
});

describe('host', () => {
  it('start waits for ready players unless forced; unclaimed human seats become bots', async () => {
    const host = await createMatch(PORT, { name: 'A', role: 'openai', settings: { planningSeconds: 0 } });
    const code = host.session().code;
    const bob = await joinMatch(PORT, code, { name: 'B', role: 'meta' });
    const notReady = await call(host, C2S.host, { command: 'start' });
    expect(notReady.payload.code).toBe('NOT_READY');
    expect(notReady.payload.message).toMatch(/A \(openai\).*B \(meta\)/);
    expect((await call(host, C2S.ready, { ready: true })).ok).toBe(true);
    expect((await call(bob, C2S.ready, { ready: true })).ok).toBe(true);
    expect((await call(bob, C2S.host, { command: 'start' })).payload.code).toBe('NOT_HOST');
    expect((await call(host, C2S.host, { command: 'start' })).payload).toMatchObject({ type: 'host', command: 'start' });
    await vi.waitFor(() => {
      expect(host.room.state.phase).toBe('planning');
      expect(host.room.state.seats.get('microsoft').kind).toBe('bot');
      expect(host.room.state.seats.get('meta').kind).toBe('human');
    });
    expect((await call(host, C2S.host, { command: 'start' })).payload.code).toBe('WRONG_PHASE');
    expect((await call(bob, C2S.claimSeat, { role: 'amazon', name: 'B' })).payload.code).toBe('WRONG_PHASE');
    for (const p of [host, bob]) await p.room.leave();
  });

  it('configure changes settings in the lobby and rebuilds the economy when needed', async () => {
    const host = await createMatch(PORT, { settings: { seed: 'one' } });
    const bob = await joinMatch(PORT, host.session().code, { name: 'B', role: 'meta' });
    const ok = await call(host, C2S.host, { command: 'configure', settings: { seed: 'two', quarters: 8, seats: { google: { kind: 'absent' } } } });
    expect(ok.ok).toBe(true);
    await vi.waitFor(() => {
      expect(host.room.state.settings.seed).toBe('two');
      expect(host.room.state.settings.quarters).toBe(8);
      expect(host.room.state.companies.get('google')?.active ?? false).toBe(false);
      expect(serverRoom(b, host.session().code).match.state.seed).toBe('two');
    });
    const held = await call(host, C2S.host, { command: 'configure', settings: { seats: { meta: { kind: 'bot' } } } });
    expect(held.payload.code).toBe('INVALID_SETTINGS');
    const bad = await call(host, C2S.host, { command: 'configure', settings: { quarters: 99 } });
    expect(bad.payload.code).toBe('BAD_PAYLOAD');
    expect(host.room.state.settings.quarters).toBe(8);
    for (const p of [host, bob]) await p.room.leave();
  });

  it('the host secret makes another connection host', async () => {
    const host = await createMatch(PORT, {});
    const { code, hostSecret } = host.session();
    const laptop = await joinMatch(PORT, code, { hostSecret });
    expect(laptop.session().isHost).toBe(true);
    await vi.waitFor(() => expect(host.session().isHost).toBe(false));
    const back = await call(host, C2S.claimHost, { hostSecret });
    expect(back.ok).toBe(true);
    await vi.waitFor(() => expect(laptop.session().isHost).toBe(false));
    expect((await call(laptop, C2S.claimHost, { hostSecret: 'nope' })).payload.code).toBe('BAD_SECRET');
    for (const p of [host, laptop]) await p.room.leave();
  });

  it('kick removes a player and their token stops working; seatToBot turns a seat into a bot', async () => {
    const host = await createMatch(PORT, { name: 'H', role: 'openai' });
    const code = host.session().code;
    const bob = await joinMatch(PORT, code, { name: 'B', role: 'meta' });
    const carol = await joinMatch(PORT, code, { name: 'C', role: 'google' });
    const bobToken = bob.session().seatToken;
    const left = new Promise<number>((resolve) => bob.room.onLeave((c) => resolve(c)));
    expect((await call(host, C2S.host, { command: 'kick', role: 'meta' })).ok).toBe(true);
    await left;
    expect(bob.messages.some((m) => m.type === 'kicked')).toBe(true);
    await expect(sdk(PORT).joinById(code, { seatToken: bobToken })).rejects.toThrow(/BAD_TOKEN/);
    await vi.waitFor(() => expect(host.room.state.seats.get('meta').claimed).toBe(false));
    expect((await call(host, C2S.host, { command: 'kick', role: 'meta' })).payload.code).toBe('NO_EFFECT');
    expect((await call(host, C2S.host, { command: 'kick', role: 'openai' })).payload.code).toBe('NO_EFFECT');

    const watcher = await joinMatch(PORT, code, {});
    const watcherLeft = new Promise<number>((resolve) => watcher.room.onLeave((c) => resolve(c)));
    expect((await call(host, C2S.host, { command: 'kick', role: 'google', sessionId: watcher.room.sessionId })).payload.code).toBe('BAD_PAYLOAD');
    expect((await call(host, C2S.host, { command: 'kick', sessionId: watcher.room.sessionId })).ok).toBe(true);
    await watcherLeft;
    await vi.waitFor(() => expect(host.room.state.spectators).toBe(0));

    expect((await call(host, C2S.host, { command: 'seatToBot', role: 'google', persona: 'builder' })).ok).toBe(true);
    await vi.waitFor(() => {
      expect(carol.session().role).toBeNull();
      expect(host.room.state.seats.get('google').kind).toBe('bot');
      expect(host.room.state.seats.get('google').persona).toBe('builder');
    });
    for (const p of [host, carol]) await p.room.leave();
  });
});
