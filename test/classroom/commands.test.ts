import { matchMaker } from '@colyseus/core';
import { describe, expect, it, vi } from 'vitest';
import { findMatchRoom } from '../../server';
import { liveClass } from '../../server/classroom/registry';
import type { Room } from '@colyseus/sdk';
import { defaultOrders } from '../../shared/engine';
import { C2S } from '../../shared/protocol';
import { ROLES, type Role } from '../../shared/roles';
import { bootClassServer, classState, groupCodes, createClass, getJson, sdk } from './helpers';
import { serverForFile } from '../server/helpers';

// Class commands aimed at one group, the all-or-nothing event injection, class-wide settings in
// the lobby, a random seed shared by all groups, and closing a class.

const PORT = 2751;
const srv = serverForFile(() => bootClassServer(PORT));

const match = (code: string) => findMatchRoom(code)!.match;

describe('class commands', () => {
  it('a seed left out is drawn once and shared by every group', async () => {
    const teacher = await createClass(PORT, { groups: 4 });
    const st = classState(teacher);
    expect(st.seed).toMatch(/^[0-9a-f]{12}$/);
    expect(new Set(st.groups.map((g: any) => match(g.code).settings.seed))).toEqual(new Set([st.seed]));
    await matchMaker.getLocalRoomById(st.id).disconnect();
  });

  it('a command for one group changes only that group', async () => {
    const teacher = await createClass(PORT, { groups: 3, settings: { seed: 'one-group', quarters: 4, planningSeconds: 300, seats: { google: { kind: 'absent' } } } });
    const codes = groupCodes(teacher, 3);
    // One student per group (a group with nobody to wait for would resolve at once).
    const students: Room[] = [];
    for (const code of codes) {
      const room = await sdk(PORT).joinById(code, { name: `Ada-${code}`, role: 'openai' });
      room.onMessage('*', () => undefined);
      students.push(room);
    }
    const start = await teacher.command({ command: 'start', force: true }, 1);
    expect(start).toMatchObject({ ok: true, results: [{ group: 1, code: codes[1], ok: true }] });
    expect(codes.map((c) => match(c).phase)).toEqual(['lobby', 'planning', 'lobby']);
    // Starting all now: the started group says so, the others start; the class command is ok.
    const all = await teacher.command({ command: 'start', force: true });
    expect(all.ok).toBe(true);
    expect(all.results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'WRONG_PHASE', 'ok']);
    expect((await teacher.command({ command: 'pause' }, 2)).ok).toBe(true);
    expect(codes.map((c) => match(c).paused)).toEqual([false, false, true]);
    expect((await teacher.command({ command: 'resolveNow' }, 0)).ok).toBe(true);
    expect(codes.map((c) => match(c).phase)).toEqual(['results', 'planning', 'planning']);
    expect((await teacher.command({ command: 'seatToBot', role: 'meta', persona: 'builder' }, 0)).ok).toBe(true);
    expect(match(codes[0]).seats.get('meta')).toMatchObject({ kind: 'bot', persona: 'builder' });
    expect(match(codes[1]).seats.get('meta').kind).toBe('bot'); // unclaimed human seats became bots at the start
    expect(match(codes[1]).seats.get('meta').persona).toBe('classic');
    await vi.waitFor(() => expect(classState(teacher).groups.map((g: any) => g.seats.find((s: any) => s.role === 'google').kind)).toEqual(['absent', 'absent', 'absent']));
    for (const room of students) await room.leave();
    await matchMaker.getLocalRoomById(classState(teacher).id).disconnect();
  });

  it('an event goes into every group or into none', async () => {
    const teacher = await createClass(PORT, { groups: 2, settings: { seed: 'events', quarters: 4, planningSeconds: 0 } });
    const codes = groupCodes(teacher, 2);
    await teacher.command({ command: 'start', force: true });
    // OpenAI has no live cloud: a cloud outage cannot target it, in any group.
    const outage = await teacher.command({ command: 'injectEvent', eventId: 'cloudOutage', target: 'openai' });
    expect(outage).toMatchObject({ ok: false, error: { code: 'UNKNOWN_EVENT' } });
    expect(codes.map((c) => match(c).hostEvents)).toEqual([[], []]);
    // Group 2 has ended: the class-wide injection is refused everywhere, naming group 2.
    await teacher.command({ command: 'end' }, 1);
    const bubble = await teacher.command({ command: 'injectEvent', eventId: 'bubbleCall' });
    expect(bubble.ok).toBe(false);
    expect(bubble.results).toEqual([
      { group: 0, code: codes[0], ok: false, error: expect.objectContaining({ code: 'NO_EFFECT', message: expect.stringContaining('group 2') }) },
      { group: 1, code: codes[1], ok: false, error: expect.objectContaining({ code: 'MATCH_OVER' }) },
    ]);
    expect(match(codes[0]).hostEvents).toEqual([]);
    // Aimed at the group still playing, it goes in; a targeted one too.
    expect((await teacher.command({ command: 'injectEvent', eventId: 'rumor', target: 'meta' }, 0)).ok).toBe(true);
    expect(match(codes[0]).hostEvents).toEqual([{ id: 'rumor', target: 'meta' }]);
    await matchMaker.getLocalRoomById(classState(teacher).id).disconnect();
  });

  it('settings change for every group at once, only in the lobby, keeping one seed', async () => {
    const teacher = await createClass(PORT, { groups: 2, settings: { seed: 'before' } });
    const codes = groupCodes(teacher, 2);
    const r = await teacher.command({ command: 'configure', settings: { seed: 'after', quarters: 6, planningSeconds: 90, seats: { amazon: { kind: 'bot', persona: 'frugal' } } } });
    expect(r.ok).toBe(true);
    for (const c of codes) expect(match(c).settings).toMatchObject({ seed: 'after', quarters: 6, planningSeconds: 90, seats: expect.objectContaining({ amazon: { kind: 'bot', persona: 'frugal' } }) });
    await vi.waitFor(() => expect(classState(teacher)).toMatchObject({ seed: 'after', quarters: 6, planningSeconds: 90 }));
    expect(match(codes[0]).state.seed).toBe('after');
    const bad = await teacher.command({ command: 'configure', settings: { quarters: 99 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD', message: expect.stringContaining('settings.quarters') } });
    await teacher.command({ command: 'start', force: true }, 0);
    const late = await teacher.command({ command: 'configure', settings: { quarters: 8 } });
    expect(late).toMatchObject({ ok: false, error: { code: 'WRONG_PHASE', message: expect.stringContaining('group 1') } });
    for (const c of codes) expect(match(c).settings.quarters).toBe(6);
    await matchMaker.getLocalRoomById(classState(teacher).id).disconnect();
  });

  it('30 students in 6 groups of 5 play two quarters, paced from the console', async () => {
    const teacher = await createClass(PORT, { title: 'Thirty', groups: 6, settings: { seed: 'thirty', quarters: 4, planningSeconds: 600, resultsSeconds: 0 } });
    const codes = groupCodes(teacher, 6);
    const students: { room: Room; code: string; role: Role }[] = [];
    for (const code of codes) {
      for (const role of ROLES) {
        const room = await sdk(PORT).joinById(code, { name: `${code}-${role}`, role });
        room.onMessage('*', () => undefined);
        students.push({ room, code, role });
      }
    }
    await vi.waitFor(() => expect(classState(teacher).groups.every((g: any) => g.seats.every((s: any) => s.claimed && s.connected))).toBe(true));
    expect((await teacher.command({ command: 'start', force: true })).results.every((r) => r.ok)).toBe(true);
    for (let q = 0; q < 2; q++) {
      await Promise.all(
        students.map(async (s) => {
          const orders = structuredClone(defaultOrders(match(s.code).state, s.role));
          const r = await s.room.request(C2S.submitOrders as never, { orders } as never, { timeout: 15_000 });
          expect(r).toMatchObject({ ok: true });
        }),
      );
      await vi.waitFor(() => expect(classState(teacher).groups.map((g: any) => `${g.phase}:${g.quarter}`)).toEqual(codes.map(() => `results:${q + 1}`)), { timeout: 15_000 });
      for (const code of codes) expect(match(code).log.quarters[q]?.trigger).toBe('allSubmitted');
      if (q === 0) expect((await teacher.command({ command: 'next' })).results.every((r) => r.ok)).toBe(true);
    }
    const data = await getJson(`${srv.url}/api/classes/${classState(teacher).id}`, teacher.session().hostSecret);
    expect(data.body.groups.flatMap((g: any) => g.seats.filter((x: any) => x.kind === 'human' && x.name))).toHaveLength(30);
    for (const s of students) await s.room.leave();
    await matchMaker.getLocalRoomById(classState(teacher).id).disconnect();
  });

  it('closing a class closes its groups; its debrief stays available, without the groups that never started', async () => {
    const teacher = await createClass(PORT, { groups: 2 });
    const { id, groups } = classState(teacher);
    const secret = teacher.session().hostSecret!;
    expect((await getJson(`${srv.url}/api/classes/${id}`, secret)).status).toBe(200);
    await matchMaker.getLocalRoomById(id).disconnect();
    await vi.waitFor(() => expect(liveClass(id)).toBeNull());
    for (const g of groups) expect(findMatchRoom(g.code)).toBeNull();
    // Stored (this server keeps records): it reopens, with groups that never started left out.
    const stored = await getJson(`${srv.url}/api/classes/${id}`, secret);
    expect(stored.status).toBe(200);
    expect(stored.body.groups).toEqual([]);
  });
});
