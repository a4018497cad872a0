import { signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { go } from '../../app/nav';
import { t } from '../../i18n';
import { openFile, openRecord, type Opened } from '../../replay/open';
import { AppHeader } from '../../components/AppHeader';
import { Tabs } from '../../components/Tabs';
import { RecordList, type Origin } from './RecordList';
import { UploadCard } from './UploadCard';
import './replay.css';

// Replays, step 1 (#/replays): pick a finished match of this server (paged, newest first) or a
// file opened before, or open a record file (the server checks and re-runs it first). Opening
// re-runs the match in this browser and shows it at #/replay/<id>.

const origin = signal<Origin>('match');

export function ReplayListView() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; bad: boolean } | null>(null);

  const settle = (res: Opened) => {
    setBusy(false);
    if (res.ok) go({ name: 'replay', id: res.id });
    else setStatus({ text: res.message, bad: true });
  };
  const watch = (id: string) => {
    if (busy) return;
    setBusy(true);
    setStatus({ text: t('rp.loading'), bad: false });
    void openRecord(id).then(settle);
  };
  const upload = (file: File) => {
    if (busy) return;
    setBusy(true);
    setStatus({ text: t('rp.upload.checking', { name: file.name }), bad: false });
    void openFile(file).then(settle);
  };

  return (
    <div class="screen replay-screen">
      <AppHeader
        title={t('rp.title')}
        subtitle={t('rp.homeHint')}
        actions={
          <button type="button" class="btn btn-quiet" onClick={() => go({ name: 'home' })}>
            {t('common.back')}
          </button>
        }
      />
      <div class="replay-list-layout">
        <section class="card stack">
          <Tabs
            label={t('rp.title')}
            selected={origin.value}
            onSelect={(v) => (origin.value = v as Origin)}
            tabs={[
              { id: 'match', label: t('rp.list.title'), panel: () => <RecordList origin="match" busy={busy} onWatch={watch} /> },
              { id: 'upload', label: t('rp.list.uploads'), panel: () => <RecordList origin="upload" busy={busy} onWatch={watch} /> },
            ]}
          />
        </section>
        <UploadCard busy={busy} status={status} onFile={upload} />
      </div>
    </div>
  );
}
