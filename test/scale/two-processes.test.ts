import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { blankOrders, type Orders, type PlayerView, type Role } from '../../shared/index';
import { CLASS_C2S, CLASS_ROOM_NAME, CLASS_S2C, type ClassCommandResult, type ClassSessionPayload } from '../../shared/classroom/protocol';
import { C2S, ROOM_NAME, S2C, type HostCommand } from '../../shared/protocol';
import { checkRecord, verifyRecord } from '../../shared/replay';
import { call, seatView, track, type Player } from '../server/helpers';
import { postgresMissing, startPostgres, type TestPostgres } from '../replay/support/postgres';
import { serverProcessesForFile, type ServerProcess } from '../replay/support/serverProcess';
import { redisMissing, startRedis, type TestRedis } from './support/redis';
import { startProxy, type TestProxy } from './support/proxy';
import { freePort } from './support/freePort';

// Issue 13, item 1: two server processes behind one reverse proxy, sharing Colyseus's Redis
// presence and driver (REDIS_URL) and one PostgreSQL store (DATABASE_URL), each announcing its
// rooms at <proxy>/node/<n> (PUBLIC_ADDRESS). A match created on process 1 is joined by its code
// through process 2; process 1 is killed with SIGKILL in the middle of a quarter; process 2 takes
// the match over from its record, the players come back with their seat tokens through process 2,
// nothing acknowledged is lost and the match plays to its end with a record that verifies.

const missing = redisMissing() ?? postgresMissing();
if (missing) console.warn(`[two-processes] ${missing}`);

const QUARTERS = 4;
const CRASH_QUARTER = 2;

let redis: TestRedis | null = null;
let postgres: TestPostgres | null = null;
let proxy: TestProxy | null = null;
const processes = serverProcessesForFile('cr-scale-');

afterAll(async () => {
  await proxy?.close();
  await redis?.stop();
  await postgres?.stop();
});

interface Cluster {
  proxyUrl: string;
  one: ServerProcess;
  two: ServerProcess;
  /** Starts process n again on its port (same Redis, database and public address). */
  restart(n: 1 | 2): Promise<ServerProcess>;
}

const cluster = {} as Cluster;

beforeAll(async () => {
  if (missing) return;
  const [redisPort, pgPort, proxyPort, port1, port2] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  redis = await startRedis(redisPort);
  postgres = await startPostgres(pgPort);
  const databaseUrl = await postgres.createDatabase('two_processes');
  proxy = await startProxy(proxyPort, [port1, port2]);
  const start = (n: 1 | 2, port: number) => {
    return processes.start(port, processes.tempDir(), { REDIS_URL: redis!.url, DATABASE_URL: databaseUrl, PUBLIC_ADDRESS: `127.0.0.1:${proxyPort}/node/${n}` });
  };
  // One after the other: the first runs the database migrations.
  cluster.one = await start(1, port1);
  cluster.two = await start(2, port2);
  cluster.proxyUrl = `http://127.0.0.1:${proxyPort}`;
  cluster.restart = (n) => start(n, n === 1 ? port1 : port2);
}, 180_000);

/** An SDK client whose requests reach process n through the proxy (its websockets go wherever the room lives). */
function via(n: 1 | 2): Client {
  return new Client(`${cluster.proxyUrl}/node/${n}`);
}

function quiet(room: Player['room']): Player {
  room.reconnection.enabled = false;
  return track(room);
}

function view(p: Player, role: Role): PlayerView {
  const v = seatView(p);
  if (!v || v.seat !== role) throw new Error(`no view for ${role} yet`);
  return v;
}

function planOrders(p: Player, role: Role): Orders {
  const v = view(p, role);
  const o = blankOrders(v.quarter, v.own!.allocation);
  o.chips = { gw: 0.3, maxPricePerGW: v.global.chipListPrice * 1.5 };
  return o;
}

async function waitPlanning(p: Player, quarter: number): Promise<void> {
  await vi.waitFor(() => {
    expect(p.room.state.phase).toBe('planning');
    expect(p.room.state.quarter).toBe(quarter);
    expect(view(p, p.session().role!).quarter).toBe(quarter);
  }, { timeout: 20_000 });
}

async function submit(p: Player, orders: Orders): Promise<void> {
  const r = await call(p, C2S.submitOrders, { orders });
  expect(r.ok, JSON.stringify(r.payload)).toBe(true);
}

interface Teacher {
  room: Player['room'];
  session(): ClassSessionPayload;
  command(command: HostCommand, group?: number): Promise<ClassCommandResult>;
}

function teacher(room: Player['room']): Teacher {
  room.reconnection.enabled = false;
  const sessions: ClassSessionPayload[] = [];
  room.onMessage(CLASS_S2C.session, (p: ClassSessionPayload) => sessions.push(p));
  room.onMessage('*', () => undefined);
  return {
    room,
    session: () => {
      const last = sessions.at(-1);
      if (!last) throw new Error('no classSession message yet');
      return last;
    },
    command: (command, group) => room.request(CLASS_C2S.command, group === undefined ? { command } : { group, command }, { timeout: 10_000 }) as Promise<ClassCommandResult>,
  };
}

async function classInfo(base: string, id: string, secret: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}/api/classes/${id}`, { headers: { 'x-class-secret': secret } });
  return { status: res.status, body: await res.json() };
}

async function roomInfo(base: string, code: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}/api/rooms/${code}`);
  return { status: res.status, body: await res.json() };
}

describe.skipIf(missing !== null)(`two server processes behind one proxy (Redis + PostgreSQL)${missing ? ` — skipped: ${missing}` : ''}`, () => {
  it('a match created on one process is joined by code through the other, survives kill -9 of its process and finishes on the other', async () => {
    const { proxyUrl, one, two } = cluster;
    expect(one.output()).toMatch(/Server processes: shared through Redis at redis:\/\/127\.0\.0\.1:\d+\/?, rooms of this process at 127\.0\.0\.1:\d+\/node\/1\./);
    expect(one.output()).toMatch(/Match records: postgres:\/\//);

    const settings = {
      seed: 'two-processes',
      quarters: QUARTERS,
      planningSeconds: 0,
      resultsSeconds: 0,
      seats: { microsoft: { kind: 'bot' as const }, amazon: { kind: 'bot' as const }, google: { kind: 'bot' as const } },
    };
    // Created through process 1: the room lives there.
    let ada = quiet(await via(1).create(ROOM_NAME, { settings, name: 'Ada', role: 'openai' }));
    await vi.waitFor(() => ada.session());
    const code = ada.session().code;

    // Its code answers on every process: process 2 hands the question to process 1.
    for (const base of [`${proxyUrl}/node/1`, `${proxyUrl}/node/2`]) {
      const info = await roomInfo(base, code);
      expect(info.status, JSON.stringify(info.body)).toBe(200);
      expect(info.body).toMatchObject({ code, phase: 'lobby', seed: 'two-processes', clients: 1 });
    }
    expect((await roomInfo(`${proxyUrl}/node/2`, 'ZZZZZZ')).status).toBe(404);

    // Bob types the code on process 2 and lands in the room on process 1.
    let bob = quiet(await via(2).joinById(code, { name: 'Bob', role: 'meta' }));
    await vi.waitFor(() => bob.session());
    expect(bob.session()).toMatchObject({ code, role: 'meta' });
    await vi.waitFor(async () => expect((await roomInfo(`${proxyUrl}/node/2`, code)).body.clients).toBe(2));

    // The network drops every websocket; Bob reconnects through process 2 to his room on process 1.
    const bobSession = bob.session().sessionId;
    proxy!.cutWebsockets();
    await vi.waitFor(async () => expect((await roomInfo(`${proxyUrl}/node/2`, code)).body.seats.find((s: { role: string }) => s.role === 'meta').connected).toBe(false));
    bob = quiet(await via(2).reconnect(bob.session().reconnectionToken));
    expect(bob.room.sessionId).toBe(bobSession);
    ada = quiet(await via(2).reconnect(ada.session().reconnectionToken));
    await vi.waitFor(async () => expect((await roomInfo(`${proxyUrl}/node/2`, code)).body.seats.filter((s: { connected: boolean }) => s.connected)).toHaveLength(2));

    // A class created through process 1: its console and its groups live there, its data answers through process 2.
    const classSettings = { seed: 'two-processes-class', quarters: 4, planningSeconds: 600, resultsSeconds: 0 };
    const console1 = teacher(await via(1).create(CLASS_ROOM_NAME, { title: 'Scale', groups: 2, settings: classSettings }));
    await vi.waitFor(() => console1.session());
    const classId = console1.session().classId;
    const classSecret = console1.session().hostSecret!;
    const groupCodes = (await classInfo(`${proxyUrl}/node/2`, classId, classSecret)).body.groups.map((g: { code: string }) => g.code);
    expect(groupCodes).toHaveLength(2);
    expect((await classInfo(`${proxyUrl}/node/2`, classId, 'wrong')).status).toBe(403);
    const student = quiet(await via(2).joinById(groupCodes[0], { name: 'Dee', role: 'openai' }));
    await vi.waitFor(() => student.session());
    expect((await console1.command({ command: 'start', force: true })).ok).toBe(true);

    // A match created through process 2 gets another code, and lives there.
    const other = quiet(await via(2).create(ROOM_NAME, { settings: { ...settings, seed: 'other' }, name: 'Cy', role: 'openai' }));
    await vi.waitFor(() => other.session());
    expect(other.session().code).not.toBe(code);
    await other.room.leave();

    expect((await call(ada, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    const hashes: string[] = [];
    const onResolved = (p: Player) => p.room.onMessage(S2C.resolved, (r: { quarter: number; hash: string }) => (hashes[r.quarter] = r.hash));
    onResolved(ada);

    for (let q = 0; q < QUARTERS; q++) {
      await waitPlanning(ada, q);
      await waitPlanning(bob, q);
      await submit(ada, planOrders(ada, 'openai'));
      if (q === CRASH_QUARTER) {
        const tokens = { ada: ada.session().seatToken!, host: ada.session().hostSecret!, bob: bob.session().seatToken! };
        await one.kill9();
        const killedAt = Date.now();
        // Process 2 sees process 1 leave and reopens the match from its record under the same code.
        await vi
          .waitFor(async () => expect((await roomInfo(`${proxyUrl}/node/2`, code)).status).toBe(200), { timeout: 30_000, interval: 250 })
          .catch((err: unknown) => {
            throw new Error(`process 2 did not take the match over:\n${two.output()}\n--- process 1:\n${one.output()}`, { cause: err });
          });
        expect(two.output()).toMatch(new RegExp(`restored match ${code}: ${CRASH_QUARTER} quarters replayed and verified, 1 input of quarter ${CRASH_QUARTER} given back`));
        // The players come back through the proxy's shared address (any process) with their seat tokens.
        ada = quiet(await new Client(proxyUrl).joinById(code, { seatToken: tokens.ada, hostSecret: tokens.host }));
        bob = quiet(await new Client(proxyUrl).joinById(code, { seatToken: tokens.bob }));
        await vi.waitFor(() => ada.session());
        await vi.waitFor(() => bob.session());
        expect(ada.session()).toMatchObject({ code, role: 'openai', isHost: true });
        expect(bob.session()).toMatchObject({ code, role: 'meta' });
        onResolved(ada);
        await waitPlanning(ada, q);
        await vi.waitFor(() => expect(ada.room.state.timerPaused).toBe(false));
        // Acknowledged before the crash: Ada's orders are still in.
        expect(ada.room.state.seats.get('openai')!.submitted).toBe(true);
        expect(ada.room.state.seats.get('meta')!.submitted).toBe(false);
        console.log(`[two-processes] process 2 reopened match ${code} ${Date.now() - killedAt} ms after process 1 was killed`);

        // The class came back on process 2 as well: its console rejoins with the host secret, same groups.
        const console2 = await vi.waitFor(async () => teacher(await new Client(proxyUrl).joinById(classId, { hostSecret: classSecret })), { timeout: 20_000, interval: 500 });
        await vi.waitFor(() => expect(console2.session()).toMatchObject({ classId, isHost: true }));
        expect((await classInfo(`${proxyUrl}/node/2`, classId, classSecret)).body.groups.map((g: { code: string }) => g.code)).toEqual(groupCodes);
        const back = quiet(await new Client(proxyUrl).joinById(groupCodes[0], { seatToken: student.session().seatToken! }));
        await vi.waitFor(() => expect(back.session()).toMatchObject({ code: groupCodes[0], role: 'openai' }));
        await back.room.leave();
        await console2.room.leave();
      }
      await submit(bob, planOrders(bob, 'meta'));
      await vi.waitFor(() => expect(hashes[q]).toBeTruthy(), { timeout: 20_000 });
      if (q < QUARTERS - 1) {
        await vi.waitFor(() => expect(ada.room.state.phase).toBe('results'));
        expect((await call(ada, C2S.host, { command: 'next' })).ok).toBe(true);
      }
    }
    await vi.waitFor(() => expect(ada.room.state.phase).toBe('debrief'));
    await ada.room.leave();
    await bob.room.leave();

    // One record in the shared store: every quarter, the crash invisible in it, and it verifies.
    const list = await (await fetch(`${proxyUrl}/node/2/api/records`)).json();
    const mine = list.items.filter((i: { seed: string }) => i.seed === 'two-processes');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'finished', quartersPlayed: QUARTERS });
    const read = checkRecord(JSON.parse(await (await fetch(`${proxyUrl}/node/2/api/records/${mine[0].id}`)).text()));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(verifyRecord(read.record).ok).toBe(true);
    expect(read.record.quarters.map((q) => q.hash)).toEqual(hashes);
    expect(read.record.seats.filter((s) => s.kind === 'human').map((s) => s.name)).toEqual(['Ada', 'Bob']);
  });
  it('a graceful stop hands its matches to another process (a rolling restart)', async () => {
    const { proxyUrl, two } = cluster;
    // Process 1 comes back (it was killed above); a match is started on process 2.
    const one = await cluster.restart(1);
    const bots = { microsoft: { kind: 'bot' as const }, amazon: { kind: 'bot' as const }, google: { kind: 'bot' as const }, meta: { kind: 'bot' as const } };
    let eve = quiet(await via(2).create(ROOM_NAME, { settings: { seed: 'rolling', quarters: 4, planningSeconds: 0, resultsSeconds: 0, seats: bots }, name: 'Eve', role: 'openai' }));
    await vi.waitFor(() => eve.session());
    const code = eve.session().code;
    expect((await call(eve, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    await waitPlanning(eve, 0);
    await submit(eve, planOrders(eve, 'openai'));
    await vi.waitFor(() => expect(eve.room.state.phase).toBe('results'), { timeout: 20_000 });
    expect((await call(eve, C2S.host, { command: 'next' })).ok).toBe(true);
    await waitPlanning(eve, 1);
    const tokens = { seat: eve.session().seatToken!, host: eve.session().hostSecret! };

    // SIGTERM: process 2 saves and releases the match; process 1 reopens it under the same code.
    const stopping = Date.now();
    await two.stop();
    const stopped = Date.now();
    await vi
      .waitFor(
        async () => {
          // Process 2 answers for the match until it has let it go: wait for process 1 to have reopened it.
          expect(one.output()).toMatch(new RegExp(`restored match ${code}: 1 quarters replayed and verified`));
          expect((await roomInfo(`${proxyUrl}/node/1`, code)).body).toMatchObject({ code, quarter: 1 });
        },
        { timeout: 30_000, interval: 250 },
      )
      .catch((err: unknown) => {
        throw new Error(`process 1 did not take the match over:\n${one.output()}\n--- process 2:\n${two.output()}`, { cause: err });
      });
    expect(one.output()).toMatch(new RegExp(`restored match ${code}: 1 quarters replayed and verified`));
    console.log(`[two-processes] SIGTERM to exit: ${stopped - stopping} ms; exit to the match reopened on process 1: ${Date.now() - stopped} ms`);
    eve = quiet(await new Client(proxyUrl).joinById(code, { seatToken: tokens.seat, hostSecret: tokens.host }));
    await vi.waitFor(() => expect(eve.session()).toMatchObject({ code, role: 'openai', isHost: true }));
    await waitPlanning(eve, 1);
    await submit(eve, planOrders(eve, 'openai'));
    await vi.waitFor(() => expect(eve.room.state.phase).toBe('results'), { timeout: 20_000 });
    await eve.room.leave();
  });
});
