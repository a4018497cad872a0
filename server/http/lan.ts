import type { IncomingMessage, ServerResponse } from 'node:http';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { security } from '../security/state';
import { sendJson as json } from './json';

// GET /api/lan: where students' phones can reach this server, for the QR codes and printed links
// of a class whose console was opened on localhost. A configured public base URL
// (COMPUTE_RACE_PUBLIC_URL) wins; behind a trusted proxy (COMPUTE_RACE_TRUST_PROXY) the address
// the proxy was asked for comes next; else the server's non-loopback IPv4 addresses and its port.

export const PUBLIC_URL_ENV = 'COMPUTE_RACE_PUBLIC_URL';

export interface LanAddress {
  /** e.g. 192.168.1.20 */
  address: string;
  /** Network interface name, e.g. wlan0. */
  interface: string;
  /** http://192.168.1.20:2567 */
  url: string;
}

export interface LanInfo {
  /** The port this server listens on. */
  port: number;
  /** COMPUTE_RACE_PUBLIC_URL when set (no trailing slash), else null. */
  publicUrl: string | null;
  /** COMPUTE_RACE_TRUST_PROXY is on: the server sits behind a reverse proxy. */
  behindProxy: boolean;
  /** Non-loopback IPv4 addresses of this machine (empty when it has none). */
  addresses: LanAddress[];
  /** What to put in join links when the page was opened on loopback; null when nothing is known. */
  joinBase: string | null;
}

/** The public base URL setting: an http(s) URL without query or fragment; throws naming the problem. */
export function publicUrlFrom(raw: string | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${PUBLIC_URL_ENV} must be a URL such as https://game.example.com, got '${text}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${PUBLIC_URL_ENV} must start with http:// or https://, got '${text}'`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`${PUBLIC_URL_ENV} must not hold a query, fragment or credentials, got '${text}'`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function header(req: IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  const s = (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim();
  return s && /^[A-Za-z0-9.\-:[\]]{1,255}$/.test(s) ? s : null;
}

export function lanInfo(
  port: number,
  options: { publicUrl: string | null; trustProxy: boolean; req?: IncomingMessage; interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]> },
): LanInfo {
  const interfaces = options.interfaces ?? networkInterfaces();
  const addresses: LanAddress[] = [];
  for (const name of Object.keys(interfaces).sort()) {
    for (const a of interfaces[name] ?? []) {
      if (a.family !== 'IPv4' || a.internal || a.address.startsWith('127.') || a.address.startsWith('169.254.')) continue;
      addresses.push({ address: a.address, interface: name, url: `http://${a.address}:${port}` });
    }
  }
  let joinBase = options.publicUrl;
  if (!joinBase && options.trustProxy && options.req) {
    const host = header(options.req, 'x-forwarded-host');
    const proto = header(options.req, 'x-forwarded-proto');
    if (host) joinBase = `${proto === 'https' ? 'https' : 'http'}://${host}`;
  }
  joinBase ??= addresses[0]?.url ?? null;
  return { port, publicUrl: options.publicUrl, behindProxy: options.trustProxy, addresses, joinBase };
}

/** The /api/lan route for a server listening on `port`. */
export function lanRoute(port: number, env: NodeJS.ProcessEnv = process.env) {
  return (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const p = new URL(req.url ?? '/', 'http://x').pathname.replace(/\/+$/, '');
    if (p !== '/api/lan') return Promise.resolve(false);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      json(res, 405, { error: `${req.method} is not allowed on ${p}; use GET` });
      return Promise.resolve(true);
    }
    let publicUrl: string | null;
    try {
      publicUrl = publicUrlFrom(env[PUBLIC_URL_ENV]);
    } catch (err) {
      json(res, 500, { error: (err as Error).message });
      return Promise.resolve(true);
    }
    json(res, 200, lanInfo(port, { publicUrl, trustProxy: security().limits.trustProxy, req }));
    return Promise.resolve(true);
  };
}
