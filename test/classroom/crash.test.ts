import type { Room } from '@colyseus/sdk';
import { describe, expect, it, vi } from 'vitest';
import type { SessionPayload } from '../../shared/protocol';
import { S2C } from '../../shared/protocol';
import { followSharedPatches } from '../../client/state/sharedPatch';
import { serverProcessesForFile, type ServerProcess } from '../replay/support/serverProcess';
import { afterRestart, classState, createClass, getJson, groupCodes, joinClass, sdk } from './helpers';
import { sleep } from '../server/helpers';

// A class across kill -9 (issue 12, Storage): the server process is killed while one group has
// been ended early by the teacher, one group has nobody connected, and an event the teacher
// injected waits in the groups still planning. After the restart the class comes back whole: the
// ended group in its debrief, the empty group's room stays open past its next quarter, the
// injected event is resolved in both groups, and a returning student sees the last quarter's hash
// at once.

const PORT = 2754;
const processes = serverProcessesForFile('cr-class-crash-');

function start(dataDir: string): Promise<ServerProcess> {
  return processes.start(PORT, dataDir);
}

async function student(code: string, options: Record<string, unknown>): Promise<{ room: Room; session: () => SessionPayload }> {
  const room = await afterRestart(() => sdk(PORT).joinById(code, options));
  room.reconnection.enabled = false;
  const sessions: SessionPayload[] = [];
  room.onMessage(S2C.session, (p: SessionPayload) => sessions.push(p));
  room.onMessage('*', () => undefined);
  followSharedPatches(room);
  await vi.waitFor(() => expect(sessions.length).toBeGreaterThan(0));
  return { room, session: () => sessions.at(-1)! };
}

describe('a class across kill -9', () => {
  it('comes back with an ended group, an empty group and the injected events', async () => {
    const dataDir = processes.tempDir();
    let server = await start(dataDir);
    const teacher = await createClass(PORT, { title: 'Crash', groups: 3, settings: { seed: 'class-crash', quarters: 6, planningSeconds: 600, resultsSeconds: 0 } });
    teacher.room.reconnection.enabled = false;
    const { hostSecret, classId } = teacher.session();
    const codes = groupCodes(teacher, 3);
    const ann = await student(codes[0], { name: 'Ann', role: 'meta' });
    await student(codes[1], { name: 'Ben', role: 'meta' });
    const cas = await student(codes[2], { name: 'Cas', role: 'meta' });
    expect((await teacher.command({ command: 'start', force: true })).ok).toBe(true);

    // Group 1 plays a quarter and is ended early; the class moves on: groups 0 and 2 plan quarter 2.
    expect((await teacher.command({ command: 'resolveNow' }, 1)).ok).toBe(true);
    expect((await teacher.command({ command: 'end' }, 1)).ok).toBe(true);
    expect((await teacher.command({ command: 'next' })).ok).toBe(true);
    // Group 2's only student leaves: nobody to wait for, its quarter resolves at once and it waits for
    // the class. The teacher injects an event in both groups (group 2 gets it for its next quarter).
    await cas.room.leave();
    await vi.waitFor(() => expect(classState(teacher).groups.map((g: any) => [g.phase, g.quarter])).toEqual([['planning', 1], ['debrief', 1], ['results', 2]]));
    expect((await teacher.command({ command: 'injectEvent', eventId: 'rateCut' }, 0)).ok).toBe(true);
    expect((await teacher.command({ command: 'injectEvent', eventId: 'rateCut' }, 2)).ok).toBe(true);
    await vi.waitFor(() => expect(ann.room.state.stateHash).toMatch(/^[0-9a-f]{16}$/));
    const hashBefore = ann.room.state.stateHash;
    const annToken = ann.session().seatToken!;

    await server.kill9();
    server = await start(dataDir);

    // The teacher's console rejoins the same class: all three groups are there (group 2 comes back planning its next quarter).
    const again = await joinClass(PORT, classId, { hostSecret: hostSecret! });
    again.room.reconnection.enabled = false;
    expect(again.session()).toMatchObject({ isHost: true, classId });
    await vi.waitFor(() => expect(classState(again).groups.map((g: any) => [g.code, g.phase, g.quarter])).toEqual([[codes[0], 'planning', 1], [codes[1], 'debrief', 1], [codes[2], 'planning', 2]]));
    expect(classState(again).pace).toBe(1);

    // A returning student sees the last resolved quarter's hash at once.
    const back = await student(codes[0], { seatToken: annToken });
    expect(back.session().role).toBe('meta');
    expect(back.room.state.stateHash).toBe(hashBefore);

    // Group 2 is ahead of the class after the restart: it waits, unresolved, until the class gets there.
    expect((await again.command({ command: 'resume' }, 2)).ok).toBe(true);
    expect(await again.command({ command: 'resolveNow' }, 2)).toMatchObject({ ok: false, error: { code: 'WRONG_QUARTER' } });
    expect(classState(again).groups[2]).toMatchObject({ phase: 'planning', quarter: 2 });
    // Next quarter: group 0 resolves its quarter; both plan quarter 3, and the empty group resolves it at once.
    expect((await again.command({ command: 'next' })).ok).toBe(true);
    await vi.waitFor(() => expect(classState(again).groups.map((g: any) => [g.phase, g.quarter])).toEqual([['planning', 2], ['debrief', 1], ['results', 3]]));
    // A restored room that auto-disposes again closes one second after its quarter when nobody is in it.
    await sleep(2500);
    expect((await fetch(`${server.url}/api/rooms/${codes[2]}`)).status).toBe(200);
    expect(classState(again).groups[2]).toMatchObject({ phase: 'results', quarter: 3 });

    // The event injected before the crash was resolved in both groups that were planning.
    const records = await getJson(`${server.url}/api/classes/${classId}/records`, hostSecret);
    expect(records.status).toBe(200);
    const [g0, g1, g2] = records.body.records;
    expect(g0.quarters[1].hostEvents).toEqual([{ id: 'rateCut' }]);
    expect(g2.quarters[2].hostEvents).toEqual([{ id: 'rateCut' }]);
    expect(g1).toMatchObject({ status: 'ended' });
    expect(g1.quarters).toHaveLength(1);
  });
});
