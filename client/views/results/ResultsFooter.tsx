import { useState } from 'preact/hooks';
import type { Role } from '../../../shared/roles';
import type { ErrorPayload } from '../../../shared/protocol';
import { t } from '../../i18n';
import { session } from '../../net/session';
import type { MatchSnapshot } from '../../state/model';
import { describeServerError } from '../../app/errors';

// What the room waits for and the one action that moves it on: a seated player says they are
// ready (alone, that starts the next quarter), a host without a seat starts it, and after the final
// quarter the button goes on to the debrief.

export function waitingLine(s: MatchSnapshot, role: Role | null, isHost: boolean): string {
  const seated = Object.values(s.seats).filter((x) => x.kind === 'human' && x.claimed && !x.autopilot && !s.companies[x.role]?.bankrupt);
  const ready = seated.filter((x) => x.ready).length;
  const solo = !!role && seated.every((x) => x.role === role);
  if (s.finished) return t('res.finished');
  if (solo && s.settings.resultsSeconds === 0) return t('res.soloHint');
  if (seated.length === 0) return s.settings.resultsSeconds > 0 ? t('res.timerOnly') : isHost ? t('res.botsOnly') : t('res.waitHost');
  const timer = s.settings.resultsSeconds > 0 ? t('res.nextIn') : t('res.whenReady');
  let msg = `${timer} ${t('res.waiting', { ready, total: seated.length })}`;
  if (isHost && role && !solo) msg += ` ${t('res.hostMenu')}`;
  return msg;
}

export function ResultsFooter(props: { snap: MatchSnapshot; role: Role | null; isHost: boolean; onDebrief: () => void }) {
  const { snap: s, role, isHost } = props;
  const [error, setError] = useState<string | null>(null);
  const mine = role ? s.seats[role] : null;
  const others = Object.values(s.seats).filter((x) => x.kind === 'human' && x.claimed && !x.autopilot && !s.companies[x.role]?.bankrupt && x.role !== role);
  const solo = !!mine && others.length === 0;
  const refused = (e: ErrorPayload) => setError(describeServerError(e));
  let action = null;
  if (s.finished) {
    action = (
      <button type="button" class="btn btn-primary" onClick={props.onDebrief}>
        {t('res.toDebrief')}
      </button>
    );
  } else if (mine && mine.kind === 'human') {
    const waitingFor = others.filter((x) => !x.ready).length;
    action = (
      <button
        type="button"
        class={mine.ready ? 'btn' : 'btn btn-primary'}
        aria-pressed={mine.ready}
        title={mine.ready ? t('res.unready') : undefined}
        onClick={() => {
          setError(null);
          void session.setReady(!mine.ready).then((res) => !res.ok && refused(res.error));
        }}
      >
        {mine.ready ? `✓ ${t('res.readyWaiting', { n: waitingFor })}` : solo ? t('res.next') : t('res.imReady')}
      </button>
    );
  } else if (isHost) {
    action = (
      <button
        type="button"
        class="btn btn-primary"
        onClick={() => {
          setError(null);
          void session.host({ command: 'next' }).then((res) => !res.ok && refused(res.error));
        }}
      >
        {t('host.next')}
      </button>
    );
  }
  return (
    <footer class="results-footer">
      <p class="results-wait" aria-live="polite">
        {waitingLine(s, role, isHost)}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {action}
    </footer>
  );
}
