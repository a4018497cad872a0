// The links a class hands out (QR codes, printed handouts, the projector's join board): the
// student join page of a group, `?join=<CODE>` (client/app/nav.ts). A teacher who opened the app as localhost would
// hand out a link no phone can open, so on a loopback page the links use the server's LAN address
// (GET /api/network) and say so when the server has none.

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

/** Prefers private IPv4 ranges (what a classroom's Wi-Fi hands out), then any IPv4, then IPv6. */
export function pickLanAddress(addresses: readonly string[]): string | null {
  const usable = addresses.filter((a) => a && !isLoopbackHost(a) && !a.toLowerCase().startsWith('fe80'));
  const v4 = usable.filter((a) => /^\d+\.\d+\.\d+\.\d+$/.test(a));
  const privateV4 = v4.filter((a) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a));
  return privateV4[0] ?? v4[0] ?? usable[0] ?? null;
}

/** Where the class's links point: the page's own origin, or its LAN twin when the page is on loopback. */
export function shareBase(loc: PageLocation, lanAddresses: readonly string[]): ShareBase {
  const path = loc.pathname || '/';
  const port = loc.port ? `:${loc.port}` : '';
  if (!isLoopbackHost(loc.hostname)) return { base: `${loc.protocol}//${hostPart(loc.hostname)}${port}${path}`, viaLan: false, unreachable: false };
  const lan = pickLanAddress(lanAddresses);
  if (!lan) return { base: `${loc.protocol}//${hostPart(loc.hostname)}${port}${path}`, viaLan: false, unreachable: true };
  return { base: `${loc.protocol}//${hostPart(lan)}${port}${path}`, viaLan: true, unreachable: false };
}

/** The student join page of a group: its code filled in, one step into a seat. */
export function joinLink(base: string, code: string): string {
  return `${base}?join=${encodeURIComponent(code)}`;
}

/** The link as printed under a QR code (no scheme, it is typed by hand). */
export function printedLink(link: string): string {
  return link.replace(/^https?:\/\//, '');
}
