import { inflateSync } from 'fflate';
import type { QuarterReport } from '../../shared/engine/types';
import { readReportFrame, reportDictionary } from '../../shared/wire/reportFrame';

const utf8 = new TextDecoder();

/**
 * The match's quarter reports as they arrive in `report` frames (shared/wire/reportFrame.ts):
 * each frame is inflated against the report before it. A frame for index 0 starts them over.
 */
export class ReportStream {
  private list: QuarterReport[] = [];
  private lastJson: Uint8Array | null = null;
  /** Counts the times the reports started over, so a reader can tell a new list from a longer one. */
  generation = 0;
  /** Why the last frame was refused (null: every frame was read). The ones after it cannot be read either. */
  problem: string | null = null;

  get reports(): readonly QuarterReport[] {
    return this.list;
  }

  /** Reads one frame; false (and `problem` set) when it cannot be read. */
  receive(frame: unknown): boolean {
    const parts = readReportFrame(frame);
    if ('error' in parts) return this.refuse(parts.error);
    const { index, body } = parts;
    if (index === 0) {
      this.list = [];
      this.lastJson = null;
      this.generation++;
      this.problem = null;
    } else if (this.problem) {
      return false;
    } else if (index !== this.list.length) {
      return this.refuse(`report ${index + 1} arrived after report ${this.list.length}`);
    }
    let json: Uint8Array;
    let report: QuarterReport;
    try {
      const dictionary = reportDictionary(this.lastJson);
      json = inflateSync(body, dictionary ? { dictionary } : {});
      report = JSON.parse(utf8.decode(json)) as QuarterReport;
    } catch (err) {
      return this.refuse(`report ${index + 1} could not be read (${err instanceof Error ? err.message : String(err)})`);
    }
    if (typeof report !== 'object' || report === null || typeof report.quarter !== 'number') return this.refuse(`report ${index + 1} is not a quarter report`);
    this.list.push(report);
    this.lastJson = json;
    return true;
  }

  private refuse(reason: string): false {
    this.problem = reason;
    return false;
  }
}

