import { matchMaker } from '@colyseus/core';
import { describe, expect, it, vi } from 'vitest';
import { findMatchRoom } from '../../server';
import { liveClass } from '../../server/classroom/registry';
import { CLASS_C2S, CLASS_ROOM_NAME, MAX_SCHEDULED_EVENTS } from '../../shared/classroom/protocol';
import { C2S } from '../../shared/protocol';
import { verifyRecord } from '../../shared/replay';
import { bootClassServer, classState, groupCodes, createClass, sdk, type ClassClient } from './helpers';
import { call, joinMatch, serverForFile } from '../server/helpers';

// A class's setup options: anonymous names, random events off, events scheduled for a quarter (at
// setup or later); and the teacher's archive on the server (listed with the teacher key) with the
// side-by-side comparison of two classes.

const PORT = 2757;
const srv = serverForFile(() => bootClassServer(PORT));

const match = (code: string) => findMatchRoom(code)!.match;

async function schedule(teacher: ClassClient, payload: unknown): Promise<any> {
  return teacher.room.request(CLASS_C2S.schedule as never, payload as never, { timeout: 10_000 });
}

async function close(teacher: ClassClient): Promise<void> {
  await matchMaker.getLocalRoomById(classState(teacher).id).disconnect();
}

async function archive(path: string, key?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${srv.url}${path}`, { headers: key ? { 'x-teacher-key': key } : {} });
  return { status: res.status, body: await res.json() };
}

describe('class setup options', () => {
  it('anonymous names, random events off and a scheduled event reach every group', async () => {
    const teacher = await createClass(PORT, {
      groups: 2,
      anonymousNames: true,
      schedule: [{ quarter: 1, eventId: 'bubbleCall' }],
      settings: { seed: 'options-1', quarters: 4, planningSeconds: 600, resultsSeconds: 0, randomEvents: false },
    });
    const codes = groupCodes(teacher, 2);
    await vi.waitFor(() => expect(classState(teacher)).toMatchObject({ anonymousNames: true, randomEvents: false, schedule: [{ id: 's1', quarter: 1, eventId: 'bubbleCall', target: '', queuedGroups: 0 }] }));
    // The typed name is not kept: the seat shows its label.
    const ada = await joinMatch(PORT, codes[1], { name: 'Ada Lovelace', role: 'meta' });
    expect(match(codes[1]).seats.get('meta').name).toBe('Group 2 · Seat 2');
    expect(JSON.stringify((ada.room.state).toJSON())).not.toContain('Lovelace');
    // Random events off: no event can start by chance in any group.
    for (const c of codes) expect(match(c).state.scenario.events.every((e) => e.probability === 0)).toBe(true);

    await teacher.command({ command: 'start', force: true });
    expect(codes.map((c) => match(c).hostEvents)).toEqual([[], []]);
    // The class opens quarter 2: the scheduled event is queued in both groups, before anyone resolves it
    // (group 1 has no student: its quarter resolved at once, with the event).
    await teacher.command({ command: 'next' });
    expect(match(codes[1]).hostEvents).toEqual([{ id: 'bubbleCall' }]);
    expect(match(codes[0]).reports[1]!.events).toContainEqual(expect.objectContaining({ id: 'bubbleCall', injected: true, started: true }));
    await vi.waitFor(() => expect(classState(teacher).schedule[0].queuedGroups).toBe(2));

    // Added later for the quarter being planned: queued at once; for a later quarter: waits, and can be taken back.
    const now = await schedule(teacher, { action: 'add', quarter: 1, eventId: 'rumor', target: 'meta' });
    expect(now).toMatchObject({ ok: true, id: 's2' });
    expect(match(codes[1]).hostEvents).toEqual([{ id: 'bubbleCall' }, { id: 'rumor', target: 'meta' }]);
    const later = await schedule(teacher, { action: 'add', quarter: 3, eventId: 'rateCut' });
    expect(later.ok).toBe(true);
    expect(await schedule(teacher, { action: 'remove', id: later.id })).toEqual({ ok: true });
    expect(await schedule(teacher, { action: 'remove', id: 's1' })).toMatchObject({ ok: false, error: { code: 'NO_EFFECT', message: expect.stringContaining('already queued') } });

    // Refusals name the problem.
    expect(await schedule(teacher, { action: 'add', quarter: 0, eventId: 'rateCut' })).toMatchObject({ ok: false, error: { code: 'WRONG_QUARTER', message: expect.stringContaining('has been played') } });
    expect(await schedule(teacher, { action: 'add', quarter: 9, eventId: 'rateCut' })).toMatchObject({ ok: false, error: { code: 'WRONG_QUARTER' } });
    expect(await schedule(teacher, { action: 'add', quarter: 2, eventId: 'noSuchEvent' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_EVENT' } });
    expect(await schedule(teacher, { action: 'add', quarter: 2, eventId: 'rumor' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_EVENT', message: expect.stringContaining('target') } });
    expect(await schedule(teacher, { action: 'add', quarter: 2, eventId: 'rateCut', extra: 1 })).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD', message: expect.stringContaining("'extra'") } });
    for (let i = liveClass(classState(teacher).id)!.schedule.entries.length; i < MAX_SCHEDULED_EVENTS; i++) expect((await schedule(teacher, { action: 'add', quarter: 3, eventId: 'rateCut' })).ok).toBe(true);
    expect(await schedule(teacher, { action: 'add', quarter: 3, eventId: 'rateCut' })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });

    // The scheduled event is in quarter 2's report, marked injected, in both groups.
    await teacher.command({ command: 'next' });
    for (const c of codes) expect(match(c).reports[1]!.events).toContainEqual(expect.objectContaining({ id: 'bubbleCall', injected: true, started: true }));
    // The records replay bit for bit: the scenario without random events is embedded in them.
    const secret = teacher.session().hostSecret!;
    const records = await fetch(`${srv.url}/api/classes/${classState(teacher).id}/records`, { headers: { 'x-class-secret': secret } }).then((r) => r.json());
    for (const r of records.records) {
      expect(r.scenario.events.every((e: any) => e.probability === 0)).toBe(true);
      expect(verifyRecord(r).ok).toBe(true);
    }
    // A player cannot rename seats: host commands are the host's.
    expect(await call(ada, C2S.host, { command: 'renameSeat', role: 'meta', name: 'X' })).toMatchObject({ ok: false, payload: { code: 'NOT_HOST' } });
    await ada.room.leave();
    await close(teacher);
  });

  it('refuses a class whose schedule does not fit, naming the entry', async () => {
    await expect(sdk(PORT).create(CLASS_ROOM_NAME, { groups: 1, schedule: [{ quarter: 1, eventId: 'rateCut' }, { quarter: 2, eventId: 'nope' }] })).rejects.toThrow(/UNKNOWN_EVENT: schedule\.1: /);
    await expect(sdk(PORT).create(CLASS_ROOM_NAME, { groups: 1, settings: { quarters: 4 }, schedule: [{ quarter: 5, eventId: 'rateCut' }] })).rejects.toThrow(/schedule\.0: quarter: the class plays 4 quarters/);
    await expect(sdk(PORT).create(CLASS_ROOM_NAME, { groups: 1, teacherKey: 'short' })).rejects.toThrow(/BAD_PAYLOAD: teacherKey/);
  });
});

describe("the teacher's archive", () => {
  it('lists the classes of one teacher key, opens them with it, and compares two', async () => {
    const first = await createClass(PORT, { title: 'Period 1', groups: 2, settings: { seed: 'archive', quarters: 4, planningSeconds: 600 } });
    // The teacher key is the class's host secret; the next class created with it shares it.
    const key = first.session().hostSecret!;
    expect(key).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    const second = await createClass(PORT, { title: 'Period 2', groups: 1, teacherKey: key, settings: { seed: 'archive', quarters: 4, planningSeconds: 600 } });
    expect(second.session().hostSecret).toBe(key);
    const other = await createClass(PORT, { title: 'Someone else', groups: 1 });
    const ids = [first, second, other].map((c) => classState(c).id);
    await first.command({ command: 'start', force: true });
    await second.command({ command: 'start', force: true });
    await first.command({ command: 'next' });

    const list = await archive('/api/teacher/classes', key);
    expect(list.status).toBe(200);
    expect(list.body.classes.map((c: any) => c.id).sort()).toEqual([ids[0], ids[1]].sort());
    expect(list.body.classes[0]).toMatchObject({ title: expect.stringMatching(/^Period/), seed: 'archive', quarters: 4, groups: expect.any(Number), createdAt: expect.any(Number) });
    expect((await archive('/api/teacher/classes', other.session().hostSecret)).body.classes.map((c: any) => c.id)).toEqual([ids[2]]);
    expect((await archive('/api/teacher/classes', 'x'.repeat(30))).body.classes).toEqual([]);
    expect((await archive('/api/teacher/classes')).status).toBe(401);
    expect((await archive('/api/teacher/classes', 'bad key')).status).toBe(401);

    // The teacher key opens a class's debrief data like its host secret.
    const data = await fetch(`${srv.url}/api/classes/${ids[1]}`, { headers: { 'x-teacher-key': key } });
    expect(data.status).toBe(200);
    expect((await fetch(`${srv.url}/api/classes/${ids[2]}`, { headers: { 'x-teacher-key': key } })).status).toBe(403);

    // Two periods side by side: each class's groups, where they stand.
    const compared = await archive(`/api/teacher/compare?a=${ids[0]}&b=${ids[1]}`, key);
    expect(compared.status).toBe(200);
    expect(compared.body.classes.map((c: any) => [c.title, c.groups.length])).toEqual([['Period 1', 2], ['Period 2', 1]]);
    const g = compared.body.classes[0].groups[0];
    // Nobody joined: every group's quarters resolved at once, two of them after one Next quarter.
    expect(g).toMatchObject({ group: 0, quartersPlayed: 2, mood: expect.any(Number), leader: expect.any(String) });
    expect(g.moodPath).toHaveLength(2);
    expect(g.companies).toHaveLength(5);
    expect(g.companies[0]).toMatchObject({ role: 'openai', kind: 'bot', tsr: expect.any(Number) });
    expect((await archive(`/api/teacher/compare?a=${ids[0]}&b=${ids[2]}`, key)).status).toBe(403);
    expect((await archive(`/api/teacher/compare?a=${ids[0]}`, key)).status).toBe(400);
    expect((await fetch(`${srv.url}/api/teacher/classes`, { method: 'DELETE', headers: { 'x-teacher-key': key } })).status).toBe(405);
    for (const c of [first, second, other]) await close(c);
    // Closed classes stay in the archive (stored).
    expect((await archive('/api/teacher/classes', key)).body.classes).toHaveLength(2);
  });
});
