import { iconKey } from '../assets';
import { quarterLabel } from '../i18n/engineText';
import { session } from '../net/session';
import { palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import { Button } from '../ui/button';
import { Modal } from '../ui/modal';
import { label, setLabel } from '../ui/text';
import { ApiError, forkRecord } from './api';
import { rt } from './i18n';

// "Play from here": asks the server for a new live match that continues the record from the
// current position, then joins it as host. The router then shows its lobby and join code.

export function openForkDialog(ui: BaseScene, recordId: string, position: number): void {
  new Modal(ui, Math.min(620, ui.vp.w - 40), 260, rt('rp.fork.title'), (inner) => {
    const text = label(ui, inner.start(), inner.y, rt('rp.fork.text', { n: position, quarter: quarterLabel(position) }), { size: 'body', color: palette.text, wrap: inner.w });
    label(ui, inner.start(), inner.y + text.height + 12, rt('rp.fork.host'), { size: 'small', color: palette.textDim, wrap: inner.w });
    const status = label(ui, inner.start(), inner.bottom - 8, '', { size: 'small', color: palette.bad, wrap: inner.w - 260, originY: 1 });
    let busy = false;
    const go = new Button(ui, 0, inner.bottom - 44, {
      id: 'replay.fork.go',
      text: rt('rp.fork.go'),
      variant: 'primary',
      icon: iconKey('play'),
      iconTint: palette.textOnAccent,
      h: 40,
      onClick: () => {
        if (busy) return;
        busy = true;
        go.setEnabled(false);
        void forkRecord(recordId, position)
          .then((fork) => {
            rememberFork(fork.code, fork.quarter);
            return session.join(fork.code, { hostSecret: fork.hostSecret });
          })
          .catch((err: unknown) => {
            busy = false;
            if (!ui.sys.isActive()) return;
            go.setEnabled(true);
            setLabel(status, rt('rp.fork.failed', { reason: err instanceof ApiError || err instanceof Error ? err.message : String(err) }));
          });
      },
    });
    go.setX(inner.endX(0, go.bw));
  });
}

const FORK_KEY = 'computeRace.forks';

/** Remembers, for this tab, that the match with this code is a fork (its lobby says so, even at quarter 0). */
function rememberFork(code: string, quarter: number): void {
  try {
    const all = JSON.parse(sessionStorage.getItem(FORK_KEY) ?? '{}') as Record<string, number>;
    all[code] = quarter;
    sessionStorage.setItem(FORK_KEY, JSON.stringify(all));
  } catch {
    /* storage unavailable: a fork past quarter 0 is still recognised by its played quarters */
  }
}

/** The quarter a match resumes from when it is a fork opened from a replay, else null. Forks keep
 *  their played quarters, so one that resumes after quarter 0 is recognised by anyone in its lobby. */
export function forkQuarter(code: string, quarter: number, reports: number): number | null {
  if (quarter > 0 || reports > 0) return quarter;
  try {
    const all = JSON.parse(sessionStorage.getItem(FORK_KEY) ?? '{}') as Record<string, number>;
    return typeof all[code] === 'number' ? all[code] : null;
  } catch {
    return null;
  }
}
