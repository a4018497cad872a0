import { signal, type Signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, listRecords, type RecordItem, type RecordPage } from '../../replay/api';
import { t } from '../../i18n';
import { RecordRow } from './RecordRow';

// The paged list of records of one origin (finished matches, or files opened here), newest first.

export type Origin = RecordItem['origin'];
const PAGE_SIZE = 8;
/** The page shown per origin: kept while the person watches a replay and comes back. */
const pages: Record<Origin, Signal<number>> = { match: signal(1), upload: signal(1) };

type Loading = { state: 'loading' } | { state: 'error'; reason: string } | { state: 'ready'; res: RecordPage };

export function RecordList({ origin, busy, onWatch }: { origin: Origin; busy: boolean; onWatch: (id: string) => void }) {
  const page = pages[origin];
  const [list, setList] = useState<Loading>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setList({ state: 'loading' });
    listRecords(origin, page.value, PAGE_SIZE)
      .then((res) => live && setList({ state: 'ready', res }))
      .catch((err: unknown) => live && setList({ state: 'error', reason: err instanceof ApiError || err instanceof Error ? err.message : String(err) }));
    return () => {
      live = false;
    };
  }, [origin, page.value]);

  if (list.state === 'loading') return <p class="muted" role="status">{t('rp.list.loading')}</p>;
  if (list.state === 'error') return <p class="field-error" role="alert">{t('rp.list.error', { reason: list.reason })}</p>;
  const { res } = list;
  if (res.items.length === 0) return <p class="muted">{origin === 'match' ? t('rp.list.empty') : t('rp.list.emptyUploads')}</p>;
  return (
    <div class="stack">
      <ul class="stack replay-records">
        {res.items.map((item) => (
          <RecordRow key={item.id} item={item} busy={busy} onWatch={onWatch} />
        ))}
      </ul>
      {res.pages > 1 && (
        <nav class="cluster replay-pager" aria-label={t('rp.list.page', { page: res.page, pages: res.pages })}>
          <button type="button" class="btn" disabled={res.page <= 1} onClick={() => (page.value = res.page - 1)}>
            {t('rp.list.prev')}
          </button>
          <span class="muted num">{t('rp.list.page', { page: res.page, pages: res.pages })}</span>
          <button type="button" class="btn" disabled={res.page >= res.pages} onClick={() => (page.value = res.page + 1)}>
            {t('rp.list.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
