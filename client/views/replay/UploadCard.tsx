import { t } from '../../i18n';

// Open a record file: a native file input behind a button-looking label, and the status line
// that says what is being checked or, for a bad file, what is wrong with it by name.

export function UploadCard({ busy, status, onFile }: { busy: boolean; status: { text: string; bad: boolean } | null; onFile: (f: File) => void }) {
  return (
    <section class="card stack replay-upload" aria-labelledby="replay-upload-title">
      <h2 id="replay-upload-title">{t('rp.upload.title')}</h2>
      <p class="muted">{t('rp.upload.text')}</p>
      <div class="replay-file">
        <input
          id="replay-file"
          class="sr-only"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const f = input.files?.[0];
            if (f) onFile(f);
            input.value = '';
          }}
        />
        <label for="replay-file" class="btn btn-primary">
          {t('rp.upload.button')}
        </label>
      </div>
      <p id="replay-status" class={status?.bad ? 'field-error' : 'muted'} role={status?.bad ? 'alert' : 'status'}>
        {status?.text ?? ''}
      </p>
      <p class="muted replay-about">{t('rp.list.about')}</p>
    </section>
  );
}
