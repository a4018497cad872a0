import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { acceptedEncodings, type Encoding } from './encoding';

// Serves the built client (dist/client) as static files, with index.html for unknown paths
// without an extension (the client's own routes). Files Vite named by content hash are cached for
// a year and never revalidated; the page itself is revalidated every time; text files are sent as
// the brotli or gzip copy written at build (cli/build/precompress.ts) when the request allows it.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

function fileAt(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Vite's output names in assets/: name-HASH.ext, the hash 8 base64url characters. */
const HASHED = /(^|\/)assets\/[^/]+-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Cache-Control for a file, by its path relative to the client's root. */
export function cachePolicy(relative: string): string {
  const rel = relative.split(path.sep).join('/');
  if (rel.endsWith('.html')) return 'no-cache';
  if (HASHED.test(rel)) return IMMUTABLE;
  return 'public, max-age=3600';
}

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };
const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|txt|csv|wasm)$/i;

/** The precompressed copy to send, or the plain file. */
function variant(file: string, req: IncomingMessage): { file: string; encoding: Encoding | null } {
  for (const enc of acceptedEncodings(req.headers['accept-encoding'])) {
    if (fileAt(file + SUFFIX[enc])) return { file: file + SUFFIX[enc], encoding: enc };
  }
  return { file, encoding: null };
}

/** Returns true when it answered the request. */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return false;
  }
  const base = path.resolve(root);
  let file = path.resolve(base, '.' + (pathname.endsWith('/') ? pathname + 'index.html' : pathname));
  if (file !== base && !file.startsWith(base + path.sep)) return false;
  if (!fileAt(file)) {
    if (path.extname(pathname) !== '') return false;
    file = path.join(base, 'index.html');
    if (!fileAt(file)) return false;
  }
  const ext = path.extname(file).toLowerCase();
  const sent = COMPRESSIBLE.test(file) ? variant(file, req) : { file, encoding: null };
  // Revalidation (the page, unhashed art): the file's modification time, to the second.
  const modified = new Date(Math.floor(statSync(file).mtimeMs / 1000) * 1000);
  res.setHeader('Cache-Control', cachePolicy(path.relative(base, file)));
  res.setHeader('Last-Modified', modified.toUTCString());
  if (COMPRESSIBLE.test(file)) res.setHeader('Vary', 'Accept-Encoding');
  const since = Date.parse(String(req.headers['if-modified-since'] ?? ''));
  if (Number.isFinite(since) && modified.getTime() <= since) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
  res.setHeader('Content-Length', statSync(sent.file).size);
  if (sent.encoding) res.setHeader('Content-Encoding', sent.encoding);
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  createReadStream(sent.file).pipe(res);
  return true;
}
