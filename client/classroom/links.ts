// The links a class hands out (QR codes, printed handouts, the projector's join board): the
// student join page of a group, `?join=<CODE>` (client/app/nav.ts). A teacher who opened the app as localhost would
// hand out a link no phone can open, so on a loopback page the links use the server's LAN address
// (GET /api/lan) and say so when the server has none.

/** True for names and addresses that only reach this computer. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || h === '0.0.0.0' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

export interface PageLocation {
  protocol: string;
  hostname: string;
  port: string;
  pathname: string;
}

export interface ShareBase {
  /** Origin and path the links start with, e.g. "http://192.168.1.20:3701/". */
  base: string;
  /** The page was opened on loopback and the links use a LAN address instead. */
  viaLan: boolean;
  /** The page was opened on loopback and the server reported no LAN address: phones cannot open the links. */
  unreachable: boolean;
}

function hostPart(address: string): string {
  return address.includes(':') && !address.startsWith('[') ? `[${address}]` : address;
}

/**
 * Where the class's links point: the page's own origin, or on a loopback page the server's join
 * base (GET /api/lan: its public URL, or its LAN address and port), with the page's path.
 */
export function shareBase(loc: PageLocation, joinBase: string | null): ShareBase {
  const path = loc.pathname || '/';
  const port = loc.port ? `:${loc.port}` : '';
  const own = `${loc.protocol}//${hostPart(loc.hostname)}${port}${path}`;
  if (!isLoopbackHost(loc.hostname)) return { base: own, viaLan: false, unreachable: false };
  const lan = joinBase?.trim().replace(/\/+$/, '');
  if (!lan || !/^https?:\/\//.test(lan)) return { base: own, viaLan: false, unreachable: true };
  try {
    if (isLoopbackHost(new URL(lan).hostname)) return { base: own, viaLan: false, unreachable: true };
  } catch {
    return { base: own, viaLan: false, unreachable: true };
  }
  return { base: `${lan}${path}`, viaLan: true, unreachable: false };
}

/** The student join page of a group: its code filled in, one step into a seat. */
export function joinLink(base: string, code: string): string {
  return `${base}?join=${encodeURIComponent(code)}`;
}

/** The link as printed under a QR code (no scheme, it is typed by hand). */
export function printedLink(link: string): string {
  return link.replace(/^https?:\/\//, '');
}
