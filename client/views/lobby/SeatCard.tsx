import type { Role } from '../../../shared/roles';
import type { SeatKind } from '../../../shared/protocol';
import { t } from '../../i18n';
import { personaName } from '../../i18n/personas';
import { monogramSrc, roleName, roleText } from '../../app/company';
import type { SeatView } from '../../state/model';

// One company in the lobby: who holds it, its story and special rule, and what this client can
// do with it (take it, leave it, or — the host — make it a player, bot or absent seat).

export interface SeatCardProps {
  role: Role;
  seat: SeatView;
  mine: boolean;
  isHost: boolean;
  hasSeat: boolean;
  busy: boolean;
  onTake: () => void;
  onLeave: () => void;
  onKind: (kind: SeatKind) => void;
}

const KINDS: SeatKind[] = ['human', 'bot', 'absent'];

export function SeatCard(p: SeatCardProps) {
  const { role, seat } = p;
  const absent = seat.kind === 'absent';
  let status: string;
  if (absent) status = t('lobby.seat.absent');
  else if (seat.kind === 'bot') status = t('lobby.seat.bot', { persona: personaName(seat.persona) });
  else if (seat.claimed) status = p.mine ? `${seat.name} (${t('lobby.seat.you')})` : seat.name;
  else status = t('lobby.seat.open');
  const readyText = !seat.connected ? t('lobby.seat.offline') : seat.ready ? t('lobby.seat.ready') : t('lobby.seat.notReady');
  const locked = seat.claimed && !p.mine;
  return (
    <article class={`card seat-card ${p.mine ? 'seat-mine' : ''} ${absent ? 'seat-absent' : ''}`} style={{ '--co': `var(--co-${role})` }} aria-labelledby={`seat-${role}-name`}>
      <header class="seat-head">
        <img src={monogramSrc(role)} alt="" width={44} height={44} />
        <div>
          <h3 id={`seat-${role}-name`}>{roleName(role)}</h3>
          <p class="small faint">{roleText(role, 'short')}</p>
        </div>
      </header>
      <p class="seat-tagline">{roleText(role, 'tagline')}</p>
      <p class="small muted">{roleText(role, 'desc')}</p>
      <div class="seat-rule">
        <p class="small">
          <strong>{t('lobby.rule')}:</strong> {roleText(role, 'rule')}
        </p>
      </div>
      <div class="seat-status">
        <img src={`./icons/${seat.kind === 'bot' ? 'bot' : absent ? 'absent' : 'person'}.svg`} alt="" width={18} height={18} />
        <span class={seat.claimed ? 'seat-holder' : 'muted'}>{status}</span>
        {seat.kind === 'human' && seat.claimed && <span class={`badge ${!seat.connected ? 'badge-bad' : seat.ready ? 'badge-good' : ''}`}>{seat.ready ? `✓ ${readyText}` : readyText}</span>}
      </div>
      {p.mine && (
        <button type="button" class="btn btn-block" disabled={p.busy} onClick={p.onLeave}>
          {t('lobby.seat.leave')}
        </button>
      )}
      {!p.mine && seat.kind === 'human' && !seat.claimed && (
        <button type="button" class={`btn btn-block ${p.hasSeat ? '' : 'btn-primary'}`} disabled={p.busy} onClick={p.onTake} aria-label={`${t('lobby.seat.take')}: ${roleName(role)}`}>
          {t('lobby.seat.take')}
        </button>
      )}
      {p.isHost && (
        <fieldset class="seat-kind">
          <legend class="small muted">{t('lobby.seat.kindOf', { company: roleName(role) })}</legend>
          <div class="segmented">
            {KINDS.map((k) => (
              <label key={k} class="segment">
                <input type="radio" name={`kind-${role}`} value={k} checked={seat.kind === k} disabled={p.busy || (locked && k !== seat.kind)} onChange={() => p.onKind(k)} />
                <span>{t(`lobby.kind.${k}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </article>
  );
}
