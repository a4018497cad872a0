import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { secondsLeft, timerText } from '../../planning/timer';
import type { MatchSnapshot } from '../../state/model';

// The quarter's clock. Only this element re-renders each second; it is not a live region (a
// screen reader would hear it every second): hidden words say what it is, and the last minute is
// marked by colour and, for screen readers, in words.

export function Timer({ s }: { s: MatchSnapshot }) {
  const [, tick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, []);
  const left = secondsLeft(s);
  const urgent = left !== null && left <= 60 && !s.timerPaused;
  return (
    <p class={`planning-timer num ${urgent ? 'is-urgent' : ''}`}>
      <img src="./icons/timer.svg" alt="" width={18} height={18} />
      <span class="sr-only">{t('plan.timer')}: </span>
      <span>{timerText(s)}</span>
      {urgent && <span class="sr-only"> · {t('plan.timerLastMinute')}</span>}
    </p>
  );
}
