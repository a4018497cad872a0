import { useState } from 'preact/hooks';
import { ROLES, type Role } from '../../../shared/roles';
import type { SeatKind } from '../../../shared/protocol';
import { t } from '../../i18n';
import { session } from '../../net/session';
import { seatInfo, snap } from '../../app/store';
import { roleName } from '../../app/company';
import { describeServerError } from '../../app/errors';
import { AppHeader } from '../../components/AppHeader';
import { JoinCodeCard } from './JoinCodeCard';
import { SeatCard } from './SeatCard';
import { HostSettings, MatchInfo, checkedSeatName } from './LobbySettings';
import './lobby.css';

// The lobby: the join code (large, copyable, with a QR code), the five companies with who holds
// them, the host's settings, and the ready / start bar. On a phone the bar stays at the bottom
// of the screen, so the one thing to do next is always under the thumb.

export function LobbyView() {
  const s = snap.value;
  const info = seatInfo.value;
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!s) return null;
  const role = info?.role ?? null;
  const isHost = !!info?.isHost;
  const say = (text: string, error: boolean) => setMessage(text ? { text, error } : null);
  const act = async (fn: () => Promise<{ ok: boolean; error?: Parameters<typeof describeServerError>[0] }>) => {
    setBusy(true);
    try {
      const res = await fn();
      if (!res.ok && res.error) say(describeServerError(res.error), true);
      else say('', false);
    } finally {
      setBusy(false);
    }
  };
  const take = (r: Role) => {
    const name = checkedSeatName();
    if (!name) {
      say(t('home.error.name'), true);
      document.getElementById('lobby-name')?.focus();
      return;
    }
    void act(() => session.claimSeat(r, name));
  };
  const setKind = (r: Role, kind: SeatKind) => {
    const seats = Object.fromEntries(ROLES.map((x) => [x, { kind: x === r ? kind : s.seats[x].kind }]));
    void act(() => session.host({ command: 'configure', settings: { seats } }));
  };
  const seat = role ? s.seats[role] : null;
  const humans = ROLES.filter((r) => s.seats[r].kind === 'human' && s.seats[r].claimed);
  const allReady = humans.every((r) => s.seats[r].ready);
  const headline = seat && role ? `${t('lobby.you')} ${roleName(role)}` : isHost ? t('lobby.hostSpectator') : t('lobby.spectator');
  const sub = message?.text ?? (isHost ? (allReady ? t('lobby.startHint') : t('lobby.notAllReady')) : t('lobby.waitingHost'));

  return (
    <div class="screen lobby">
      <AppHeader title={t('lobby.title')} subtitle={t('app.title')} />
      <div class="lobby-layout">
        <aside class="lobby-side stack">
          <JoinCodeCard code={s.code} />
          {isHost ? <HostSettings s={s} onMessage={say} /> : <MatchInfo s={s} />}
        </aside>
        <section class="lobby-seats" aria-labelledby="lobby-seats-title">
          <h2 id="lobby-seats-title" class="sr-only">
            {t('lobby.seats')}
          </h2>
          {ROLES.map((r) => (
            <SeatCard
              key={r}
              role={r}
              seat={s.seats[r]}
              mine={role === r}
              isHost={isHost}
              hasSeat={!!role}
              busy={busy}
              onTake={() => take(r)}
              onLeave={() => void act(() => session.releaseSeat())}
              onKind={(k) => setKind(r, k)}
            />
          ))}
        </section>
      </div>
      <div class="lobby-bar" role="region" aria-label={t('lobby.barLabel')}>
        <div class="grow">
          <p class="lobby-headline" style={role ? { color: `var(--co-${role})` } : undefined}>
            {headline}
          </p>
          <p class={message?.error ? 'field-error' : 'muted small'} role={message ? (message.error ? 'alert' : 'status') : undefined}>
            {sub}
          </p>
        </div>
        <div class="row">
          {seat && (
            <button type="button" class={`btn btn-big ${seat.ready ? 'btn-ready' : isHost ? '' : 'btn-primary'}`} aria-pressed={seat.ready} disabled={busy} onClick={() => void act(() => session.setReady(!seat.ready))}>
              {seat.ready ? `✓ ${t('lobby.seat.ready')}` : t('lobby.ready')}
            </button>
          )}
          {isHost && (
            <button type="button" class="btn btn-primary btn-big" disabled={busy} onClick={() => void act(() => session.host({ command: 'start', force: !allReady }))}>
              <img src="./icons/play.svg" alt="" width={20} height={20} class="invert" />
              {allReady ? t('lobby.start') : t('lobby.startForce')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
