import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { t } from '../i18n';
import { loadView, loadedView, type ViewName } from './views';

// Shows a view, loading its chunk first when needed; a chunk that fails to load (network
// dropped, server updated) says so with a way to try again instead of leaving a blank page.

const cache = new Map<ViewName, ComponentType<Record<string, never>>>();

export function ViewHost({ name }: { name: ViewName }) {
  const [, setTick] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);
  const View = cache.get(name) ?? loadedView(name);
  useEffect(() => {
    if (View) return;
    let live = true;
    setFailed(null);
    loadView(name).then(
      (v) => {
        cache.set(name, v);
        if (live) setTick((n) => n + 1);
      },
      (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [name, View]);
  if (View) return <View />;
  if (failed) {
    return (
      <div class="page-message" role="alert">
        <p>{t('app.viewFailed')}</p>
        <button type="button" class="btn btn-primary" onClick={() => location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    );
  }
  return (
    <p class="page-message" role="status">
      {t('common.loading')}
    </p>
  );
}
