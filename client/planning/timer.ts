import { t } from '../i18n';
import { int } from '../i18n/format';
import type { MatchSnapshot } from '../state/model';

/** Seconds left in the current phase, or null when there is no timer. */
export function secondsLeft(s: MatchSnapshot, now = Date.now()): number | null {
  if (s.timerPaused) return Math.max(0, Math.round(s.timerRemainingMs / 1000));
  if (!s.timerDeadline) return null;
  return Math.max(0, Math.ceil((s.timerDeadline - now) / 1000));
}

export function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const sec = seconds % 60;
  return t('common.minutesSeconds', { m: int(m), s: String(sec).padStart(2, '0') });
}

/** "1:42", "Paused 1:42" or "No timer". */
export function timerText(s: MatchSnapshot): string {
  const left = secondsLeft(s);
  if (left === null) return t('common.noTimer');
  return s.timerPaused ? `${t('common.paused')} ${clock(left)}` : clock(left);
}
