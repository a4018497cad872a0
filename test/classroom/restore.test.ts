import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Room } from '@colyseus/sdk';
import { findMatchRoom } from '../../server';
import { liveClass } from '../../server/classroom/registry';
import { defaultOrders } from '../../shared/engine';
import { C2S } from '../../shared/protocol';
import { afterRestart, bootClassServer, classState, groupCodes, createClass, getJson, joinClass, sdk, type ClassServer } from './helpers';

// A server restart in the middle of a class: every group's match comes back (storage), and so
// does the class: same id and teacher key, the console rejoins and commands the groups again; the
// projector needs its new key.

const PORT = 2752;
let srv: ClassServer;

afterAll(async () => {
  await srv?.game.close();
});

describe('a class across a server restart', () => {
  it('comes back with its groups, and the teacher rejoins with the same key', async () => {
    srv = await bootClassServer(PORT);
    const teacher = await createClass(PORT, { title: 'Restart', groups: 3, settings: { seed: 'restart-seed', quarters: 6, planningSeconds: 600, resultsSeconds: 0 } });
    const { hostSecret, viewKey, classId } = teacher.session();
    const codes = groupCodes(teacher, 3);
    const students: { room: Room; code: string }[] = [];
    for (const code of codes) {
      const room = await sdk(PORT).joinById(code, { name: `A-${code}`, role: 'meta' });
      room.onMessage('*', () => undefined);
      students.push({ room, code });
    }
    // Groups 1 and 2 play a quarter; group 3 never starts.
    expect((await teacher.command({ command: 'start', force: true }, 0)).ok).toBe(true);
    expect((await teacher.command({ command: 'start', force: true }, 1)).ok).toBe(true);
    for (const s of students.slice(0, 2)) {
      const orders = structuredClone(defaultOrders(findMatchRoom(s.code)!.match.state, 'meta'));
      expect(await s.room.request(C2S.submitOrders as never, { orders } as never, { timeout: 10_000 })).toMatchObject({ ok: true });
    }
    await vi.waitFor(() => expect(classState(teacher).groups.map((g: any) => g.phase)).toEqual(['results', 'results', 'lobby']));
    const hashes = codes.slice(0, 2).map((c) => findMatchRoom(c)!.match.log.quarters.map((q) => q.hash));

    // The server stops and starts again on the same data directory.
    await srv.game.close();
    srv = await bootClassServer(PORT, srv.dataDir);
    const back = liveClass(classId);
    expect(back).not.toBeNull();
    expect(back!.groups.map((g) => g.code)).toEqual(codes);
    expect(codes.slice(0, 2).map((c) => findMatchRoom(c)!.match.log.quarters.map((q) => q.hash))).toEqual(hashes);
    expect(findMatchRoom(codes[2])!.match.phase).toBe('lobby');

    // The console rejoins with the same teacher key; the old projector key is gone.
    const again = await joinClass(PORT, classId, { hostSecret: hostSecret! });
    expect(again.session()).toMatchObject({ isHost: true, hostSecret, classId, title: 'Restart' });
    expect(again.session().viewKey).not.toBe(viewKey);
    await expect(afterRestart(() => sdk(PORT).joinById(classId, { viewKey: viewKey! }))).rejects.toThrow(/BAD_SECRET/);
    const projector = await joinClass(PORT, classId, { viewKey: again.session().viewKey! });
    expect(projector.session().isHost).toBe(false);
    await vi.waitFor(() => expect(classState(again).groups.map((g: any) => [g.phase, g.quarter])).toEqual([['planning', 1], ['planning', 1], ['lobby', 0]]));
    // Restored matches wait, paused, for their players: the teacher can go on without them.
    const resume = await again.command({ command: 'resume' });
    expect(resume.results.map((r) => r.ok)).toEqual([true, true, false]);
    // Their students are not back: nobody to wait for, so the quarter resolves at once in both groups.
    await vi.waitFor(() => expect(classState(again).groups[1]).toMatchObject({ phase: 'results', quarter: 2 }));
    await vi.waitFor(() => expect(classState(again).groups[0]).toMatchObject({ phase: 'results', quarter: 2 }));
    expect((await again.command({ command: 'start', force: true }, 2)).ok).toBe(true);
    const data = await getJson(`${srv.url}/api/classes/${classId}`, hostSecret);
    expect(data.status).toBe(200);
    // Group 3 started without students: every seat a bot, its first quarter resolved at once (it stays behind the class).
    expect(data.body.groups.map((g: any) => g.quartersPlayed)).toEqual([2, 2, 1]);
  });
});
