import { matchMaker } from '@colyseus/core';
import { describe, expect, it, vi } from 'vitest';
import type { Room } from '@colyseus/sdk';
import { findMatchRoom } from '../../server';
import { defaultOrders } from '../../shared/engine';
import { C2S } from '../../shared/protocol';
import { bootClassServer, classState, groupCodes, createClass, sdk, type ClassClient } from './helpers';
import { call, joinMatch, serverForFile } from '../server/helpers';

// The teacher owns the pace of a class: students pressing "I'm ready" do not end the results,
// "Next quarter" brings every group to the same quarter, the class timer moves every group on
// together, and a group with no student left resolves at once but still waits for the class.

const PORT = 2753;
const srv = serverForFile(() => bootClassServer(PORT));

const match = (code: string) => findMatchRoom(code)!.match;

async function request(room: Room, type: string, payload: unknown): Promise<any> {
  return room.request(type as never, payload as never, { timeout: 10_000 });
}

async function join(code: string, name: string): Promise<Room> {
  const room = await sdk(PORT).joinById(code, { name, role: 'openai' });
  room.onMessage('*', () => undefined);
  return room;
}

async function submit(room: Room, code: string): Promise<void> {
  const orders = structuredClone(defaultOrders(match(code).state, 'openai'));
  expect(await request(room, C2S.submitOrders, { orders })).toMatchObject({ ok: true });
}

const botsBut = { meta: { kind: 'bot' }, microsoft: { kind: 'bot' }, amazon: { kind: 'bot' }, google: { kind: 'bot' } } as const;

async function close(teacher: ClassClient): Promise<void> {
  await matchMaker.getLocalRoomById(classState(teacher).id).disconnect();
}

describe('the teacher owns the pace', () => {
  it("students all pressing I'm ready do not end an 'until you go on' results; one group cannot be moved ahead", async () => {
    void srv;
    const teacher = await createClass(PORT, { groups: 2, settings: { seed: 'pace-ready', quarters: 4, planningSeconds: 600, resultsSeconds: 0, seats: botsBut } });
    const codes = groupCodes(teacher, 2);
    const a = await join(codes[0], 'Ada');
    const b = await join(codes[1], 'Bob');
    expect((await teacher.command({ command: 'start', force: true })).ok).toBe(true);
    await submit(a, codes[0]);
    await submit(b, codes[1]);
    expect(codes.map((c) => [match(c).phase, match(c).state.quarter])).toEqual([['results', 1], ['results', 1]]);

    // Every student of group 1 is ready: the group stays in its results (the teacher has not gone on).
    expect(await request(a, C2S.ready, { ready: true })).toMatchObject({ ok: true });
    expect(match(codes[0]).seats.get('openai').ready).toBe(true);
    expect(match(codes[0]).phase).toBe('results');
    // "Next quarter" for group 1 alone would take it ahead of group 2's class: refused, naming why.
    const alone = await teacher.command({ command: 'next' }, 0);
    expect(alone).toMatchObject({ ok: false, error: { code: 'WRONG_QUARTER', message: expect.stringContaining('ahead of its class') } });
    expect(match(codes[0]).phase).toBe('results');
    // Through the match room's own host command too.
    const hostSecret = match(codes[0]).hostSecret!;
    const host = await joinMatch(PORT, codes[0], { hostSecret });
    expect(await call(host, C2S.host, { command: 'next' })).toMatchObject({ ok: false, payload: { code: 'WRONG_QUARTER' } });
    await host.room.leave();

    // The teacher's Next quarter opens quarter 2 in every group at once.
    expect((await teacher.command({ command: 'next' })).ok).toBe(true);
    expect(codes.map((c) => [match(c).phase, match(c).state.quarter])).toEqual([['planning', 1], ['planning', 1]]);
    await vi.waitFor(() => expect(classState(teacher).pace).toBe(1));
    expect((a.state).classPace).toBe(1);
    await a.leave();
    await b.leave();
    await close(teacher);
  });

  it('Next quarter aligns every group to the same quarter: a group still planning resolves first, none is ever ahead', async () => {
    const teacher = await createClass(PORT, { groups: 3, settings: { seed: 'pace-align', quarters: 6, planningSeconds: 600, resultsSeconds: 0, seats: botsBut } });
    const codes = groupCodes(teacher, 3);
    const rooms = [await join(codes[0], 'Ada'), await join(codes[1], 'Bob'), await join(codes[2], 'Cy')] as const;
    expect((await teacher.command({ command: 'start', force: true })).ok).toBe(true);
    const quarters = () => codes.map((c) => match(c).state.quarter);
    for (let round = 0; round < 4; round++) {
      // Only the first group submits: it resolves and waits; the other two are still planning.
      await submit(rooms[0], codes[0]);
      expect(codes.map((c) => match(c).phase)).toEqual(['results', 'planning', 'planning']);
      expect(quarters()).toEqual([round + 1, round, round]);
      const next = await teacher.command({ command: 'next' });
      expect(next.ok).toBe(true);
      expect(next.results.every((r) => r.ok)).toBe(true);
      expect(codes.map((c) => match(c).phase)).toEqual(['planning', 'planning', 'planning']);
      expect(quarters()).toEqual([round + 1, round + 1, round + 1]);
      // The groups that did not submit resolved on the teacher's command, their seats by autopilot.
      const log = match(codes[1]).log.quarters.at(-1)!;
      expect(log).toMatchObject({ quarter: round, trigger: 'host', sources: { openai: 'autopilot' }, decidedBy: { openai: { kind: 'autopilot' }, meta: { kind: 'bot' } } });
      expect(match(codes[0]).log.quarters.at(-1)!.decidedBy).toMatchObject({ openai: { kind: 'student', name: 'Ada' } });
    }
    for (const r of rooms) await r.leave();
    await close(teacher);
  });

  it('the class timer moves every group on together: a group done early waits for the others', async () => {
    const teacher = await createClass(PORT, { groups: 2, settings: { seed: 'pace-timer', quarters: 4, planningSeconds: 600, resultsSeconds: 1, seats: botsBut } });
    const codes = groupCodes(teacher, 2);
    const a = await join(codes[0], 'Ada');
    const b = await join(codes[1], 'Bob');
    await teacher.command({ command: 'start', force: true });
    await submit(a, codes[0]);
    // Group 1's results time runs out; it waits in its results while group 2 plans.
    await vi.waitFor(() => expect(match(codes[0]).resultsOver).toBe(true), { timeout: 5000 });
    await vi.waitFor(() => expect(classState(teacher).groups[0].waiting).toBe(true));
    expect((a.state).resultsOver).toBe(true);
    expect(match(codes[0]).phase).toBe('results');
    expect(match(codes[1]).phase).toBe('planning');
    await submit(b, codes[1]);
    // Once group 2's results time is over too, the class moves both on.
    await vi.waitFor(() => expect(codes.map((c) => [match(c).phase, match(c).state.quarter])).toEqual([['planning', 1], ['planning', 1]]), { timeout: 5000 });
    await vi.waitFor(() => expect(classState(teacher).log.at(-1)).toMatchObject({ command: 'next', detail: 'timer', accepted: 2 }));
    await a.leave();
    await b.leave();
    await close(teacher);
  });

  it('a group with no student left resolves at once, and still waits for the class', async () => {
    const teacher = await createClass(PORT, { groups: 3, settings: { seed: 'pace-empty', quarters: 5, planningSeconds: 600, resultsSeconds: 0, seats: botsBut } });
    const codes = groupCodes(teacher, 3);
    const a = await join(codes[0], 'Ada');
    const b = await join(codes[1], 'Bob');
    // Group 3: nobody joined; its seats are all bots once the class starts.
    await teacher.command({ command: 'start', force: true });
    expect([match(codes[2]).phase, match(codes[2]).state.quarter]).toEqual(['results', 1]);
    expect(match(codes[2]).log.quarters[0]?.trigger).toBe('allSubmitted');
    expect(match(codes[0]).phase).toBe('planning');
    // Bob leaves group 2 for good: his seat is on autopilot, nobody is left to wait for.
    await b.leave(true);
    await vi.waitFor(() => expect([match(codes[1]).phase, match(codes[1]).state.quarter]).toEqual(['results', 1]));
    expect(match(codes[1]).seats.get('openai').autopilot).toBe(true);
    // The empty groups wait at quarter 2 while Ada plans quarter 1; the class timer is off.
    expect(match(codes[0]).phase).toBe('planning');
    expect([codes[1], codes[2]].map((c) => match(c).state.quarter)).toEqual([1, 1]);
    // Next quarter: Ada's group resolves, every group opens quarter 2 and the empty ones resolve it at once.
    await teacher.command({ command: 'next' });
    expect(codes.map((c) => [match(c).phase, match(c).state.quarter])).toEqual([['planning', 1], ['results', 2], ['results', 2]]);
    await submit(a, codes[0]);
    expect(codes.map((c) => [match(c).phase, match(c).state.quarter])).toEqual([['results', 2], ['results', 2], ['results', 2]]);
    await a.leave();
    await close(teacher);
  });
});
