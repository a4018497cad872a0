// How many quarter reports of a match this page has shown on the Results screen: the debrief shows
// the final quarter's results first when they have not been seen (the last quarter resolves straight
// into the debrief phase), and the results cue sounds once per report. Counted per match code, so a
// new match in the same tab (play again) starts from zero.

let match = '';
let seen = 0;
let cued = 0;

function forMatch(code: string): void {
  if (code === match) return;
  match = code;
  seen = 0;
  cued = 0;
}

export function markResultsSeen(code: string, count: number): void {
  forMatch(code);
  seen = Math.max(seen, count);
}

export function resultsSeen(code: string): number {
  forMatch(code);
  return seen;
}

/** True the first time it is asked about a report count of a match (so the cue plays once per quarter). */
export function firstCueFor(code: string, count: number): boolean {
  forMatch(code);
  if (count <= cued) return false;
  cued = count;
  return true;
}
