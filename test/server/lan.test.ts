import type { IncomingMessage } from 'node:http';
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanInfo, publicUrlFrom } from '../../server/http/lan';
import { boot, serverForFile } from './helpers';

// GET /api/lan: the addresses students' phones can reach the server at, for the class's QR codes
// when the console was opened on localhost.

const PORT = 2609;
const b = serverForFile(() => boot(PORT));

function nic(address: string, family: 'IPv4' | 'IPv6' = 'IPv4', internal = false): NetworkInterfaceInfo {
  return { address, family, internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null } as NetworkInterfaceInfo;
}

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('LAN addresses', () => {
  it('lists non-loopback IPv4 addresses with the port, by interface name', () => {
    const info = lanInfo(2567, {
      publicUrl: null,
      trustProxy: false,
      interfaces: { wlan0: [nic('192.168.1.20'), nic('fe80::1', 'IPv6')], lo: [nic('127.0.0.1', 'IPv4', true)], eth0: [nic('10.0.0.5'), nic('169.254.3.3')] },
    });
    expect(info).toEqual({
      port: 2567,
      publicUrl: null,
      behindProxy: false,
      addresses: [
        { address: '10.0.0.5', interface: 'eth0', url: 'http://10.0.0.5:2567' },
        { address: '192.168.1.20', interface: 'wlan0', url: 'http://192.168.1.20:2567' },
      ],
      joinBase: 'http://10.0.0.5:2567',
    });
  });

  it('is empty, with no join base, on a machine with loopback only', () => {
    expect(lanInfo(2567, { publicUrl: null, trustProxy: false, interfaces: { lo: [nic('127.0.0.1', 'IPv4', true)] } })).toMatchObject({ addresses: [], joinBase: null });
  });

  it('a configured public URL wins; behind a trusted proxy the forwarded host comes next', () => {
    const interfaces = { eth0: [nic('10.0.0.5')] };
    expect(lanInfo(80, { publicUrl: 'https://game.example.com', trustProxy: true, interfaces, req: req({ 'x-forwarded-host': 'other.example' }) }).joinBase).toBe('https://game.example.com');
    expect(lanInfo(80, { publicUrl: null, trustProxy: true, interfaces, req: req({ 'x-forwarded-host': 'class.school.org', 'x-forwarded-proto': 'https' }) })).toMatchObject({
      behindProxy: true,
      joinBase: 'https://class.school.org',
    });
    // Without a trusted proxy the header means nothing; a malformed one is ignored.
    expect(lanInfo(80, { publicUrl: null, trustProxy: false, interfaces, req: req({ 'x-forwarded-host': 'evil.example' }) }).joinBase).toBe('http://10.0.0.5:80');
    expect(lanInfo(80, { publicUrl: null, trustProxy: true, interfaces, req: req({ 'x-forwarded-host': 'a b/<script>' }) }).joinBase).toBe('http://10.0.0.5:80');
  });

  it('checks COMPUTE_RACE_PUBLIC_URL', () => {
    expect(publicUrlFrom(undefined)).toBeNull();
    expect(publicUrlFrom(' https://game.example.com/class/ ')).toBe('https://game.example.com/class');
    expect(() => publicUrlFrom('game.example.com')).toThrow(/COMPUTE_RACE_PUBLIC_URL must be a URL/);
    expect(() => publicUrlFrom('ftp://game.example.com')).toThrow(/http:\/\/ or https:\/\//);
    expect(() => publicUrlFrom('https://u:p@game.example.com')).toThrow(/credentials/);
  });

  it('GET /api/lan answers with this server port and only non-loopback addresses', async () => {
    const res = await fetch(`${b.url}/api/lan`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ port: PORT, publicUrl: null, behindProxy: false });
    for (const a of body.addresses) {
      expect(a.address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(a.address.startsWith('127.')).toBe(false);
      expect(a.url).toBe(`http://${a.address}:${PORT}`);
    }
    expect(body.joinBase).toBe(body.addresses[0]?.url ?? null);
    expect((await fetch(`${b.url}/api/lan`, { method: 'POST' })).status).toBe(405);
  });
});
