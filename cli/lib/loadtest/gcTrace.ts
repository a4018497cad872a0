import { fmt, quantile } from './stats';

// Reads the server's `node --trace-gc` lines (`--trace-gc` of the load test): every garbage
// collection of its main thread with its pause, to see whether pauses line up with slow
// resolutions. A line looks like
//   [123:0x5f2a3c0]   117126 ms: Mark-Compact 244.2 (276.8) -> 155.5 (277.6) MB, 12.04 / 0.07 ms
//   (+ 86.4 ms in 82 steps since start of marking, biggest step 15.7 ms, …)
// The pause is the first figure after the sizes; incremental marking ran in steps before it.

export interface GcPause {
  kind: 'scavenge' | 'mark-compact';
  pauseMs: number;
  /** Longest incremental marking step before a mark-compact (also a pause of the main thread). */
  biggestStepMs: number;
  /** performance.now() of the load test when the line arrived. */
  at: number;
  /** V8 isolate (the main thread, or a worker thread such as the module loader's). */
  isolate: string;
}

const LINE = /^\[\d+:(0x[0-9a-f]+)\]\s+[\d.]+ ms: (Scavenge|Minor Mark-Compact|Mark-Compact(?: \(reduce\))?|Mark-Sweep)\b[^,]*, ([\d.]+) \/ [\d.]+ ms(?:.*biggest step ([\d.]+) ms)?/;

/** Collects GC pauses from the server's output, chunk by chunk. */
export class GcTrace {
  readonly pauses: GcPause[] = [];
  private rest = '';
  private readonly isolates = new Map<string, number>();

  feed(chunk: string): void {
    const text = this.rest + chunk;
    const lines = text.split('\n');
    this.rest = lines.pop() ?? '';
    const now = performance.now();
    for (const line of lines) {
      const m = LINE.exec(line);
      if (!m) continue;
      const isolate = m[1]!;
      this.isolates.set(isolate, (this.isolates.get(isolate) ?? 0) + 1);
      const kind = m[2] === 'Scavenge' || m[2] === 'Minor Mark-Compact' ? 'scavenge' : 'mark-compact';
      this.pauses.push({ kind, pauseMs: Number(m[3]), biggestStepMs: m[4] ? Number(m[4]) : 0, at: now, isolate });
    }
  }

  /** The pauses of the busiest isolate (the server's main thread) between two performance.now() times. */
  between(from: number, to: number): GcPause[] {
    const main = [...this.isolates.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    return this.pauses.filter((p) => p.at >= from && p.at <= to && p.isolate === main);
  }
}

export interface GcSummary {
  scavenges: number;
  scavengeMsTotal: number;
  scavengeP99Ms: number;
  scavengeMaxMs: number;
  markCompacts: number;
  markCompactMaxMs: number;
  biggestStepMs: number;
}

export function summarizeGc(pauses: readonly GcPause[]): GcSummary {
  const scav = pauses.filter((p) => p.kind === 'scavenge').map((p) => p.pauseMs).sort((a, b) => a - b);
  const majors = pauses.filter((p) => p.kind === 'mark-compact');
  return {
    scavenges: scav.length,
    scavengeMsTotal: scav.reduce((a, b) => a + b, 0),
    scavengeP99Ms: quantile(scav, 0.99),
    scavengeMaxMs: scav.at(-1) ?? NaN,
    markCompacts: majors.length,
    markCompactMaxMs: majors.length ? Math.max(...majors.map((p) => p.pauseMs)) : NaN,
    biggestStepMs: Math.max(0, ...majors.map((p) => p.biggestStepMs)),
  };
}

export function describeGc(g: GcSummary, windowSeconds: number): string {
  return (
    `  server GC: ${g.scavenges} scavenges (${fmt((g.scavengeMsTotal / windowSeconds / 1000) * 100)}% of the time, p99 ${fmt(g.scavengeP99Ms)} ms, max ${fmt(g.scavengeMaxMs)} ms), ` +
    `${g.markCompacts} mark-compacts (longest pause ${g.markCompacts ? fmt(g.markCompactMaxMs) : 'n/a'} ms, longest incremental step ${fmt(g.biggestStepMs)} ms)`
  );
}
