import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { blankOrders, type Orders, type PlayerView, type Role } from '../../shared/index';
import { C2S, S2C } from '../../shared/protocol';
import Database from 'better-sqlite3';
import { checkRecord, verifyRecord, type MatchRecord } from '../../shared/replay';
import { call, createMatch, joinMatch, seatView, type Player } from '../server/helpers';
import { postgresMissing, startPostgres, type TestPostgres } from './support/postgres';
import { serverProcessesForFile, type ServerProcess } from './support/serverProcess';
import { exactly } from '../support/tuple';
import { must } from '../../shared/lists';

// Crash recovery (issue 6, points 3 and 9; issue 12): a server process is killed with SIGKILL in
// the middle of a match and started again on the same data directory; the players come back with
// their seat tokens under the same join code, nothing they had been told was accepted is lost (the
// orders, the deal proposal and the host event of the quarter being planned), they finish the
// match, and every quarter's hash equals an uninterrupted run of the same inputs.

const PORT = 2701;
const PG_PORT = 2716;
const QUARTERS = 6;
const CRASH_QUARTER = 3;
const processes = serverProcessesForFile('cr-recovery-');
const tempDir = processes.tempDir;

/** Where the records go: a data directory, or a PostgreSQL database (DATABASE_URL). */
interface Place {
  dataDir: string;
  env?: Record<string, string>;
}

async function start(place: Place): Promise<ServerProcess> {
  return processes.start(PORT, place.dataDir, place.env);
}

function quiet(p: Player): Player {
  p.room.reconnection.enabled = false;
  return p;
}

function view(p: Player, role: Role): PlayerView {
  const v = seatView(p);
  if (!v || v.seat !== role) throw new Error(`no view for ${role} yet`);
  return v;
}

/** The orders a player gives: chips and builds that vary by quarter, from what the client sees. */
function planOrders(p: Player, role: Role): Orders {
  const v = view(p, role);
  const o = blankOrders(v.quarter, v.own!.allocation);
  o.chips = { gw: 0.2 + 0.1 * (v.quarter % 3), maxPricePerGW: v.global.chipListPrice * 1.5 };
  o.build = { gw: v.quarter % 2 === 0 ? 0.3 : 0, expedite: false };
  if (role === 'openai' && v.quarter === 1) o.statement = 'hype';
  // Engine 2: OpenAI burns cash and investors no longer bail out a company with no funding plan.
  if (role === 'openai' && v.quarter % 2 === 0) o.finance.raiseEquity = 25;
  return o;
}

interface Run {
  hashes: string[];
  orders: Partial<Record<Role, Orders>>[];
  code: string;
  server: ServerProcess;
}

async function waitPlanning(p: Player, quarter: number): Promise<void> {
  await vi.waitFor(() => {
    expect(p.room.state.phase).toBe('planning');
    expect(p.room.state.quarter).toBe(quarter);
    expect(p.room.state.privates.get(p.session().role!)).toBeDefined();
  }, { timeout: 15_000 });
  await vi.waitFor(() => expect(view(p, p.session().role!).quarter).toBe(quarter));
}

async function submit(p: Player, orders: Orders): Promise<void> {
  const r = await call(p, C2S.submitOrders, { orders });
  expect(r.ok, JSON.stringify(r.payload)).toBe(true);
}

/**
 * Plays the match. `given` replays exactly the orders of an earlier run; `crash` kills the server
 * in quarter CRASH_QUARTER after Ada submitted, restarts it and brings both players back.
 */
async function play(place: Place, opts: { given?: Run['orders']; crash?: boolean }): Promise<Run> {
  let server = await start(place);
  const settings = {
    seed: 'crash-test',
    quarters: QUARTERS,
    planningSeconds: 0,
    resultsSeconds: 0,
    seats: { microsoft: { kind: 'bot' as const }, amazon: { kind: 'bot' as const }, google: { kind: 'bot' as const } },
  };
  let ada = quiet(await createMatch(PORT, { settings, name: 'Ada', role: 'openai' }));
  const code = ada.session().code;
  let bob = quiet(await joinMatch(PORT, code, { name: 'Bob', role: 'meta' }));
  expect((await call(ada, C2S.host, { command: 'start', force: true })).ok).toBe(true);

  const hashes: string[] = [];
  const orders: Run['orders'] = [];
  const onResolved = (p: Player) => p.room.onMessage(S2C.resolved, (r: { quarter: number; hash: string }) => (hashes[r.quarter] = r.hash));
  onResolved(ada);

  for (let q = 0; q < QUARTERS; q++) {
    await waitPlanning(ada, q);
    await waitPlanning(bob, q);
    if (q === 1) {
      const deal = await call(ada, C2S.proposeDeal, { to: 'microsoft', terms: { seller: 'microsoft', buyer: 'openai', cuPerQuarter: 0.3, pricePerCU: 3.2, quarters: 4 } });
      expect(deal.ok, JSON.stringify(deal.payload)).toBe(true);
    }
    if (q === 2) expect((await call(ada, C2S.host, { command: 'injectEvent', eventId: 'killerApp' })).ok).toBe(true);
    orders[q] = opts.given?.[q] ?? { openai: planOrders(ada, 'openai'), meta: planOrders(bob, 'meta') };
    let proposalId = '';
    if (q === CRASH_QUARTER) {
      // Acknowledged before the crash: a deal proposal, a host event, Ada's orders.
      const deal = await call(ada, C2S.proposeDeal, { to: 'microsoft', terms: { seller: 'microsoft', buyer: 'openai', cuPerQuarter: 0.2, pricePerCU: 3.5, quarters: 3 } });
      expect(deal.ok, JSON.stringify(deal.payload)).toBe(true);
      proposalId = deal.payload.proposalId;
      expect((await call(ada, C2S.host, { command: 'injectEvent', eventId: 'rateCut' })).ok).toBe(true);
    }
    await submit(ada, must(orders[q]?.openai, `Ada's orders of quarter ${q}`));

    if (opts.crash && q === CRASH_QUARTER) {
      const tokens = { ada: ada.session().seatToken!, host: ada.session().hostSecret! };
      await server.kill9();
      server = await start(place);
      await vi.waitFor(async () => expect((await fetch(`${server.url}/api/rooms/${code}`)).status).toBe(200), { timeout: 15_000 });
      ada = quiet(await joinMatch(PORT, code, { seatToken: tokens.ada, hostSecret: tokens.host }));
      // Someone else cannot take Bob's seat by picking it, nor by typing his (public) name: the seat is kept for him.
      await expect(joinMatch(PORT, code, { role: 'meta', name: 'Mallory' })).rejects.toThrow(/BAD_TOKEN/);
      await expect(joinMatch(PORT, code, { role: 'meta', name: 'Bob' })).rejects.toThrow(/BAD_TOKEN.*allowReclaim/);
      // Bob's browser tab is gone with his seat token: the host lets him back, and he comes with the code, his seat and his name.
      expect((await call(ada, C2S.host, { command: 'allowReclaim', role: 'meta' })).ok).toBe(true);
      bob = quiet(await joinMatch(PORT, code, { role: 'meta', name: 'bob' }));
      expect(bob.session().seatToken).toBeTruthy();
      onResolved(ada);
      expect(ada.session()).toMatchObject({ code, role: 'openai', isHost: true });
      expect(bob.session()).toMatchObject({ code, role: 'meta' });
      await waitPlanning(ada, q);
      const seats = ada.room.state.seats;
      expect(seats.get('openai')!.name).toBe('Ada');
      expect(seats.get('meta')!.name).toBe('Bob');
      // Nothing acknowledged is lost: Ada's orders are still submitted, her proposal is still open.
      await vi.waitFor(() => expect(ada.room.state.timerPaused).toBe(false));
      expect(seats.get('openai')!.submitted).toBe(true);
      expect(seats.get('meta')!.submitted).toBe(false);
      await vi.waitFor(() => expect(view(ada, 'openai').proposals.find((p) => p.id === proposalId)).toMatchObject({ status: 'open', to: 'microsoft' }));
      expect(server.output()).toMatch(/3 quarters replayed and verified, 3 inputs of quarter 3 given back/);
    }
    await submit(bob, must(orders[q]?.meta, `Bob's orders of quarter ${q}`));
    await vi.waitFor(() => expect(hashes[q]).toBeTruthy(), { timeout: 15_000 });
    if (q < QUARTERS - 1) {
      await vi.waitFor(() => expect(ada.room.state.phase).toBe('results'));
      expect((await call(ada, C2S.host, { command: 'next' })).ok).toBe(true);
    }
  }
  await vi.waitFor(() => expect(ada.room.state.phase).toBe('debrief'));
  expect(ada.room.state.stateHash).toBe(hashes[QUARTERS - 1]);
  await ada.room.leave();
  await bob.room.leave();
  return { hashes, orders, code, server };
}

const pgMissing = postgresMissing();
let postgres: TestPostgres | null = null;

afterAll(async () => {
  await postgres?.stop();
});

/** The records in PostgreSQL: a fresh database on a test server started once for the file. */
async function pgPlace(name: string): Promise<Place> {
  postgres ??= await startPostgres(PG_PORT);
  return { dataDir: tempDir(), env: { DATABASE_URL: await postgres.createDatabase(name) } };
}

describe.each([
  { backend: 'SQLite', place: (_: string): Promise<Place> => Promise.resolve({ dataDir: tempDir() }), skip: false },
  { backend: 'PostgreSQL', place: pgPlace, skip: pgMissing !== null },
])('crash recovery ($backend)', ({ backend, place, skip }) => {
  it.skipIf(skip)('a match survives kill -9: restored under the same code, finished, hashes equal an uninterrupted run', async () => {
    const crashed = await play(await place(`crashed_${backend.toLowerCase()}`), { crash: true });
    expect(crashed.server.output()).toContain('Restored 1 unfinished match after a restart');

    // The record the server wrote replays and verifies, and shows the whole match.
    const list = await (await fetch(`${crashed.server.url}/api/records`)).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ status: 'finished', quartersPlayed: QUARTERS, seed: 'crash-test' });
    const text = await (await fetch(`${crashed.server.url}/api/records/${list.items[0].id}`)).text();
    const read = checkRecord(JSON.parse(text));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(verifyRecord(read.record).ok).toBe(true);
    expect(read.record.quarters.map((q) => q.hash)).toEqual(crashed.hashes);
    expect(read.record.seats.filter((s) => s.kind === 'human').map((s) => s.name)).toEqual(['Ada', 'Bob']);
    expect(read.record.quarters[1]?.dealActions).toHaveLength(1);
    expect(read.record.quarters[2]?.hostEvents).toEqual([{ id: 'killerApp' }]);
    expect(read.record.quarters[CRASH_QUARTER]?.hostEvents).toEqual([{ id: 'rateCut' }]);
    expect(read.record.quarters[CRASH_QUARTER]?.dealActions.map((a) => [a.type, a.seat])).toEqual([['proposeDeal', 'openai']]);
    expect(read.record.quarters[CRASH_QUARTER]?.sources).toMatchObject({ openai: 'submitted', meta: 'submitted' });
    await crashed.server.stop();

    const straight = await play(await place(`straight_${backend.toLowerCase()}`), { given: crashed.orders });
    expect(straight.hashes).toEqual(crashed.hashes);
    await straight.server.stop();
  });
});

describe('restart after a graceful shutdown', () => {
  it('restores live matches, gives up (visibly) on one whose record no longer replays', async () => {
    const dataDir = tempDir();
    let server = await start({ dataDir });
    const bots = { openai: { kind: 'bot' as const }, meta: { kind: 'bot' as const }, microsoft: { kind: 'bot' as const }, amazon: { kind: 'bot' as const }, google: { kind: 'bot' as const } };
    const hosts: { code: string; secret: string }[] = [];
    for (const seed of ['keep-me', 'break-me']) {
      const host = quiet(await createMatch(PORT, { settings: { seed, quarters: 5, planningSeconds: 0, resultsSeconds: 0, seats: bots } }));
      expect((await call(host, C2S.host, { command: 'start' })).ok).toBe(true);
      expect((await call(host, C2S.host, { command: 'resolveNow' })).ok).toBe(true);
      await vi.waitFor(() => expect(host.room.state.phase).toBe('results'));
      hosts.push({ code: host.session().code, secret: host.session().hostSecret! });
    }
    await server.stop();

    // Edit the second match's stored quarter (a live match's quarters are rows; only a replay can tell).
    const db = new Database(path.join(dataDir, 'compute-race.sqlite'));
    const row = db
      .prepare(`SELECT q.record_id AS id, q.quarter_json FROM record_quarters q JOIN records r ON r.id = q.record_id WHERE r.seed = 'break-me' AND q.quarter = 0`)
      .get() as { id: string; quarter_json: string };
    const edited = JSON.parse(row.quarter_json) as MatchRecord['quarters'][number];
    edited.orders.meta!.chips.gw += 1;
    db.prepare('UPDATE record_quarters SET quarter_json = ? WHERE record_id = ? AND quarter = 0').run(JSON.stringify(edited), row.id);
    db.close();

    server = await start({ dataDir });
    const [kept, broken] = exactly(hosts, 2, 'hosted matches');
    expect(server.output()).toContain(`Restored 1 unfinished match after a restart: ${kept.code}`);
    expect(server.output()).toMatch(new RegExp(`match ${broken.code} .* not restored: its record does not replay on this server: quarter 0 \\(Q1 2026\\) does not reproduce`));
    expect((await fetch(`${server.url}/api/rooms/${broken.code}`)).status).toBe(404);
    const all = await (await fetch(`${server.url}/api/records?status=all`)).json();
    const brokenItem = all.items.find((i: { seed: string }) => i.seed === 'break-me');
    expect(brokenItem).toMatchObject({ status: 'abandoned' });
    expect(brokenItem.note).toMatch(/does not replay/);

    // The restored one waits, paused, for its host; then it goes on from quarter 1.
    const host = quiet(await joinMatch(PORT, kept.code, { hostSecret: kept.secret }));
    expect(host.session().isHost).toBe(true);
    await vi.waitFor(() => expect(host.room.state).toMatchObject({ phase: 'planning', quarter: 1, timerPaused: false }));
    expect((await call(host, C2S.host, { command: 'resolveNow' })).ok).toBe(true);
    await vi.waitFor(() => expect(host.room.state.quarter).toBe(2));
    await host.room.leave();
    await server.stop();
  });
});
