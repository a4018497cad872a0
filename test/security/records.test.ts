import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLASS_SECRET_HEADER } from '../../shared/classroom/protocol';
import { serializeRecord } from '../../shared/replay';
import { createClass, joinClass } from '../classroom/helpers';
import { joinMatch } from '../server/helpers';
import { playScripted } from '../replay/helpers';
import { security } from '../../server/security';
import { startSecureServer, type SecureServer } from './helpers';
import { exactly } from '../support/tuple';

// Records over HTTP (issue 12, M2, M3, M5): uploads and forks (each a full re-run of a match)
// are budgeted per address and for everyone; uploads are kept in canonical form within a quota;
// records of a class's groups (students' names) are served only with the class's host secret.

const PORT = 2805;
let srv: SecureServer;
const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-sec-records-'));

beforeAll(async () => {
  srv = await startSecureServer(
    PORT,
    {
      uploadsPerIp: { capacity: 2, perMinute: 2 },
      uploadsGlobal: { capacity: 3, perMinute: 3 },
      forksPerIp: { capacity: 1, perMinute: 1 },
      forksGlobal: { capacity: 5, perMinute: 5 },
      uploadQuotaBytes: 1024 * 1024,
    },
    dataDir,
  );
});
afterAll(async () => {
  await srv.game.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function upload(body: string): Promise<{ status: number; body: any; retryAfter: string | null }> {
  const res = await fetch(`${srv.url}/api/records`, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
  return { status: res.status, body: await res.json(), retryAfter: res.headers.get('retry-after') };
}

const records = exactly(
  [1, 2, 3, 4].map((salt) => playScripted({ seed: `sec-up-${salt}`, quarters: 4, salt }).record),
  4,
  'records',
);

describe('uploads (M2, M3)', () => {
  it('are budgeted per address: the third upload in a minute gets 429 with Retry-After', async () => {
    expect((await upload(serializeRecord(records[0]))).status).toBe(201);
    // Padded with whitespace: accepted, but kept in its canonical form.
    const padded = JSON.stringify(JSON.parse(serializeRecord(records[1])), null, 400);
    const second = await upload(padded);
    expect(second.status).toBe(201);
    const third = await upload(serializeRecord(records[2]));
    expect(third.status).toBe(429);
    expect(third.body.error).toMatch(/too many uploads/);
    expect(Number(third.retryAfter)).toBeGreaterThanOrEqual(1);

    const stored = await fetch(`${srv.url}/api/records/${second.body.id}`);
    const text = await stored.text();
    expect(JSON.parse(text)).toEqual(JSON.parse(serializeRecord(records[1])));
    expect(text).not.toMatch(/\n/);
    expect(text.length).toBeLessThan(padded.length / 4);
    srv.clock.advance(60_000);
  });

  it('stop at the quota with 507, naming it', async () => {
    const limits = security().limits;
    const quota = limits.uploadQuotaBytes;
    limits.uploadQuotaBytes = 1;
    try {
      const res = await upload(serializeRecord(records[3]));
      expect(res.status).toBe(507);
      expect(res.body.error).toMatch(/quota of 0 MB is used/);
    } finally {
      limits.uploadQuotaBytes = quota;
    }
    expect((await upload(serializeRecord(records[3]))).status).toBe(201);
    srv.clock.advance(60_000);
  });
});

describe('class records (M5) and forks (M2)', () => {
  it('a class group record is not listed and not served without the class secret; forks are budgeted', async () => {
    const teacher = await createClass(PORT, { groups: 1, settings: { quarters: 4, planningSeconds: 0, resultsSeconds: 0 } });
    const code = (teacher.room.state).groups[0].code as string;
    const student = await joinMatch(PORT, code, { name: 'Zoë Private', role: 'openai' });
    expect((await teacher.command({ command: 'start', force: true })).ok).toBe(true);
    await vi.waitFor(() => expect(student.room.state.phase).toBe('planning'));
    expect((await teacher.command({ command: 'end' })).ok).toBe(true);
    await vi.waitFor(() => expect(student.room.state.phase).toBe('debrief'));
    const secret = teacher.session().hostSecret!;
    const classId = teacher.session().classId;
    // Saved with its record id once the class saw the group start.
    const again = await joinClass(PORT, classId, { hostSecret: secret });
    const data = await (await fetch(`${srv.url}/api/classes/${classId}`, { headers: { [CLASS_SECRET_HEADER]: secret } })).json();
    const recordId = data.groups[0].recordId as string;
    expect(recordId).toBeTruthy();

    const listed = await (await fetch(`${srv.url}/api/records?status=all`)).json();
    expect(JSON.stringify(listed)).not.toContain('Zoë Private');
    expect((await fetch(`${srv.url}/api/records/${recordId}`)).status).toBe(404);
    expect((await fetch(`${srv.url}/api/records/${recordId}`, { headers: { [CLASS_SECRET_HEADER]: 'wrong' } })).status).toBe(404);
    const fork = await fetch(`${srv.url}/api/records/${recordId}/fork`, { method: 'POST', body: '{"quarter":0}' });
    expect(fork.status).toBe(404);
    const own = await fetch(`${srv.url}/api/records/${recordId}`, { headers: { [CLASS_SECRET_HEADER]: secret } });
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('Zoë Private');

    // Forks: one a minute from this address (the second is refused before any work).
    const ok = await fetch(`${srv.url}/api/records/${recordId}/fork`, { method: 'POST', body: '{"quarter":0}', headers: { [CLASS_SECRET_HEADER]: secret } });
    expect(ok.status).toBe(201);
    const second = await fetch(`${srv.url}/api/records/${recordId}/fork`, { method: 'POST', body: '{"quarter":0}', headers: { [CLASS_SECRET_HEADER]: secret } });
    expect(second.status).toBe(429);
    expect((await second.json()).error).toMatch(/too many forks/);
    for (const r of [student.room, teacher.room, again.room]) await Promise.race([r.leave(), new Promise((res) => setTimeout(res, 1000))]);
  });
});
