// Matches opened with "Play from here" are remembered for this tab, so a fork's lobby says so
// even at quarter 0 (later forks are recognised by their played quarters).

const FORK_KEY = 'computeRace.forks';

export function rememberFork(code: string, quarter: number): void {
  try {
    const all = JSON.parse(sessionStorage.getItem(FORK_KEY) ?? '{}') as Record<string, number>;
    all[code] = quarter;
    sessionStorage.setItem(FORK_KEY, JSON.stringify(all));
  } catch {
    /* storage unavailable: a fork past quarter 0 is still recognised by its played quarters */
  }
}

/** The quarter a match resumes from when it is a fork opened from a replay, else null. */
export function forkQuarter(code: string, quarter: number, reports: number): number | null {
  if (quarter > 0 || reports > 0) return quarter;
  try {
    const all = JSON.parse(sessionStorage.getItem(FORK_KEY) ?? '{}') as Record<string, number>;
    return typeof all[code] === 'number' ? all[code] : null;
  } catch {
    return null;
  }
}
