import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './json';

/**
 * The path of a request under `prefix` (trailing slashes dropped) for read-only endpoints:
 * null when the request is not under `prefix`, and also null (after answering 405) when it is
 * not a GET or HEAD. `handled` tells the two nulls apart.
 */
export function readOnlyPath(req: IncomingMessage, res: ServerResponse, prefix: string): { path: string | null; handled: boolean } {
  const p = new URL(req.url ?? '/', 'http://x').pathname.replace(/\/+$/, '');
  if (p !== prefix && !p.startsWith(`${prefix}/`)) return { path: null, handled: false };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendJson(res, 405, { error: `${req.method} is not allowed on ${p}; use GET` });
    return { path: null, handled: true };
  }
  return { path: p, handled: true };
}
