import type { IncomingMessage } from 'node:http';

// The client's address, decided once per request by the front door and written into X-Real-IP,
// which Colyseus (onAuth context) and the HTTP routes then read. Forwarding headers sent by the
// client itself are dropped unless the server runs behind a reverse proxy that sets them.

const FORWARDING = ['x-forwarded-for', 'x-real-ip', 'x-client-ip'] as const;

function proxiedAddress(req: IncomingMessage): string | null {
  const xff = req.headers['x-forwarded-for'];
  const list = (Array.isArray(xff) ? xff.join(',') : xff ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  // The proxy appends the address it saw: the last entry is the one a client cannot forge.
  const last = list.at(-1);
  if (last !== undefined) return last;
  const real = req.headers['x-real-ip'];
  return (Array.isArray(real) ? real[0] : real)?.trim() || null;
}

/** Decides the address and pins it in X-Real-IP (and nowhere else). */
export function pinClientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  const ip = normalizeAddress((trustProxy && proxiedAddress(req)) || socketAddress);
  for (const h of FORWARDING) delete req.headers[h];
  req.headers['x-real-ip'] = ip;
  return ip;
}

/** The address pinned by the front door. */
export function clientAddress(req: IncomingMessage): string {
  const v = req.headers['x-real-ip'];
  return (Array.isArray(v) ? v[0] : v) ?? req.socket.remoteAddress ?? 'unknown';
}

/** IPv4-mapped IPv6 (::ffff:1.2.3.4) and plain IPv4 are the same client. */
export function normalizeAddress(ip: string): string {
  return ip.startsWith('::ffff:') ? ip.slice(7) : ip;
}
