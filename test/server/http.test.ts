import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol';
import { ROLES } from '../../shared/roles';
import { boot, createMatch, joinMatch, serverForFile } from './helpers';

const PORT = 2601;
const b = serverForFile(() => boot(PORT));

describe('HTTP', () => {
  it('GET /health reports status, version, rooms and clients', async () => {
    const empty = await fetch(`${b.url}/health`).then((r) => r.json());
    expect(empty).toMatchObject({ status: 'ok', protocolVersion: PROTOCOL_VERSION, rooms: 0, clients: 0 });
    expect(empty.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(typeof empty.engineVersion).toBe('string');

    const host = await createMatch(PORT, {});
    const guest = await joinMatch(PORT, host.session().code, {});
    const busy = await fetch(`${b.url}/health`).then((r) => r.json());
    expect(busy).toMatchObject({ rooms: 1, clients: 2 });
    await guest.room.leave();
    await host.room.leave();
  });

  it('GET /api/catalogue lists scenarios, the event catalogue, personas and settings', async () => {
    const res = await fetch(`${b.url}/api/catalogue`);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const cat = await res.json();
    expect(cat.roles).toEqual([...ROLES]);
    expect(cat.scenarios.length).toBeGreaterThan(0);
    expect(cat.scenarios.filter((s: { isDefault: boolean }) => s.isDefault)).toHaveLength(1);
    expect(cat.scenarios[0].hash).toBeTruthy();
    expect(cat.events.length).toBeGreaterThan(5);
    for (const e of cat.events) expect(['global', 'company', 'cloud']).toContain(e.target);
    expect(cat.personas).toEqual(['classic', 'balanced', 'builder', 'cloud-first', 'frugal']);
    expect(cat.settings.defaults.planningSeconds).toBe(120);
    expect(cat.limits.rateLimitPerSecond).toBe(20);
  });

  it('GET /api/rooms/:code describes a live room and rejects bad codes', async () => {
    const host = await createMatch(PORT, { name: 'Ada', role: 'google', settings: { seed: 'abc' } });
    const code = host.session().code;
    const info = await fetch(`${b.url}/api/rooms/${code.toLowerCase().slice(0, 3)}-${code.toLowerCase().slice(3)}`).then((r) => r.json());
    expect(info).toMatchObject({ code, phase: 'lobby', seed: 'abc', clients: 1 });
    expect(info.seats.find((s: { role: string }) => s.role === 'google')).toMatchObject({ claimed: true, name: 'Ada' });
    const missing = await fetch(`${b.url}/api/rooms/ZZZZZZ`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatch(/no live match/);
    const bad = await fetch(`${b.url}/api/rooms/hello!`);
    expect(bad.status).toBe(400);
    await host.room.leave();
  });

  it('serves the client, its routes and 404s for missing files; refuses other methods on the API', async () => {
    const page = await fetch(`${b.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/Compute Race test client/);
    expect((await fetch(`${b.url}/play/room`)).status).toBe(200);
    expect((await fetch(`${b.url}/missing.js`)).status).toBe(404);
    expect((await fetch(`${b.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${b.url}/api/nothing`)).status).toBe(404);
    expect((await fetch(`${b.url}/health`, { method: 'POST' })).status).toBe(405);
  });
});
