import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { C2S, checkDisplayName, nameKey } from '../../shared/protocol';
import { secretHash } from '../../server/security/secrets';
import { call, createMatch, joinMatch, type Player } from '../server/helpers';
import { startSecureServer, type SecureServer } from './helpers';

// Identity (issue 12, H2 and Low): a seat is taken back only with its token or after the host
// allowed it (the player's public name alone is not enough, after a restart or not); names are
// normalized and unique beyond case, invisible characters and lookalike letters; host secrets
// and seat tokens are stored only as hashes.

const PORT = 2803;
const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-identity-'));
let srv: SecureServer | null = null;
const open: Player[] = [];

afterAll(async () => {
  for (const p of open) {
    p.room.reconnection.enabled = false;
    await Promise.race([p.room.leave().catch(() => undefined), new Promise((r) => setTimeout(r, 1000))]);
  }
  await srv?.game.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const bots = { microsoft: { kind: 'bot' as const }, amazon: { kind: 'bot' as const }, google: { kind: 'bot' as const } };

describe('seats after a restart (H2)', () => {
  it('the public name alone does not take a seat; the token does, and the host lets a player back by name', async () => {
    srv = await startSecureServer(PORT, {}, dataDir);
    const ann = await createMatch(PORT, { settings: { seed: 'identity', quarters: 4, planningSeconds: 0, resultsSeconds: 0, seats: bots }, name: 'Ann', role: 'openai' });
    const code = ann.session().code;
    const bob = await joinMatch(PORT, code, { name: 'Bob', role: 'meta' });
    const secrets = { host: ann.session().hostSecret!, ann: ann.session().seatToken!, bob: bob.session().seatToken! };
    expect((await call(ann, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    await vi.waitFor(() => expect(ann.room.state.phase).toBe('planning'));

    for (const p of [ann, bob]) {
      p.room.reconnection.enabled = false;
      await p.room.leave(false).catch(() => undefined);
    }
    await srv.game.close();
    // Stored (read once the server has let go of its database): hashes only.
    const db = new Database(path.join(dataDir, 'compute-race.sqlite'), { readonly: true });
    const stored = (db.prepare('SELECT room_json FROM live_matches').get() as { room_json: string }).room_json;
    db.close();
    for (const s of Object.values(secrets)) {
      expect(stored).not.toContain(s);
      expect(stored).toContain(secretHash(s));
    }

    srv = await startSecureServer(PORT, {}, dataDir);
    await vi.waitFor(async () => expect((await fetch(`${srv!.url}/api/rooms/${code}`)).status).toBe(200));

    // Names are public: anyone can read them. They do not open a seat.
    const info = await (await fetch(`${srv.url}/api/rooms/${code}`)).json();
    expect(info.seats.find((s: { role: string }) => s.role === 'meta').name).toBe('Bob');
    for (const name of ['Bob', 'bob', 'BOB', 'Воb']) {
      await expect(joinMatch(PORT, code, { role: 'meta', name })).rejects.toThrow(/BAD_TOKEN/);
    }
    // The token does.
    const annBack = await joinMatch(PORT, code, { seatToken: secrets.ann, hostSecret: secrets.host });
    open.push(annBack);
    expect(annBack.session()).toMatchObject({ role: 'openai', isHost: true, hostSecret: secrets.host, seatToken: secrets.ann });
    // The host lets Bob back by name, once: a wrong name changes nothing; his name gets the seat and a new token.
    expect((await call(annBack, C2S.host, { command: 'allowReclaim', role: 'meta' })).ok).toBe(true);
    await expect(joinMatch(PORT, code, { role: 'meta', name: 'Mallory' })).rejects.toThrow(/not the name they played under/);
    const bobBack = await joinMatch(PORT, code, { role: 'meta', name: 'bob' });
    open.push(bobBack);
    expect(bobBack.session().role).toBe('meta');
    expect(bobBack.session().seatToken).toBeTruthy();
    expect(bobBack.session().seatToken).not.toBe(secrets.bob);
    // The old token no longer works; and the leave was for one comeback only.
    await expect(joinMatch(PORT, code, { seatToken: secrets.bob })).rejects.toThrow(/BAD_TOKEN/);
    bobBack.room.reconnection.enabled = false;
    await bobBack.room.leave(false);
    await vi.waitFor(() => expect(annBack.room.state.seats.get('meta')!.connected).toBe(false));
    await expect(joinMatch(PORT, code, { role: 'meta', name: 'Bob' })).rejects.toThrow(/BAD_TOKEN/);
    // A player cannot let themselves back in: allowReclaim is a host command.
    const watcher = await joinMatch(PORT, code, {});
    open.push(watcher);
    expect((await call(watcher, C2S.host, { command: 'allowReclaim', role: 'meta' })).payload.code).toBe('NOT_HOST');
  });
});

describe('display names', () => {
  it('are normalized: NFKC, invisible characters stripped, spaces collapsed', () => {
    expect(checkDisplayName('Ａｄａ')).toEqual({ ok: true, name: 'Ada' });
    expect(checkDisplayName('A\u200bd\u200da\ufeff')).toEqual({ ok: true, name: 'Ada' });
    expect(checkDisplayName('  Ada   \u00a0 Lovelace ')).toEqual({ ok: true, name: 'Ada Lovelace' });
    expect(checkDisplayName('\u200b\u200c').ok).toBe(false);
    expect(checkDisplayName('evil\u202ename').ok).toBe(false);
    expect(nameKey('Аda')).toBe(nameKey('ada')); // Cyrillic А
    expect(nameKey('ΑΝΝΑ')).toBe(nameKey('anna')); // Greek capitals
    expect(nameKey('Ρaul')).toBe(nameKey('PAUL')); // Greek Ρ
    expect(nameKey('Ada')).not.toBe(nameKey('Adá'));
  });

  it('are unique in a room beyond case, invisible characters and Latin/Cyrillic/Greek lookalikes', async () => {
    srv ??= await startSecureServer(PORT, {}, dataDir);
    const ada = await createMatch(PORT, { name: 'Ada', role: 'openai' });
    open.push(ada);
    const code = ada.session().code;
    for (const name of ['ada', 'ADA', 'Аda', 'A\u200bda', 'Ａｄａ', 'Αda']) {
      await expect(joinMatch(PORT, code, { name, role: 'meta' }), name).rejects.toThrow(/BAD_NAME.*already plays in this room/);
    }
    const other = await joinMatch(PORT, code, { name: ' Ada  B ', role: 'meta' });
    open.push(other);
    await vi.waitFor(() => expect(ada.room.state.seats.get('meta')!.name).toBe('Ada B'));
    // Renaming into someone else's name through claimSeat is refused too.
    const rename = await call(other, C2S.claimSeat, { role: 'meta', name: 'aDa' });
    expect(rename.payload.code).toBe('BAD_NAME');
  });
});
