import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chartSvg, yTicks } from '../../client/classroom/chartSvg';
import { isLoopbackHost, joinLink, printedLink, shareBase } from '../../client/classroom/links';
import { buildZip } from '../../client/classroom/zip';
import { must } from '../../shared/lists';

const loc = (hostname: string, port = '3701') => ({ protocol: 'http:', hostname, port, pathname: '/' });

describe('class links (issue 16: a QR code a phone can open)', () => {
  it('knows loopback names and addresses', () => {
    for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1', 'app.localhost', '0.0.0.0']) expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['192.168.1.20', 'class.school.example', '10.0.0.5', 'fe80::1']) expect(isLoopbackHost(h)).toBe(false);
  });

  it('keeps the page origin when it is not loopback', () => {
    expect(shareBase(loc('192.168.1.20'), 'http://10.0.0.1:3701')).toEqual({ base: 'http://192.168.1.20:3701/', viaLan: false, unreachable: false });
  });

  it("uses the server's join base on a loopback page, with the page's path", () => {
    expect(shareBase(loc('localhost'), 'http://172.20.0.3:3701')).toEqual({ base: 'http://172.20.0.3:3701/', viaLan: true, unreachable: false });
    expect(shareBase({ ...loc('127.0.0.1'), pathname: '/game/' }, 'https://game.school.example/')).toEqual({ base: 'https://game.school.example/game/', viaLan: true, unreachable: false });
  });

  it('says so when a loopback page has no address to hand out', () => {
    expect(shareBase(loc('127.0.0.1'), null)).toEqual({ base: 'http://127.0.0.1:3701/', viaLan: false, unreachable: true });
    expect(shareBase(loc('localhost'), 'http://127.0.0.1:3701')).toMatchObject({ unreachable: true });
    expect(shareBase(loc('localhost'), 'not a url')).toMatchObject({ unreachable: true });
  });

  it('points at the join page with the code', () => {
    const link = joinLink('http://192.168.1.20:3701/', 'AB12CD');
    expect(link).toBe('http://192.168.1.20:3701/?join=AB12CD');
    expect(printedLink(link)).toBe('192.168.1.20:3701/?join=AB12CD');
  });
});

describe('class ZIP export', () => {
  it('packs every file once, readable back', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const zip = buildZip([
      { name: 'overview.csv', data: 'group,openai\n1,0.12\n' },
      { name: 'charts/mood.png', data: png },
    ]);
    const back = unzipSync(zip);
    expect(Object.keys(back).sort()).toEqual(['charts/mood.png', 'overview.csv']);
    expect(strFromU8(must(back['overview.csv'], 'overview.csv'))).toContain('1,0.12');
    expect(Array.from(must(back['charts/mood.png'], 'charts/mood.png'))).toEqual(Array.from(png));
  });

  it('refuses a name twice or a path out of the archive', () => {
    expect(() => buildZip([{ name: 'a.csv', data: '' }, { name: 'a.csv', data: '' }])).toThrow(/twice/);
    expect(() => buildZip([{ name: '../a.csv', data: '' }])).toThrow(/bad file name/);
  });
});

describe('exported chart SVG', () => {
  it('has round ticks covering the data', () => {
    const t = yTicks(3, 97);
    expect(t[0]).toBeLessThanOrEqual(3);
    expect(t[t.length - 1]).toBeGreaterThanOrEqual(97);
    expect(t.length).toBeGreaterThanOrEqual(4);
  });

  it('draws a line per series with gaps, names escaped, a legend entry each', () => {
    const svg = chartSvg({
      title: 'Mood <all groups>',
      xLabels: ['Q1', 'Q2', 'Q3'],
      series: [
        { name: 'Group 1', color: '#56b4e9', values: [50, null, 60] },
        { name: 'Group 2 & co', color: '#e69f00', values: [40, 45, 55], dashed: true },
      ],
      refs: [{ value: 50, name: 'Neutral' }],
      format: (v) => String(v),
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Mood &lt;all groups&gt;');
    expect(svg).toContain('Group 2 &amp; co');
    const paths = svg.match(/<path d="([^"]+)"/g) ?? [];
    expect(paths).toHaveLength(2);
    // The missing value splits the first line into two moves.
    expect((paths[0]!.match(/M/g) ?? []).length).toBe(2);
    expect(svg).toContain('stroke-dasharray="10 7"');
  });
});
