import { deflateRawSync } from 'node:zlib';
import type { QuarterReport } from '../../shared/engine/types';
import { reportDictionary, reportFrame } from '../../shared/wire/reportFrame';

/**
 * Against the previous report as dictionary, a 22 KB report takes 4.4 KB at level 9 in 0.34 ms,
 * once per room and quarter (level 6: 4.5 KB in 0.25 ms; level 1: 5.7 KB).
 */
const LEVEL = 9;

/**
 * A room's quarter reports as `report` frames (shared/wire/reportFrame.ts), each compressed once
 * and kept: every client present receives a new frame as it is made, and a client that joins or
 * reconnects receives them all.
 */
export class ReportFrames {
  private list: Uint8Array[] = [];
  /** The report behind the last frame, to notice a list that was replaced rather than extended. */
  private last: QuarterReport | null = null;
  private lastJson: Uint8Array | null = null;

  get frames(): readonly Uint8Array[] {
    return this.list;
  }

  /**
   * Brings the frames up to date with the match's reports and returns the frames to send to the
   * clients present: the new ones, or all of them from index 0 when the reports were replaced.
   */
  update(reports: readonly QuarterReport[]): Uint8Array[] {
    const n = this.list.length;
    if (n > reports.length || (n > 0 && reports[n - 1] !== this.last)) {
      this.list = [];
      this.last = null;
      this.lastJson = null;
    }
    const from = this.list.length;
    for (let i = from; i < reports.length; i++) {
      const report = reports[i]!;
      const json = Buffer.from(JSON.stringify(report));
      const dictionary = reportDictionary(this.lastJson);
      const body = deflateRawSync(json, { level: LEVEL, ...(dictionary ? { dictionary } : {}) });
      this.list.push(reportFrame(i, body));
      this.last = report;
      this.lastJson = json;
    }
    return this.list.slice(from);
  }
}
