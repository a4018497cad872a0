import { useState } from 'preact/hooks';
import { checkDisplayName, NAME_MAX_LENGTH } from '../../../shared/protocol';
import type { Role } from '../../../shared/roles';
import { roleName } from '../../app/company';
import { refreshStore } from '../../app/store';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { session } from '../../net/session';
import { activeRoles, type MatchSnapshot } from '../../state/model';
import { seatStatus } from './SeatStrip';

// For spectators and a teacher hosting without a seat: who has submitted, how the quarter ends,
// and a way back into a seat for a player who lost it (new device, closed tab): they take it by
// the name it was played under, which the server allows for matches restored after a restart.

const reclaimName = { value: '' };

export function RoomPanel({ s, isHost }: { s: MatchSnapshot; isHost: boolean }) {
  const [name, setName] = useState(reclaimName.value || session.name || '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Role | null>(null);
  const away = activeRoles(s).filter((r) => {
    const seat = s.seats[r];
    return seat.kind === 'human' && seat.claimed && !seat.connected && !s.companies[r]?.bankrupt;
  });
  const reclaim = async (role: Role) => {
    const checked = checkDisplayName(name);
    if (!checked.ok) return setError(t('home.error.name'));
    setError(null);
    setBusy(role);
    try {
      await session.reclaim(role, checked.name);
      refreshStore();
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      setError(/^(WRONG_PHASE|BAD_TOKEN)/.test(msg) ? t('spec.reclaim.refused') : t('home.error.join', { reason: msg.replace(/^[A-Z_]+: /, '') }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div class="card stack">
      <h2 id="plan-orders-title">{t('spec.title')}</h2>
      <h3>{t('spec.submissions')}</h3>
      <ul class="pl-plain-list stack-small">
        {activeRoles(s).map((r) => (
          <li key={r} class="row-between">
            <span>
              <strong>{roleName(r)}</strong> <span class="muted">{s.seats[r].kind === 'bot' ? t('seat.bot') : s.seats[r].name || t('lobby.seat.open')}</span>
            </span>
            <span class={s.seats[r].submitted ? 'good' : 'muted'}>{seatStatus(s, r)}</span>
          </li>
        ))}
      </ul>
      <p class="muted">{t('spec.hint')}</p>
      {isHost && <p class="muted">{t('plan.hostHint')}</p>}
      {!session.role && away.length > 0 && (
        <section class="stack-small" aria-labelledby="reclaim-title">
          <h3 id="reclaim-title">{t('spec.reclaim.title')}</h3>
          <p class="muted">{t('spec.reclaim.text')}</p>
          <TextField
            label={t('spec.reclaim.name')}
            value={name}
            maxLength={NAME_MAX_LENGTH}
            onInput={(v) => {
              reclaimName.value = v;
              setName(v);
              setError(null);
            }}
          />
          <div class="cluster">
            {away.map((r) => (
              <button key={r} type="button" class="btn" aria-disabled={busy ? 'true' : undefined} onClick={() => void reclaim(r)}>
                {busy === r ? t('home.connecting') : t('spec.reclaim.take', { company: roleName(r) })}
              </button>
            ))}
          </div>
          {error && (
            <p class="field-error" role="alert">
              {error}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
