import { matchMaker } from '@colyseus/core';
import { describe, expect, it, vi } from 'vitest';
import { findMatchRoom } from '../../server';
import { C2S, MAX_SEAT_REQUESTS_PER_ROOM, S2C } from '../../shared/protocol';
import { bootClassServer, classState, createClass, sdk, type ClassClient } from './helpers';
import { call, joinMatch, serverForFile, type Player } from '../server/helpers';
import { must } from '../../shared/lists';

// No student lost: a student who lost their seat token (closed tab, another device) asks for
// their seat by name and the teacher gives it back (new token, the old one refused with a clear
// error); a latecomer gets a seat a bot plays; the teacher denies a request, renames a student
// or takes their name off. Requests are validated and capped.

const PORT = 2756;
const srv = serverForFile(() => bootClassServer(PORT));

const match = (code: string) => findMatchRoom(code)!.match;

async function close(teacher: ClassClient): Promise<void> {
  await matchMaker.getLocalRoomById(classState(teacher).id).disconnect();
}

function seatAnswers(p: Player): any[] {
  return p.messages.filter((m) => m.type === S2C.seatRequest).map((m) => m.payload);
}

describe('seat requests and the teacher', () => {
  it('gives a student their seat back on a new device: new token, the old one refused with a clear error', async () => {
    void srv;
    const teacher = await createClass(PORT, { groups: 2, settings: { seed: 'seats-back', quarters: 4, planningSeconds: 600, resultsSeconds: 0 } });
    const code = classState(teacher).groups[0].code;
    const ada = await joinMatch(PORT, code, { name: 'Ada', role: 'openai' });
    const oldToken = ada.session().seatToken!;
    expect((await teacher.command({ command: 'start', force: true })).ok).toBe(true);

    // Ada's phone: she joins the group by its code and asks for her seat by name.
    const phone = await joinMatch(PORT, code, {});
    const asked = await call(phone, C2S.requestSeat, { name: 'ada', role: 'openai' });
    expect(asked).toMatchObject({ ok: true, payload: { type: 'requestSeat', requestId: expect.stringMatching(/^r\d+$/) } });
    const requestId = asked.payload.requestId;
    await vi.waitFor(() => expect(classState(teacher).groups[0].requests).toEqual([{ id: requestId, name: 'ada', role: 'openai', at: expect.any(Number) }]));

    // The teacher approves from the console: the phone holds the seat with a new token; the old tab is closed.
    const answer = await teacher.command({ command: 'answerSeatRequest', requestId, approve: true }, 0);
    expect(answer).toMatchObject({ ok: true, results: [{ group: 0, ok: true }] });
    await vi.waitFor(() => expect(phone.session()).toMatchObject({ role: 'openai', seatToken: expect.any(String) }));
    expect(phone.session().seatToken).not.toBe(oldToken);
    // The answer and the new session are separate messages: either may arrive first.
    await vi.waitFor(() => expect(seatAnswers(phone)).toEqual([{ requestId, status: 'approved', role: 'openai', message: expect.any(String) }]));
    await vi.waitFor(() => expect(ada.messages.some((m) => m.type === S2C.kicked && /gave your seat/.test(m.payload.reason))).toBe(true));
    expect(match(code).seats.get('openai')).toMatchObject({ name: 'ada', connected: true });
    await vi.waitFor(() => expect(classState(teacher).groups[0].requests).toEqual([]));

    // The old token is refused, saying why; the new one works.
    await expect(sdk(PORT).joinById(code, { seatToken: oldToken })).rejects.toThrow(/BAD_TOKEN: seatToken: this seat token no longer works: the teacher gave seat openai to ada/);
    const newToken = phone.session().seatToken!;
    await phone.room.leave();
    const again = await joinMatch(PORT, code, { seatToken: newToken });
    expect(again.session().role).toBe('openai');
    await again.room.leave();
    await close(teacher);
  });

  it('admits a latecomer into a seat a bot plays, denies another, and renames or anonymises a student', async () => {
    const teacher = await createClass(PORT, { groups: 1, settings: { seed: 'seats-late', quarters: 4, planningSeconds: 600, resultsSeconds: 0 } });
    const code = classState(teacher).groups[0].code;
    const ada = await joinMatch(PORT, code, { name: 'Ada', role: 'openai' });
    await teacher.command({ command: 'start', force: true });
    expect(match(code).seats.get('meta').kind).toBe('bot');

    const bob = await joinMatch(PORT, code, {});
    const eve = await joinMatch(PORT, code, {});
    const bobAsks = await call(bob, C2S.requestSeat, { name: 'Bob' });
    const eveAsks = await call(eve, C2S.requestSeat, { name: 'Eve', role: 'google' });
    expect([bobAsks.ok, eveAsks.ok]).toEqual([true, true]);
    // Bob asked for no seat: the teacher must say which.
    const noSeat = await teacher.command({ command: 'answerSeatRequest', requestId: bobAsks.payload.requestId, approve: true }, 0);
    expect(noSeat).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD', message: expect.stringContaining('role') } });
    expect((await teacher.command({ command: 'answerSeatRequest', requestId: bobAsks.payload.requestId, approve: true, role: 'meta' }, 0)).ok).toBe(true);
    await vi.waitFor(() => expect(bob.session().role).toBe('meta'));
    expect(match(code).seats.get('meta')).toMatchObject({ kind: 'human', name: 'Bob', connected: true, autopilot: false });
    expect(match(code).activeHumanSeats().map((s) => s.role)).toEqual(['openai', 'meta']);

    expect((await teacher.command({ command: 'answerSeatRequest', requestId: eveAsks.payload.requestId, approve: false }, 0)).ok).toBe(true);
    await vi.waitFor(() => expect(seatAnswers(eve)).toEqual([expect.objectContaining({ status: 'denied' })]));
    expect(eve.session().role).toBeNull();
    const gone = await teacher.command({ command: 'answerSeatRequest', requestId: eveAsks.payload.requestId, approve: true }, 0);
    expect(gone).toMatchObject({ ok: false, error: { code: 'NO_EFFECT', message: expect.stringContaining(eveAsks.payload.requestId) } });

    // Rename, then take the name off.
    expect((await teacher.command({ command: 'renameSeat', role: 'meta', name: 'Robert' }, 0)).ok).toBe(true);
    expect(match(code).seats.get('meta').name).toBe('Robert');
    const twin = await teacher.command({ command: 'renameSeat', role: 'meta', name: 'ADA' }, 0);
    expect(twin).toMatchObject({ ok: false, error: { code: 'BAD_NAME' } });
    expect((await teacher.command({ command: 'renameSeat', role: 'meta' }, 0)).ok).toBe(true);
    expect(match(code).seats.get('meta').name).toBe('Group 1 · Seat 2');
    for (const p of [ada, bob, eve]) await p.room.leave();
    await close(teacher);
  });

  it('refuses bad seat requests with errors naming the problem, and caps them', async () => {
    const teacher = await createClass(PORT, { groups: 1, settings: { seed: 'seats-bad', quarters: 4, planningSeconds: 600, seats: { google: { kind: 'absent' } } } });
    const code = classState(teacher).groups[0].code;
    const ada = await joinMatch(PORT, code, { name: 'Ada', role: 'openai' });
    const early = await joinMatch(PORT, code, {});
    expect(await call(early, C2S.requestSeat, { name: 'Zed' })).toMatchObject({ ok: false, payload: { code: 'WRONG_PHASE' } });
    await teacher.command({ command: 'start', force: true });
    expect(await call(ada, C2S.requestSeat, { name: 'Ada' })).toMatchObject({ ok: false, payload: { code: 'NO_EFFECT', message: expect.stringContaining('openai') } });
    expect(await call(early, C2S.requestSeat, { name: 'A\u202eda' })).toMatchObject({ ok: false, payload: { code: 'BAD_NAME' } });
    expect(await call(early, C2S.requestSeat, { name: 'Аda', role: 'meta' })).toMatchObject({ ok: false, payload: { code: 'BAD_NAME', message: expect.stringContaining('already plays') } });
    expect(await call(early, C2S.requestSeat, { name: 'Zed', role: 'google' })).toMatchObject({ ok: false, payload: { code: 'SEAT_NOT_HUMAN' } });
    expect(await call(early, C2S.requestSeat, { name: 'Zed', seat: 'meta' })).toMatchObject({ ok: false, payload: { code: 'BAD_PAYLOAD', message: expect.stringContaining("'seat'") } });
    // A second request from the same client replaces the first.
    expect((await call(early, C2S.requestSeat, { name: 'Zed' })).ok).toBe(true);
    expect((await call(early, C2S.requestSeat, { name: 'Zed', role: 'meta' })).ok).toBe(true);
    expect(match(code).seatRequests.all()).toHaveLength(1);
    const others: Player[] = [];
    for (let i = 1; i < MAX_SEAT_REQUESTS_PER_ROOM; i++) {
      const p = await joinMatch(PORT, code, {});
      expect((await call(p, C2S.requestSeat, { name: `Late ${i}` })).ok).toBe(true);
      others.push(p);
    }
    const one = await joinMatch(PORT, code, {});
    expect(await call(one, C2S.requestSeat, { name: 'One more' })).toMatchObject({ ok: false, payload: { code: 'RATE_LIMITED', message: expect.stringContaining(`${MAX_SEAT_REQUESTS_PER_ROOM} seat requests`) } });
    // A client that leaves takes its request with it.
    await must(others[0], 'the first late client').room.leave();
    await vi.waitFor(() => expect(match(code).seatRequests.all()).toHaveLength(MAX_SEAT_REQUESTS_PER_ROOM - 1));
    expect((await call(one, C2S.requestSeat, { name: 'One more' })).ok).toBe(true);
    for (const p of [ada, early, one, ...others.slice(1)]) await p.room.leave();
    await close(teacher);
  });
});
