import { signal } from '@preact/signals';

// Whether this browser has finished or skipped the first-quarter guide (it shows once), and a
// way to see it again.

const KEY = 'computeRace.guide';

function read(): 'done' | null {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'done' ? 'done' : null;
  } catch {
    return null;
  }
}

export const guideDismissed = signal<boolean>(read() === 'done');

export function dismissGuide(): void {
  guideDismissed.value = true;
  try {
    localStorage.setItem(KEY, 'done');
  } catch {
    /* private mode: the guide stays away for this page only */
  }
}

export function showGuideAgain(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* nothing stored */
  }
  guideDismissed.value = false;
}
