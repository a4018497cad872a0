import { useEffect } from 'preact/hooks';
import { t } from '../../i18n';
import { installMuteKey, setSound, soundOn } from '../../app/sound';
import { announce } from '../../components/announce';

// The visible mute switch (a toggle button that says its state) and the M key while it is on screen.

export function SoundToggle() {
  // The key gives no visible focus change, so a screen reader hears the new state.
  useEffect(() => installMuteKey((on) => announce(on ? t('sound.on') : t('sound.off'))), []);
  const on = soundOn.value;
  return (
    <button
      type="button"
      class="btn btn-quiet sound-toggle"
      aria-pressed={on}
      aria-keyshortcuts="M"
      title={t('sound.hint')}
      onClick={() => setSound(!on)}
    >
      <span aria-hidden="true">{on ? '🔊' : '🔇'}</span> {on ? t('sound.on') : t('sound.off')}
    </button>
  );
}
