import { useState } from 'preact/hooks';
import { Dialog } from '../../components/Dialog';
import { t } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';
import { session } from '../../net/session';
import { ApiError, forkRecord } from '../../replay/api';
import { rememberFork } from '../../replay/forks';

// "Play from here": asks the server for a new live match that continues the record from the
// current position, then joins it as host; the app then shows its lobby and join code.

export function ForkDialog({ recordId, position, onClose }: { recordId: string; position: number; onClose: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const go = () => {
    if (busy) return;
    setBusy(true);
    setError('');
    forkRecord(recordId, position)
      .then((fork) => {
        rememberFork(fork.code, fork.quarter);
        return session.join(fork.code, { hostSecret: fork.hostSecret });
      })
      .catch((err: unknown) => {
        setBusy(false);
        setError(t('rp.fork.failed', { reason: err instanceof ApiError || err instanceof Error ? err.message : String(err) }));
      });
  };
  return (
    <Dialog
      open
      title={t('rp.fork.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" class="btn btn-quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" class="btn btn-primary" disabled={busy} onClick={go}>
            {t('rp.fork.go')}
          </button>
        </>
      }
    >
      <div class="stack">
        <p>{t('rp.fork.text', { n: position, quarter: quarterLabel(position) })}</p>
        <p class="muted">{t('rp.fork.host')}</p>
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}
