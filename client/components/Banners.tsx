import { t } from '../i18n';
import { session } from '../net/session';
import { conn, seatInfo, snap } from '../app/store';

// Page-wide banners: the connection to the match is down, the server cannot save the match, or a
// quarter report it sent could not be read.
// They sit above every screen and never take focus from what the player is typing.

export function ConnectionBanner() {
  const state = conn.value;
  if (state !== 'reconnecting' && state !== 'lost') return null;
  return (
    <div id="conn-banner" class="banner banner-warn" role="status" aria-live="assertive" data-state={state}>
      <span>{state === 'lost' ? t('conn.lost') : t('conn.reconnecting')}</span>
      {state === 'lost' && (
        <button type="button" class="btn btn-quiet" onClick={() => session.retry()}>
          {t('conn.retry')}
        </button>
      )}
    </div>
  );
}

export function WireBanner() {
  const problem = snap.value?.wireProblem ?? '';
  if (!problem) return null;
  return (
    <div id="wire-banner" class="banner banner-bad" role="alert">
      <span>{t('wire.failed')}</span>
      {/* The reason is the client's own English wording of a protocol fault. */}
      <small lang="en" dir="ltr">
        {problem}
      </small>
      <button type="button" class="btn btn-quiet" onClick={() => window.location.reload()}>
        {t('wire.reload')}
      </button>
    </div>
  );
}

export function StorageBanner() {
  const problem = snap.value?.storageProblem ?? '';
  if (!problem) return null;
  return (
    <div id="storage-banner" class="banner banner-bad" role="alert">
      <span>{t('storage.failed')}</span>
      {seatInfo.value?.isHost && <small>{problem}</small>}
    </div>
  );
}
