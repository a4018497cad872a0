import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../cli/build/precompress';
import { acceptedEncodings } from '../../server/http/encoding';
import { boot, serverForFile } from './helpers';

// Delivery of the built client (issue 14, item 5): hashed files cached for a year as immutable,
// the page revalidated, text sent as the brotli or gzip copy written at build when the request
// accepts it (with Vary), and the security headers of issue 12 on every answer.

const PORT = 2609;
const b = serverForFile(() => boot(PORT));
const script = `export const greeting = ${JSON.stringify('hello '.repeat(800))};\n`;
const page = `<!doctype html><title>Compute Race</title><body>${'<p>page</p>'.repeat(200)}</body>`;

beforeAll(() => {
  writeFileSync(path.join(b.staticDir, 'index.html'), page);
  mkdirSync(path.join(b.staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(b.staticDir, 'assets', 'main-Ab3_x9Zq.js'), script);
  writeFileSync(path.join(b.staticDir, 'assets', 'tiny-Zz9_0aBc.js'), 'export {};\n');
  mkdirSync(path.join(b.staticDir, 'art'), { recursive: true });
  writeFileSync(path.join(b.staticDir, 'art', 'logo.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(400)}</svg>`);
  precompressDir(b.staticDir);
});

async function get(p: string, acceptEncoding: string): Promise<{ res: Response; body: Buffer }> {
  const res = await fetch(`${b.url}${p}`, { headers: { 'Accept-Encoding': acceptEncoding } });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

function expectSecurityHeaders(res: Response): void {
  expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
}

// Node's fetch decodes Content-Encoding itself, so the raw bytes are read with node:http.
async function raw(p: string, acceptEncoding: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer; status: number }> {
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    http
      .get(`${b.url}${p}`, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks), status: res.statusCode ?? 0 }));
      })
      .on('error', reject);
  });
}

describe('static delivery of the client', () => {
  it('answers brotli when accepted, with the type, encoding, length and Vary, cached a year as immutable', async () => {
    const r = await raw('/assets/main-Ab3_x9Zq.js', 'gzip, deflate, br');
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(r.headers['vary']).toMatch(/Accept-Encoding/);
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(r.body).toString()).toBe(script);
  });

  it('answers gzip when brotli is not accepted, and the plain file when neither is', async () => {
    const gz = await raw('/assets/main-Ab3_x9Zq.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);
    const refused = await raw('/assets/main-Ab3_x9Zq.js', 'br;q=0, gzip;q=0.8');
    expect(refused.headers['content-encoding']).toBe('gzip');
    const plain = await raw('/assets/main-Ab3_x9Zq.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/);
    // Files too small to be worth a compressed copy are sent as they are.
    const tiny = await raw('/assets/tiny-Zz9_0aBc.js', 'br, gzip');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('export {};\n');
  });

  it('revalidates the page (and the routes that fall back to it) every time, compressed too', async () => {
    for (const p of ['/', '/index.html', '/some/client/route']) {
      const { res, body } = await get(p, 'br, gzip');
      expect(res.status, p).toBe(200);
      expect(res.headers.get('cache-control'), p).toBe('no-cache');
      expect(res.headers.get('content-type'), p).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-encoding'), p).toBe('br');
      expect(body.toString(), p).toBe(page);
      expectSecurityHeaders(res);
    }
  });

  it('answers a revalidation of an unchanged page with 304 and no body', async () => {
    const first = await raw('/', 'br');
    const lastModified = String(first.headers['last-modified']);
    expect(Date.parse(lastModified)).toBeGreaterThan(0);
    const http = await import('node:http');
    const again = await new Promise<{ status: number; body: number; cache: string | undefined }>((resolve, reject) => {
      http
        .get(`${b.url}/`, { headers: { 'Accept-Encoding': 'br', 'If-Modified-Since': lastModified } }, (res) => {
          let n = 0;
          res.on('data', (c: Buffer) => (n += c.length));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: n, cache: res.headers['cache-control'] }));
        })
        .on('error', reject);
    });
    expect(again).toEqual({ status: 304, body: 0, cache: 'no-cache' });
    const stale = await raw('/', 'br');
    expect(stale.status).toBe(200);
  });

  it('keeps unhashed art on a short cache and every answer carries the security headers', async () => {
    const { res, body } = await get('/art/logo.svg', 'gzip');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(body.toString()).toContain('<svg');
    expectSecurityHeaders(res);
    const js = await get('/assets/main-Ab3_x9Zq.js', 'br');
    expectSecurityHeaders(js.res);
    const missing = await get('/assets/nothing-12345678.js', 'br');
    expect(missing.res.status).toBe(404);
    expectSecurityHeaders(missing.res);
  });

  it('reads Accept-Encoding q-values and wildcards', () => {
    expect(acceptedEncodings(undefined)).toEqual([]);
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0, gzip;q=0.5')).toEqual(['gzip']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(['x-gzip'])).toEqual(['gzip']);
  });
});
