import { describe, expect, it } from 'vitest';
import { STACK_TRACE, matchmake, secureServerForFile } from './helpers';

// HTTP hardening (issue 12, Low): security headers, CORS limited to the page's own origin, 400
// for malformed URL escapes, no stack traces, no X-Powered-By, and a request budget per address
// that forged X-Forwarded-For headers do not escape.

const PORT = 2801;
const srv = secureServerForFile(PORT, { httpPerIp: { capacity: 30, perMinute: 30 }, allowedOrigins: ['https://school.example'] });

describe('security headers', () => {
  it('every answer carries CSP, frame, nosniff and referrer headers, and no X-Powered-By', async () => {
    for (const path of ['/', '/health', '/api/catalogue', '/api/rooms/ABCDEF', '/no-such-file.js']) {
      const res = await fetch(`${srv.url}${path}`);
      await res.arrayBuffer();
      expect(res.headers.get('x-powered-by'), path).toBeNull();
      expect(res.headers.get('content-security-policy'), path).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
      expect(res.headers.get('content-security-policy'), path).toContain(`connect-src 'self' ws://127.0.0.1:${PORT} wss://127.0.0.1:${PORT}`);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
    srv.clock.advance(60_000);
  });
});

describe('CORS', () => {
  it('does not reflect a foreign origin and never allows credentials', async () => {
    const evil = await fetch(`${srv.url}/health`, { headers: { Origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
    const pre = await fetch(`${srv.url}/matchmake/create/match`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows the page own origin and the configured ones', async () => {
    const own = await fetch(`${srv.url}/health`, { headers: { Origin: srv.url } });
    expect(own.headers.get('access-control-allow-origin')).toBe(srv.url);
    const listed = await fetch(`${srv.url}/health`, { headers: { Origin: 'https://school.example' } });
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://school.example');
    expect(listed.headers.get('access-control-allow-credentials')).toBeNull();
    srv.clock.advance(60_000);
  });
});

describe('malformed requests', () => {
  it('answers malformed %-escapes with 400 and a short JSON error, never a stack trace', async () => {
    for (const path of ['/api/rooms/%E0%A4%A', '/%zz', '/assets/%', '/api/classes/%C0', '/api/records/%ff%fe', '/health?x=%']) {
      const res = await fetch(`${srv.url}${path}`);
      const text = await res.text();
      expect(res.status, path).toBe(400);
      expect(JSON.parse(text).error, path).toMatch(/malformed URL/);
      expect(text, path).not.toMatch(STACK_TRACE);
    }
    srv.clock.advance(60_000);
  });

  it('bad matchmaking bodies and unknown room names get short errors without stack traces', async () => {
    const answers = [
      await fetch(`${srv.url}/matchmake/create/match`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"settings":' }),
      await matchmake(srv.url, 'create', 'nope'),
      await matchmake(srv.url, 'create', 'match', { settings: { quarters: 'many' } }),
      await matchmake(srv.url, 'joinById', 'ZZZZZZ'),
    ];
    for (const res of answers) {
      const text = await res.text();
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(text).not.toMatch(STACK_TRACE);
    }
    srv.clock.advance(60_000);
  });
});

describe('matchmaking spelled differently', () => {
  it('does not slip joinOrCreate past the front door', async () => {
    for (const p of ['//matchmake/joinOrCreate/match', '/matchmake//joinOrCreate/match', '/MATCHMAKE/joinOrCreate/match', '/matchmake/joinOrCreate/match/', '/matchmake/join%4FrCreate/match']) {
      const res = await fetch(`${srv.url}${p}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      const text = await res.text();
      expect(res.status, p).not.toBe(200);
      expect(res.status, p).toBeLessThan(500);
      expect(text, p).not.toMatch(/roomId/);
    }
    srv.clock.advance(60_000);
  });
});

describe('request budget per address', () => {
  it('answers 429 with Retry-After past the budget, forged X-Forwarded-For included, and serves again later', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 40; i++) {
      // A client cannot pick its own address: the header is dropped (no trusted proxy configured).
      const res = await fetch(`${srv.url}/health`, { headers: { 'X-Forwarded-For': `10.0.0.${i}`, 'X-Real-IP': `10.1.0.${i}` } });
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        expect((await res.json()).error).toMatch(/too many requests/);
      } else await res.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    // The page itself (static files) is not counted.
    expect((await fetch(`${srv.url}/`)).status).toBe(200);
    srv.clock.advance(Number(retryAfter) * 1000);
    expect((await fetch(`${srv.url}/health`)).status).toBe(200);
  });
});
