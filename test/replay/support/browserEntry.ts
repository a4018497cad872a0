import { stateHash } from '../../../shared/engine';
import { parseRecordText, replayRecord } from '../../../shared/replay';

// What the browser determinism test runs inside Chromium: read a record file's text and replay
// it with the shared engine, returning every hash it reproduced.

export function replayInBrowser(text: string): { ok: boolean; error?: string; start?: string; hashes: string[]; recorded: string[] } {
  const read = parseRecordText(text);
  if (!read.ok) return { ok: false, error: read.error.message, hashes: [], recorded: [] };
  const r = replayRecord(read.record);
  return {
    ok: r.ok,
    ...(r.failure ? { error: r.failure.message } : {}),
    start: r.states[0] ? stateHash(r.states[0]) : undefined,
    hashes: r.reports.map((x) => x.hash),
    recorded: read.record.quarters.map((q) => q.hash),
  };
}

(globalThis as { replayInBrowser?: typeof replayInBrowser }).replayInBrowser = replayInBrowser;
