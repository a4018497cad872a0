import { useEffect } from 'preact/hooks';
import { t } from '../../i18n';
import { last, playing, position, quarterMs, setPlaying, setPosition, speed, SPEEDS, step, type Speed } from '../../replay/store';
import { positionLabel } from './seatText';

// The replay's timeline: previous quarter, play/pause, next quarter, a native range input with one
// stop per position (the start, then after each quarter; arrow keys, Home/End, and right-to-left
// in Arabic come with it) and the playback speed. On phones the range is hidden and the three
// buttons with the position between them make a compact stepper.

export function Timeline() {
  const p = position.value;
  const n = last.value;
  const label = positionLabel(p);

  // Playback clock: one quarter per tick at the chosen speed; stops at the end.
  useEffect(() => {
    if (!playing.value) return;
    const timer = setInterval(() => step(1), quarterMs(speed.value));
    return () => clearInterval(timer);
  }, [playing.value, speed.value]);

  return (
    <section class="card replay-timeline" aria-label={t('rp.timeline')}>
      <div class="cluster replay-stepper">
        <button type="button" class="btn replay-step" disabled={p <= 0} onClick={() => step(-1)} aria-label={t('rp.stepBack')}>
          <span aria-hidden="true" class="replay-arrow-back">◀</span>
        </button>
        <button type="button" class="btn btn-primary replay-play" onClick={() => setPlaying(!playing.value)}>
          {playing.value ? t('rp.pause') : t('rp.play')}
        </button>
        <button type="button" class="btn replay-step" disabled={p >= n} onClick={() => step(1)} aria-label={t('rp.stepForward')}>
          <span aria-hidden="true" class="replay-arrow-forward">▶</span>
        </button>
        <p class="replay-where" aria-live="polite">
          <strong>{label}</strong> <span class="muted replay-n">{t('rp.timeline.count', { p, n })}</span>
        </p>
      </div>
      <div class="cluster replay-scrub-row">
        <input
          class="replay-scrub"
          type="range"
          min={0}
          max={n}
          step={1}
          value={p}
          aria-label={t('rp.timeline')}
          aria-valuetext={label}
          onInput={(e) => {
            setPlaying(false);
            setPosition(Number(e.currentTarget.value));
          }}
        />
        <label class="cluster replay-speed">
          <span class="muted">{t('rp.speed')}</span>
          <select class="btn" value={String(speed.value)} onChange={(e) => (speed.value = Number(e.currentTarget.value) as Speed)}>
            {SPEEDS.map((s) => (
              <option key={s} value={String(s)}>
                {t('rp.speedValue', { x: s })}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
