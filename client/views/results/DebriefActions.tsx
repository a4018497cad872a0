import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { ROLES } from '../../../shared/roles';
import { describeError, describeServerError } from '../../app/errors';
import { session } from '../../net/session';
import { download, historyCsv } from '../../debrief/exportCsv';
import type { MatchSnapshot } from '../../state/model';
import { ReplayLink } from './ReplayLink';
import { sameSeedSettings } from './sameSeed';

// What to do after the match: play it again with the same seed, watch its replay, take its numbers
// as CSV, or go home.

export function DebriefActions(props: { snap: MatchSnapshot; openReplay: (id: string) => void }) {
  const s = props.snap;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const playAgain = async () => {
    setBusy(true);
    setError(null);
    const role = session.role ?? undefined;
    const name = (role && s.seats[role].name) || session.name || '';
    // Alone against bots, the new match starts at once (as a quick match does); with other people it
    // waits in the lobby for them to join by the new code.
    const alone = role !== undefined && ROLES.every((r) => r === role || s.seats[r].kind !== 'human');
    try {
      await session.create(name, role, sameSeedSettings(s));
      if (alone) {
        const res = await session.host({ command: 'start', force: true });
        if (!res.ok) setError(t('deb.playAgainError', { reason: describeServerError(res.error) }));
      }
    } catch (err) {
      setError(t('deb.playAgainError', { reason: describeError(err) }));
      setBusy(false);
    }
  };
  return (
    <section class="card stack debrief-actions" aria-labelledby="actions-title">
      <h2 id="actions-title" class="sr-only">
        {t('deb.actions')}
      </h2>
      <div class="row">
        <button type="button" class="btn btn-primary" disabled={busy} aria-describedby="play-again-hint" onClick={() => void playAgain()}>
          {t('deb.playAgain')}
        </button>
        <ReplayLink snap={s} open={props.openReplay} />
        <button type="button" class="btn" onClick={() => download(`compute-race-${s.code}-${s.settings.seed}.csv`, historyCsv(s))}>
          {t('deb.csv')}
        </button>
        <button type="button" class="btn btn-quiet" onClick={() => void session.leave()}>
          {t('deb.newMatch')}
        </button>
      </div>
      <p id="play-again-hint" class="muted small">
        {t('deb.playAgainHint', { seed: s.settings.seed })}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
