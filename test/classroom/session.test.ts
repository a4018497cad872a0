import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import type { Room } from '@colyseus/sdk';
import { findMatchRoom } from '../../server';
import { liveClass } from '../../server/classroom/registry';
import { classCsvRowCount, classCsvTable, CSV_HEADER } from '../../shared/classroom/csv';
import type { ClassData } from '../../shared/classroom/data';
import { CLASS_C2S, CLASS_ROOM_NAME } from '../../shared/classroom/protocol';
import { defaultOrders, matchNews } from '../../shared/engine';
import type { QuarterReport } from '../../shared/engine/types';
import { C2S } from '../../shared/protocol';
import { verifyRecord, type MatchRecord } from '../../shared/replay';
import { afterRestart, bootClassServer, classState, createClass, getJson, joinClass, sdk, type ClassClient } from './helpers';
import { serverForFile } from '../server/helpers';
import { must } from '../../shared/lists';
import { MatchMirror } from '../../client/state/mirror';

// A class of 3 groups × 2 students (OpenAI and Meta) with three bots each, on one seed, run by the
// teacher's console through 3 quarters with class-wide commands: start, pause, an injected event,
// resume, extend, resolve now, next and end; then the debrief data, the CSV and the records.

const PORT = 2750;
const srv = serverForFile(() => bootClassServer(PORT));

interface Student {
  name: string;
  role: 'openai' | 'meta';
  group: number;
  code: string;
  room: Room;
  /** What the game client makes of the room (it reads the report frames from the join on). */
  mirror: MatchMirror;
}

async function request(room: Room, type: string, payload: unknown): Promise<any> {
  return room.request(type as never, payload as never, { timeout: 10_000 });
}

function serverMatch(code: string) {
  const room = findMatchRoom(code);
  if (!room) throw new Error(`no room ${code}`);
  return room.match;
}

async function submitAll(students: Student[]): Promise<void> {
  for (const s of students) {
    const orders = structuredClone(defaultOrders(serverMatch(s.code).state, s.role));
    const r = await request(s.room, C2S.submitOrders, { orders });
    expect(r, `${s.name} submits`).toMatchObject({ ok: true });
  }
}

function lastReport(s: Student): QuarterReport {
  return must(s.mirror.snapshot(s.role).reports.at(-1), `${s.name}'s last report`);
}

describe('a class of 3 groups × 2 students', () => {
  let teacher: ClassClient;
  const students: Student[] = [];
  let classId = '';
  let codes: string[] = [];

  it('opens 3 groups on one seed with the same settings', async () => {
    teacher = await createClass(PORT, {
      title: 'Econ 101',
      groups: 3,
      settings: {
        seed: 'class-seed-7',
        quarters: 4,
        planningSeconds: 600,
        resultsSeconds: 0,
        seats: { microsoft: { kind: 'bot' }, amazon: { kind: 'bot', persona: 'frugal' }, google: { kind: 'bot', persona: 'cloud-first' } },
      },
    });
    const session = teacher.session();
    expect(session).toMatchObject({ isHost: true, title: 'Econ 101' });
    expect(session.hostSecret).toMatch(/.{20,}/);
    expect(session.viewKey).toMatch(/.{20,}/);
    classId = session.classId;
    const st = classState(teacher);
    expect(st).toMatchObject({ id: classId, seed: 'class-seed-7', quarters: 4, planningSeconds: 600, hostConnected: true });
    codes = st.groups.map((g: any) => g.code);
    expect(new Set(codes).size).toBe(3);
    for (const code of codes) {
      const m = serverMatch(code);
      expect(m.settings).toMatchObject({ seed: 'class-seed-7', quarters: 4, planningSeconds: 600, resultsSeconds: 0 });
      expect(m.settings.seats.amazon).toEqual({ kind: 'bot', persona: 'frugal' });
      expect(m.phase).toBe('lobby');
    }
  });

  it('students join their group with its code and a display name; the console shows them', async () => {
    for (const [g, code] of codes.entries()) {
      for (const role of ['openai', 'meta'] as const) {
        const name = `S${g + 1}-${role}`;
        const room = await sdk(PORT).joinById(code, { name, role });
        room.onMessage('*', () => undefined);
        students.push({ name, role, group: g, code, room, mirror: new MatchMirror(room) });
      }
    }
    await vi.waitFor(() => {
      const st = classState(teacher);
      for (const g of st.groups) {
        const seats = Object.fromEntries(g.seats.map((s: any) => [s.role, s]));
        expect(seats.openai).toMatchObject({ claimed: true, connected: true, name: `S${g.index + 1}-openai`, kind: 'human' });
        expect(seats.meta).toMatchObject({ claimed: true, connected: true, name: `S${g.index + 1}-meta` });
        expect(seats.amazon).toMatchObject({ claimed: false, kind: 'bot', persona: 'frugal' });
        expect(g.clients).toBe(2);
      }
    });
  });

  it('a student sees only their own group and their own seat', () => {
    const s = must(students[0], 'the first student');
    const other = students.find((x) => x.group === 1)!;
    const state = (s.room.state).toJSON();
    expect(state.code).toBe(codes[0]);
    // In the lobby no seat's private part is in the state yet (it comes with the start: below).
    expect(Object.keys(state.privates ?? {})).toEqual([]);
    const names = Object.values(state.seats).map((x: any) => x.name);
    expect(names).toContain('S1-meta');
    expect(names).not.toContain(other.name);
    // Nothing in the student's state mentions another group's code or the class.
    const text = JSON.stringify(state);
    for (const code of codes.slice(1)) expect(text).not.toContain(code);
    expect(text).not.toContain(classId);
  });

  it('a student cannot command: not in their room, not in the class room', async () => {
    const s = must(students[1], 'the second student');
    const r = await request(s.room, C2S.host, { command: 'start', force: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_HOST' } });
    await expect(sdk(PORT).joinById(classId, { name: 'Mallory' })).rejects.toThrow(/BAD_TOKEN/);
    await expect(sdk(PORT).joinById(classId, { hostSecret: 'guess-guess-guess' })).rejects.toThrow(/BAD_SECRET/);
    await expect(sdk(PORT).joinById(classId, { viewKey: 'guess-guess-guess' })).rejects.toThrow(/BAD_SECRET/);
    // A projector (view key) sees the class but cannot command it.
    const projector = await joinClass(PORT, classId, { viewKey: teacher.session().viewKey! });
    expect(projector.session()).toEqual({ classId, title: 'Econ 101', isHost: false });
    expect(await projector.command({ command: 'pause' })).toMatchObject({ ok: false, error: { code: 'NOT_HOST' } });
    expect(await projector.projector('group', 1)).toMatchObject({ ok: false, error: { code: 'NOT_HOST' } });
    await vi.waitFor(() => expect(classState(teacher).projectors).toBe(1));
    await projector.room.leave();
    for (const code of codes) expect(serverMatch(code).phase).toBe('lobby');
  });

  it('bad class commands are refused whole and change nothing', async () => {
    expect(await teacher.command({ command: 'start' }, 3)).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
    const bad = await teacher.room.request(CLASS_C2S.command, { command: { command: 'explode' } }, { timeout: 10_000 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
    expect(await teacher.command({ command: 'configure', settings: { seed: 'other' } }, 0)).toMatchObject({ ok: false, error: { code: 'INVALID_SETTINGS' } });
    expect(await teacher.command({ command: 'injectEvent', eventId: 'noSuchEvent' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_EVENT' } });
    for (const code of codes) {
      expect(serverMatch(code).settings.seed).toBe('class-seed-7');
      expect(serverMatch(code).hostEvents).toEqual([]);
    }
  });

  it('runs 3 quarters with class-wide commands: start, pause, inject, resume, extend, resolve now, next, end', async () => {
    // Start every group (students need not be ready).
    const start = await teacher.command({ command: 'start', force: true });
    expect(start.ok).toBe(true);
    expect(start.results.map((r) => r.ok)).toEqual([true, true, true]);
    await vi.waitFor(() => expect(classState(teacher).groups.map((g: any) => g.phase)).toEqual(['planning', 'planning', 'planning']));
    // Each student now sees their own seat's private part and no other.
    await vi.waitFor(() => expect(Object.keys((students[0]!.room.state).toJSON().privates)).toEqual(['openai']));

    // Quarter 1: everyone submits; each group resolves on its own.
    await submitAll(students);
    await vi.waitFor(() => expect(classState(teacher).groups.map((g: any) => g.phase)).toEqual(['results', 'results', 'results']));
    expect((await teacher.command({ command: 'next' })).results.every((r) => r.ok)).toBe(true);
    await vi.waitFor(() => expect(classState(teacher).groups.map((g: any) => [g.phase, g.quarter])).toEqual([['planning', 1], ['planning', 1], ['planning', 1]]));

    // Quarter 2: pause every group; submissions wait; an event goes into every group; resume.
    expect((await teacher.command({ command: 'pause' })).results.every((r) => r.ok)).toBe(true);
    await vi.waitFor(() => expect(classState(teacher).groups.every((g: any) => g.paused && g.timerDeadline === 0 && g.timerRemainingMs > 0)).toBe(true));
    const again = await teacher.command({ command: 'pause' }, 2);
    expect(again).toMatchObject({ ok: false, error: { code: 'NO_EFFECT' } });
    await submitAll(students);
    await vi.waitFor(() => {
      const st = classState(teacher);
      for (const g of st.groups) for (const s of g.seats.filter((x: any) => x.kind === 'human')) expect(s.submitted).toBe(true);
    });
    for (const code of codes) expect(serverMatch(code).phase).toBe('planning');
    const before = classState(teacher).groups.map((g: any) => g.timerRemainingMs);
    expect((await teacher.command({ command: 'extendTimer', seconds: 60 })).results.every((r) => r.ok)).toBe(true);
    await vi.waitFor(() => classState(teacher).groups.forEach((g: any, i: number) => expect(g.timerRemainingMs).toBe(before[i] + 60_000)));
    const inject = await teacher.command({ command: 'injectEvent', eventId: 'bubbleCall' });
    expect(inject.results.map((r) => r.ok)).toEqual([true, true, true]);
    await vi.waitFor(() => expect(classState(teacher).groups.map((g: any) => g.queuedEvents)).toEqual([1, 1, 1]));
    expect((await teacher.command({ command: 'resume' })).results.every((r) => r.ok)).toBe(true);
    await vi.waitFor(() => expect(classState(teacher).groups.map((g: any) => g.phase)).toEqual(['results', 'results', 'results']));
    // Every student, in every group, sees the injected event in the quarter's report and news.
    for (const s of students) {
      await vi.waitFor(() => expect(s.mirror.snapshot(s.role).reports).toHaveLength(2));
      const report = lastReport(s);
      expect(report.events).toContainEqual({ id: 'bubbleCall', injected: true, started: true });
      expect(JSON.stringify(matchNews([report]))).toContain('bubbleCall');
    }
    expect((await teacher.command({ command: 'next' })).ok).toBe(true);

    // Quarter 3: nobody submits; the teacher resolves every group now (bots and autopilot play).
    await vi.waitFor(() => expect(classState(teacher).groups.every((g: any) => g.phase === 'planning' && g.quarter === 2)).toBe(true));
    expect((await teacher.command({ command: 'resolveNow' })).results.every((r) => r.ok)).toBe(true);
    await vi.waitFor(() => expect(classState(teacher).groups.every((g: any) => g.phase === 'results' && g.quarter === 3)).toBe(true));

    // End: every group goes to its debrief after 3 of 4 quarters.
    expect((await teacher.command({ command: 'end' })).results.every((r) => r.ok)).toBe(true);
    await vi.waitFor(() => expect(classState(teacher).groups.map((g: any) => g.phase)).toEqual(['debrief', 'debrief', 'debrief']));
    for (const s of students) await vi.waitFor(() => expect((s.room.state).phase).toBe('debrief'));

    // Same seed, same orders, same event: the groups are the same match bit for bit.
    const hashes = codes.map((c) => serverMatch(c).log.quarters.map((q) => q.hash));
    expect(hashes[0]).toHaveLength(3);
    expect(hashes[1]).toEqual(hashes[0]);
    expect(hashes[2]).toEqual(hashes[0]);
    const log = classState(teacher).log.map((e: any) => e.command);
    expect(log).toEqual(expect.arrayContaining(['start', 'next', 'pause', 'extendTimer', 'injectEvent', 'resume', 'resolveNow', 'end']));
    const summary = JSON.parse(classState(teacher).groups[0].summary);
    expect(summary.moodHistory).toHaveLength(4);
    expect(summary.companies).toHaveLength(5);
    // The last quarter's events (a 4-quarter match rolls them three times as often, engine 2.6).
    const lastEvents = must(serverMatch(must(codes[0], 'group 1')).reports.at(-1), 'the last report').events.filter((e) => e.started);
    expect(summary.lastEvents).toEqual(lastEvents.map(({ started: _s, ...e }) => e));
  });

  it('the console keeps control across a reload (rejoin with the host secret)', async () => {
    const secret = teacher.session().hostSecret!;
    await teacher.room.leave();
    await vi.waitFor(() => expect(liveClass(classId)?.id).toBe(classId));
    teacher = await joinClass(PORT, classId, { hostSecret: secret });
    expect(teacher.session()).toMatchObject({ isHost: true, hostSecret: secret, classId });
    await vi.waitFor(() => expect(classState(teacher).groups).toHaveLength(3));
    expect(await teacher.projector('group', 2)).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(classState(teacher)).toMatchObject({ projectorMode: 'group', projectorGroup: 2 }));
    expect(await teacher.projector('group', 5)).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
  });

  let data: ClassData;

  it('serves the debrief data only with the host secret', async () => {
    const url = `${srv.url}/api/classes/${classId}`;
    expect((await getJson(url)).status).toBe(401);
    expect((await getJson(url, 'wrong-secret')).status).toBe(403);
    expect((await getJson(`${srv.url}/api/classes/ZZZZZZ`, teacher.session().hostSecret)).status).toBe(403);
    const res = await getJson(url, teacher.session().hostSecret);
    expect(res.status).toBe(200);
    data = res.body;
    expect(data).toMatchObject({ classId, title: 'Econ 101', seed: 'class-seed-7', quarters: 4 });
    expect(data.groups).toHaveLength(3);
    for (const g of data.groups) {
      expect(g).toMatchObject({ status: 'ended', quartersPlayed: 3, seed: 'class-seed-7' });
      expect(g.recordId).toMatch(/.+/);
      expect(g.quarters[1]?.events).toContainEqual({ id: 'bubbleCall', injected: true, started: true });
      expect(g.seats.find((s) => s.role === 'meta')).toMatchObject({ kind: 'human', name: `S${g.group + 1}-meta` });
    }
  });

  it('the CSV has a header and one row per group × quarter × company, and parses back', () => {
    const table = classCsvTable(data);
    const text = Papa.unparse(table);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_HEADER]);
    expect(parsed.data).toHaveLength(3 * 3 * 5);
    expect(classCsvRowCount(data)).toBe(45);
    // Rows in order: group, quarter, company; numbers read back exactly as the data has them.
    const first = parsed.data[0];
    expect(first).toMatchObject({ class_id: data.classId, class_title: 'Econ 101', group: '1', group_code: data.groups[0]?.code, quarter: '1', role: 'openai', seat_kind: 'human', player: 'S1-openai', seed: 'class-seed-7' });
    expect(Number(first?.share_price_usd)).toBeCloseTo(must(data.groups[0]?.quarters[0]?.companies[0], 'OpenAI in group 1, quarter 1').sharePrice, 2);
    // Who decided: the students submitted every quarter but the one the teacher resolved without them.
    expect(first).toMatchObject({ decided_by: 'S1-openai', decided_kind: 'student', order_statement: 'none' });
    expect(parsed.data[2]).toMatchObject({ role: 'microsoft', seat_kind: 'bot', decided_by: 'bot', decided_kind: 'bot' });
    expect(parsed.data[5]).toMatchObject({ group: '1', quarter: '2', role: 'openai' });
    expect(parsed.data[5 + 1]?.events_injected).toBe('bubbleCall');
    expect(parsed.data[44]).toMatchObject({ group: '3', quarter: '3', role: 'google', seat_kind: 'bot', player: '', persona: 'cloud-first' });
    for (const row of parsed.data) {
      for (const col of ['revenue_usd_b', 'capex_usd_b', 'tsr_pct', 'mood', 'chip_price_usd_b_per_gw', 'cloud_price_usd_b_per_cu', 'sentiment', 'order_chips_gw', 'order_alloc_training_pct']) expect(Number.isFinite(Number(row[col])), `${col} = ${row[col]}`).toBe(true);
    }
  });

  it('exports every group’s match record, each replaying to its recorded hashes', async () => {
    const res = await getJson(`${srv.url}/api/classes/${classId}/records`, teacher.session().hostSecret);
    expect(res.status).toBe(200);
    const records: MatchRecord[] = res.body.records;
    expect(records).toHaveLength(3);
    for (const r of records) {
      expect(r.quarters).toHaveLength(3);
      expect(r.quarters[1]?.hostEvents).toEqual([{ id: 'bubbleCall' }]);
      // Who decided each seat's orders is kept with the quarter's inputs (metadata: the record still verifies).
      expect(r.quarters[0]?.decidedBy).toMatchObject({ openai: { kind: 'student', name: expect.stringMatching(/^S\d-openai$/) }, microsoft: { kind: 'bot' } });
      expect(verifyRecord(r).ok).toBe(true);
    }
  });

  it('a class reopens for its debrief from the database once its rooms are gone, also after a restart', async () => {
    const secret = teacher.session().hostSecret!;
    for (const s of students) await s.room.leave();
    const live = liveClass(classId)!;
    const classRoom = (await import('@colyseus/core')).matchMaker.getLocalRoomById(classId);
    await classRoom.disconnect();
    await vi.waitFor(() => expect(liveClass(classId)).toBeNull());
    for (const g of live.groups) expect(findMatchRoom(g.code)).toBeNull();
    const stored = await getJson(`${srv.url}/api/classes/${classId}`, secret);
    expect(stored.status).toBe(200);
    expect(stored.body.groups.map((g: any) => g.quarters.map((q: any) => q.mood))).toEqual(data.groups.map((g) => g.quarters.map((q) => q.mood)));
    expect(classCsvTable(stored.body)).toEqual(classCsvTable({ ...data, groups: data.groups.map((g) => ({ ...g, status: stored.body.groups[g.group].status })) }));
    expect((await getJson(`${srv.url}/api/classes/${classId}`, 'nope')).status).toBe(403);

    // The next day: a new server on the same data directory.
    await srv.game.close();
    Object.assign(srv, await bootClassServer(PORT, srv.dataDir));
    const nextDay = await getJson(`${srv.url}/api/classes/${classId}`, secret);
    expect(nextDay.status).toBe(200);
    expect(nextDay.body.groups).toHaveLength(3);
    const records = await getJson(`${srv.url}/api/classes/${classId}/records`, secret);
    expect(records.body.records).toHaveLength(3);
    await expect(afterRestart(() => sdk(PORT).joinById(classId, { hostSecret: secret }))).rejects.toThrow(/not found|BAD_SECRET|locked/i);
  });

  it('refuses a class with a bad group count or bad settings, naming the field', async () => {
    await expect(sdk(PORT).create(CLASS_ROOM_NAME, { groups: 13 })).rejects.toThrow(/BAD_PAYLOAD: groups/);
    await expect(sdk(PORT).create(CLASS_ROOM_NAME, { groups: 0 })).rejects.toThrow(/BAD_PAYLOAD: groups/);
    await expect(sdk(PORT).create(CLASS_ROOM_NAME, { groups: 2, settings: { quarters: 2 } })).rejects.toThrow(/INVALID_SETTINGS: settings\.quarters/);
    await expect(sdk(PORT).create(CLASS_ROOM_NAME, { groups: 2, settings: { scenario: 'mars-2030' } })).rejects.toThrow(/INVALID_SETTINGS: settings\.scenario/);
  });
});
