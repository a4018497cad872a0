import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExpressMiddleware } from '@colyseus/core';
import { monitor } from '@colyseus/monitor';

// The Colyseus monitor (rooms, clients, inspect and dispose a room) at /monitor, only when
// ADMIN_SECRET is set, and only for requests that present it: HTTP Basic auth with the secret as
// the password (what a browser prompts for) or `Authorization: Bearer <secret>`.

export const ADMIN_SECRET_ENV = 'ADMIN_SECRET';
export const ADMIN_PATH = '/monitor';
export const ADMIN_SECRET_MIN_LENGTH = 12;

/** The admin secret from the environment: null when unset (monitor off); throws when too short to be one. */
export function adminSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const secret = env[ADMIN_SECRET_ENV];
  if (secret === undefined || secret === '') return null;
  if (secret.length < ADMIN_SECRET_MIN_LENGTH) {
    throw new Error(`${ADMIN_SECRET_ENV} must be at least ${ADMIN_SECRET_MIN_LENGTH} characters long (got ${secret.length}); unset it to turn the monitor off`);
  }
  return secret;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** The secret a request presents (Bearer token, or the password of Basic auth), or null. */
export function presentedSecret(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const [scheme, value] = authorization.split(' ', 2);
  if (!value) return null;
  if (scheme?.toLowerCase() === 'bearer') return value;
  if (scheme?.toLowerCase() !== 'basic') return null;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : decoded.slice(colon + 1);
}

export function adminGate(secret: string): ExpressMiddleware {
  const want = digest(secret);
  return (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => {
    const given = presentedSecret(req.headers.authorization);
    if (given !== null && timingSafeEqual(digest(given), want)) return next();
    res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', 'WWW-Authenticate': 'Basic realm="Compute Race admin", charset="UTF-8"' });
    res.end(`The monitor needs the admin secret (${ADMIN_SECRET_ENV}) as the password.\n`);
  };
}

/** Mounts the gated monitor on the server's Express app; does nothing without a secret. */
export function mountAdmin(app: { use(path: string, ...handlers: ExpressMiddleware[]): unknown }, secret: string | null): void {
  if (!secret) return;
  app.use(ADMIN_PATH, adminGate(secret), monitor());
}
