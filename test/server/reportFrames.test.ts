import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runBotMatch } from '../../shared/bots/runner';
import type { QuarterReport } from '../../shared/engine/types';
import { MAX_REPORT_INDEX, REPORT_FRAME_VERSION, readReportFrame, reportFrame } from '../../shared/wire/reportFrame';
import { ReportFrames } from '../../server/schema/reportFrames';
import { ReportStream } from '../../client/state/reportStream';

// Quarter reports on the wire (issue 13 item 3): the server compresses each report once per room
// against the one before (server/schema/reportFrames.ts), every client inflates them in order
// (client/state/reportStream.ts) and must end with the engine's reports exactly.

const playedReports = (quarters: number, seed: string): QuarterReport[] => runBotMatch({ seed, quarters, hashes: false }).reports;

const reports = playedReports(12, 'report-frames');

describe('report frames', () => {
  it('carry every report exactly, each frame made once and only new ones sent', () => {
    const server = new ReportFrames();
    const client = new ReportStream();
    for (let q = 1; q <= reports.length; q++) {
      const fresh = server.update(reports.slice(0, q));
      expect(fresh).toHaveLength(1);
      expect(readReportFrame(fresh[0])).toMatchObject({ index: q - 1 });
      expect(client.receive(fresh[0])).toBe(true);
    }
    expect(server.update(reports)).toEqual([]);
    expect(client.problem).toBeNull();
    expect(client.reports).toEqual(reports);
  });

  it('are smaller against the previous report than deflated alone', () => {
    const frames = new ReportFrames().update(reports);
    const framed = frames.slice(1).reduce((n, f) => n + f.byteLength, 0);
    const alone = reports.slice(1).reduce((n, r) => n + deflateRawSync(Buffer.from(JSON.stringify(r)), { level: 6 }).byteLength, 0);
    const json = reports.slice(1).reduce((n, r) => n + JSON.stringify(r).length, 0);
    expect(framed).toBeLessThan(alone * 0.85);
    expect(framed).toBeLessThan(json / 3);
  });

  it('start over from index 0 when the match reports were replaced, and a client follows', () => {
    const server = new ReportFrames();
    const client = new ReportStream();
    for (const f of server.update(reports.slice(0, 5))) client.receive(f);
    const other = playedReports(4, 'report-frames-other');
    const again = server.update(other.slice(0, 3));
    expect(again.map((f) => readReportFrame(f))).toMatchObject([{ index: 0 }, { index: 1 }, { index: 2 }]);
    for (const f of again) expect(client.receive(f)).toBe(true);
    expect(client.reports).toEqual(other.slice(0, 3));
    // A joining client receives the same frames from the start.
    const joining = new ReportStream();
    for (const f of server.frames) joining.receive(f);
    expect(joining.reports).toEqual(other.slice(0, 3));
  });

  it('refuse what they cannot read with the reason, and read again from index 0', () => {
    const frames = new ReportFrames().update(reports.slice(0, 4));
    const [f0, f1, f2, f3] = frames as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    const client = new ReportStream();
    expect(client.receive('not bytes')).toBe(false);
    expect(client.problem).toMatch(/must be bytes/);
    expect(client.receive(new Uint8Array([REPORT_FRAME_VERSION, 0]))).toBe(false);
    expect(client.problem).toMatch(/shorter than its header/);
    expect(client.receive(Uint8Array.from([9, ...f0.subarray(1)]))).toBe(false);
    expect(client.problem).toMatch(/version 9 is not 1/);

    expect(client.receive(f0)).toBe(true);
    expect(client.problem).toBeNull();
    expect(client.receive(f2)).toBe(false);
    expect(client.problem).toBe('report 3 arrived after report 1');
    expect(client.receive(f1)).toBe(false);
    expect(client.reports).toHaveLength(1);

    const client2 = new ReportStream();
    client2.receive(f0);
    const corrupt = Uint8Array.from(f1);
    corrupt.fill(0xff, 3, 40);
    expect(client2.receive(corrupt)).toBe(false);
    expect(client2.problem).toMatch(/^report 2 could not be read/);
    // The chain is broken until the server starts it over (a reconnection sends every frame again).
    for (const f of [f0, f1, f2, f3]) expect(client2.receive(f)).toBe(true);
    expect(client2.problem).toBeNull();
    expect(client2.reports).toEqual(reports.slice(0, 4));
  });

  it('number reports up to the two bytes of the header', () => {
    expect(readReportFrame(reportFrame(MAX_REPORT_INDEX, new Uint8Array([1])))).toMatchObject({ index: MAX_REPORT_INDEX });
    expect(() => reportFrame(MAX_REPORT_INDEX + 1, new Uint8Array([1]))).toThrow(/does not fit/);
  });
});
