// How many quarter reports of a match this tab has shown on the Results screen, kept in
// sessionStorage so a reload counts too: the debrief shows the final quarter's results first when
// they have not been seen (the last quarter resolves straight into the debrief phase), and the
// transition and sound cue play once per report, not again on a reload.

const KEY = 'computeRace.resultsSeen';

interface Seen {
  code: string;
  shown: number;
  cued: number;
}

function read(code: string): Seen {
  try {
    const v = JSON.parse(globalThis.sessionStorage?.getItem(KEY) ?? 'null') as Seen | null;
    if (v && v.code === code && Number.isFinite(v.shown) && Number.isFinite(v.cued)) return v;
  } catch {
    // Unreadable: start counting again.
  }
  return { code, shown: 0, cued: 0 };
}

function write(v: Seen): void {
  try {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify(v));
  } catch {
    // Storage refused: the count holds for this page only (the module copy below).
  }
  memory = v;
}

let memory: Seen | null = null;

function current(code: string): Seen {
  if (memory && memory.code === code) return memory;
  memory = read(code);
  return memory;
}

export function markResultsSeen(code: string, count: number): void {
  const v = current(code);
  if (count > v.shown) write({ ...v, shown: count });
}

export function resultsSeen(code: string): number {
  return current(code).shown;
}

/** True the first time it is asked about a report count of a match (so the cue plays once per quarter). */
export function firstCueFor(code: string, count: number): boolean {
  const v = current(code);
  if (count <= v.cued) return false;
  write({ ...v, cued: count });
  return true;
}
