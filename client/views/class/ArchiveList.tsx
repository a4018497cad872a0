import { useEffect, useState } from 'preact/hooks';
import { fetchArchive, type ArchivedClass } from '../../classroom/api';
import { tc } from '../../classroom/i18n';
import { savedTeacherKey, saveTeacherKey } from '../../classroom/storage';
import { getLocale } from '../../i18n';
import { copyText } from '../../app/clipboard';
import { go } from '../../app/nav';
import { TextField } from '../../components/TextField';

// The teacher's classes kept on the server, listed with the teacher key (so they show on any
// computer, not only in the browser that created them): open a class's debrief from here, copy the
// key, or bring the key from another computer.

export function ArchiveList() {
  const [key, setKey] = useState(() => savedTeacherKey());
  const [list, setList] = useState<ArchivedClass[] | null>(null);
  const [error, setError] = useState('');
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState('');
  const [note, setNote] = useState('');
  useEffect(() => {
    setList(null);
    setError('');
    if (!key) return;
    let live = true;
    fetchArchive(key)
      .then((l) => live && setList(l))
      .catch((err: unknown) => live && setError(tc('archive.failed', { reason: err instanceof Error ? err.message : String(err) })));
    return () => {
      live = false;
    };
  }, [key]);
  const when = (ms: number) => new Date(ms).toLocaleDateString(getLocale() === 'ar' ? 'ar' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <section class="card stack" aria-labelledby="archive-title">
      <h2 id="archive-title">{tc('archive.title')}</h2>
      {!key && <p class="muted">{tc('archive.noKey')}</p>}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {key && list && list.length === 0 && <p class="muted">{tc('archive.empty')}</p>}
      {list && list.length > 0 && (
        <ul class="class-list">
          {list.map((c) => (
            <li key={c.id} class="class-item">
              <div>
                <strong dir="auto">{c.title || tc('recent.untitled')}</strong>
                <div class="muted num">
                  <span dir="ltr">{c.id}</span> · {when(c.createdAt)} · {tc('archive.groups', { n: c.groups })}
                </div>
              </div>
              <button type="button" class="btn" aria-label={`${tc('recent.debrief')} ${c.id}`} onClick={() => go({ name: 'classDebrief', classId: c.id })}>
                {tc('recent.debrief')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {key && (
        <div class="cluster">
          <button type="button" class="btn btn-quiet" onClick={() => void copyText(key).then((ok) => setNote(ok ? tc('archive.keyCopied') : key))}>
            {tc('archive.copyKey')}
          </button>
          {note && (
            <span class="muted" role="status" dir="auto">
              {note}
            </span>
          )}
        </div>
      )}
      <form
        class="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const k = typed.trim();
          if (!/^[A-Za-z0-9_-]{22,128}$/.test(k)) return setTypedError(tc('archive.keyError'));
          setTypedError('');
          saveTeacherKey(k);
          setKey(k);
          setTyped('');
        }}
      >
        <TextField label={tc('archive.useKey')} value={typed} onInput={setTyped} ltr error={typedError} hint={tc('archive.useKeyHint')} maxLength={128} />
        <button type="submit" class="btn">
          {tc('archive.open')}
        </button>
      </form>
    </section>
  );
}
