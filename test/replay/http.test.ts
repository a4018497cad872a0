import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startGameServer, type GameServer } from '../../server';
import { C2S } from '../../shared/protocol';
import { checkRecord, serializeRecord, verifyRecord, type MatchRecord } from '../../shared/replay';
import { ROOMY_LIMITS, call, createMatch, joinMatch } from '../server/helpers';
import { badFiles, resealed } from './badFiles';
import { playScripted, recordQuarter } from './helpers';

// The records API (issue 6, point 4): list finished matches (paged), download, upload to view
// with every bad-file case refused by name, and "play from here" forks into a live room.

const PORT = 2702;
const URL_ = `http://127.0.0.1:${PORT}`;
let game: GameServer;
let dataDir: string;
const good = playScripted({ seed: 'http-upload', quarters: 6 }).record;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'cr-http-'));
  game = await startGameServer({ port: PORT, host: '127.0.0.1', staticDir: null, dataDir, limits: ROOMY_LIMITS });
});
afterAll(async () => {
  await game.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function upload(body: Uint8Array | string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${URL_}/api/records`, { method: 'POST', body: body as BodyInit, headers: { 'Content-Type': 'application/json' } });
  return { status: res.status, body: await res.json() };
}

/** Plays a quick server match to the end (all bots, host commands from the server side). */
async function finishedMatch(seed: string, quarters = 4): Promise<string> {
  const host = await createMatch(PORT, { settings: { seed, quarters, planningSeconds: 0, resultsSeconds: 0, seats: { openai: { kind: 'bot' }, meta: { kind: 'bot' }, microsoft: { kind: 'bot' }, amazon: { kind: 'bot' }, google: { kind: 'bot' } } } });
  expect((await call(host, C2S.host, { command: 'start' })).ok).toBe(true);
  for (let q = 0; q < quarters; q++) {
    await vi.waitFor(() => expect(host.room.state.phase).toBe('planning'));
    expect((await call(host, C2S.host, { command: 'resolveNow' })).ok).toBe(true);
    if (q < quarters - 1) {
      await vi.waitFor(() => expect(host.room.state.phase).toBe('results'));
      expect((await call(host, C2S.host, { command: 'next' })).ok).toBe(true);
    }
  }
  await vi.waitFor(() => expect(host.room.state.phase).toBe('debrief'));
  const code = host.session().code;
  await host.room.leave();
  return code;
}

describe('records API', () => {
  it('lists finished matches newest first, paged, and serves each record', async () => {
    for (const seed of ['list-a', 'list-b', 'list-c']) await finishedMatch(seed);
    const page1 = await (await fetch(`${URL_}/api/records?pageSize=2`)).json();
    expect(page1).toMatchObject({ page: 1, pageSize: 2, total: 3, pages: 2 });
    expect(page1.items.map((i: { seed: string }) => i.seed)).toEqual(['list-c', 'list-b']);
    const page2 = await (await fetch(`${URL_}/api/records?pageSize=2&page=2`)).json();
    expect(page2.items.map((i: { seed: string }) => i.seed)).toEqual(['list-a']);
    expect(page2.items[0]).toMatchObject({ origin: 'match', status: 'finished', quartersPlayed: 4, quartersTotal: 4 });

    const res = await fetch(`${URL_}/api/records/${page2.items[0].id}?download=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="compute-race-list-a-/);
    const read = checkRecord(await res.json());
    expect(read.ok).toBe(true);
    if (read.ok) expect(verifyRecord(read.record).ok).toBe(true);
    // Secrets of the room (seat tokens, host secret) never appear in a record.
    const text = await (await fetch(`${URL_}/api/records/${page2.items[0].id}`)).text();
    expect(text).not.toMatch(/token|hostSecret/i);
  });

  it('answers bad queries and unknown ids clearly', async () => {
    expect((await fetch(`${URL_}/api/records?pageSize=500`)).status).toBe(400);
    const missing = await fetch(`${URL_}/api/records/AAAAAAAAAAAA`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatch(/no record with id AAAAAAAAAAAA/);
    expect((await fetch(`${URL_}/api/records/x`)).status).toBe(404);
    const del = await fetch(`${URL_}/api/records/AAAAAAAAAAAA`, { method: 'DELETE' });
    expect(del.status).toBe(405);
  });

  it('accepts a good upload after re-running it, once (same file → same id)', async () => {
    const first = await upload(serializeRecord(good));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ duplicate: false, verified: true, quarters: 6 });
    const again = await upload(serializeRecord(good, { pretty: true }));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, duplicate: true });
    const uploads = await (await fetch(`${URL_}/api/records?origin=upload`)).json();
    expect(uploads.items.map((i: { id: string }) => i.id)).toEqual([first.body.id]);
    // Uploads are not mixed into the server's own matches.
    const matches = await (await fetch(`${URL_}/api/records?pageSize=100`)).json();
    expect(matches.items.some((i: { id: string }) => i.id === first.body.id)).toBe(false);
  });

  for (const bad of badFiles(good)) {
    it(`refuses an upload: ${bad.name} (${bad.kind})`, async () => {
      const r = await upload(bad.bytes);
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.body.kind).toBe(bad.kind);
      expect(r.body.error).toMatch(bad.says);
    });
  }

  it('refuses a re-sealed record whose quarters do not reproduce, naming the quarter', async () => {
    const edited = resealed(good, (r: MatchRecord) => {
      recordQuarter(r, 2).orders.meta!.chips.gw += 2;
    });
    const r = await upload(serializeRecord(edited));
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ kind: 'tampered', quarter: 2 });
    expect(r.body.error).toMatch(/quarter 2 \(Q3 2026\) does not reproduce/);
  });

  it('refuses a file over the size limit (413)', async () => {
    const r = await upload(new Uint8Array(4 * 1024 * 1024 + 10).fill(32));
    expect(r.status).toBe(413);
    expect(r.body.kind).toBe('tooLarge');
  });

  it('forks a record at quarter N into a live room others join by code', async () => {
    const up = await upload(serializeRecord(playScripted({ seed: 'fork-http', quarters: 6 }).record));
    const id = up.body.id;
    const bad = await fetch(`${URL_}/api/records/${id}/fork`, { method: 'POST', body: JSON.stringify({ quarter: 9 }) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/quarter: must be a whole number from 0 to 6/);
    expect((await fetch(`${URL_}/api/records/${id}/fork`, { method: 'POST', body: 'nope' })).status).toBe(400);

    const res = await fetch(`${URL_}/api/records/${id}/fork`, { method: 'POST', body: JSON.stringify({ quarter: 3, planningSeconds: 0, resultsSeconds: 0 }) });
    expect(res.status).toBe(201);
    const fork = await res.json();
    expect(fork.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    const teacher = await joinMatch(PORT, fork.code, { hostSecret: fork.hostSecret });
    const student = await joinMatch(PORT, fork.code, { name: 'Sam', role: 'openai' });
    await vi.waitFor(() => expect(teacher.room.state.quarter).toBe(3));
    expect(teacher.room.state.phase).toBe('lobby');
    expect(teacher.room.state.settings.seed).toBe('fork-http');
    // The hash of the last quarter kept is there at once, not only after the next quarter.
    const forked = checkRecord(await (await fetch(`${URL_}/api/records/${id}`)).json());
    expect(forked.ok && teacher.room.state.stateHash).toBe(forked.ok && recordQuarter(forked.record, 2).hash);
    expect((await call(teacher, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    expect((await call(teacher, C2S.host, { command: 'resolveNow' })).ok).toBe(true);
    expect((await call(teacher, C2S.host, { command: 'end' })).ok).toBe(true);
    await student.room.leave();
    await teacher.room.leave();

    const list = await (await fetch(`${URL_}/api/records?pageSize=100`)).json();
    const item = list.items.find((i: { id: string }) => i.id === fork.matchId);
    expect(item).toMatchObject({ status: 'ended', quartersPlayed: 4, forkedFrom: id });
    const record = checkRecord(await (await fetch(`${URL_}/api/records/${fork.matchId}`)).json());
    expect(record.ok).toBe(true);
    if (!record.ok) return;
    expect(record.record.meta.forkedFrom).toMatchObject({ matchId: id, quarter: 3 });
    const source = (await (await fetch(`${URL_}/api/records/${id}`)).json()) as MatchRecord;
    expect(record.record.quarters.slice(0, 3)).toEqual(source.quarters.slice(0, 3));
    expect(record.record.seats.find((s) => s.role === 'openai')?.name).toBe('Sam');
    expect(verifyRecord(record.record).ok).toBe(true);
  });

  it('marks a match everyone left as abandoned (kept, not listed as finished)', async () => {
    const host = await createMatch(PORT, { settings: { seed: 'left-alone', quarters: 4, planningSeconds: 0 }, name: 'Lea', role: 'google' });
    expect((await call(host, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    await host.room.leave();
    await vi.waitFor(async () => {
      const all = await (await fetch(`${URL_}/api/records?status=all&pageSize=100`)).json();
      expect(all.items.find((i: { seed: string }) => i.seed === 'left-alone')?.status).toBe('abandoned');
    }, { timeout: 10_000 });
    const done = await (await fetch(`${URL_}/api/records?pageSize=100`)).json();
    expect(done.items.some((i: { seed: string }) => i.seed === 'left-alone')).toBe(false);
  });
});
