import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { GLOSSARY_IDS, glossaryOpen, glossaryTerm, glossaryText } from '../app/glossary';
import { Dialog } from './Dialog';

// The glossary in a dialog: every term with its explanation, filtered as you type; opened from
// the header of every screen, or at one term from a term's "more" link.

export function GlossaryDialog() {
  const open = glossaryOpen.value;
  const [query, setQuery] = useState('');
  useEffect(() => {
    if (!open?.focus) return;
    setQuery('');
    queueMicrotask(() => document.getElementById(`glossary-${open.focus}`)?.scrollIntoView({ block: 'center' }));
  }, [open]);
  const q = query.trim().toLowerCase();
  const ids = GLOSSARY_IDS.filter((id) => !q || glossaryTerm(id).toLowerCase().includes(q) || glossaryText(id).toLowerCase().includes(q));
  return (
    <Dialog open={open !== null} title={t('glossary.title')} onClose={() => (glossaryOpen.value = null)} wide>
      <div class="field">
        <label for="glossary-search">{t('glossary.search')}</label>
        <input id="glossary-search" type="text" autoComplete="off" value={query} onInput={(e) => setQuery((e.currentTarget).value)} />
      </div>
      {ids.length === 0 ? (
        <p class="muted">{t('glossary.none', { query })}</p>
      ) : (
        <dl class="glossary">
          {ids.map((id) => (
            <div key={id} id={`glossary-${id}`} class={open?.focus === id ? 'glossary-focus' : undefined}>
              <dt>{glossaryTerm(id)}</dt>
              <dd>{glossaryText(id)}</dd>
            </div>
          ))}
        </dl>
      )}
    </Dialog>
  );
}

export function GlossaryButton() {
  return (
    <button type="button" class="btn btn-quiet" aria-haspopup="dialog" onClick={() => (glossaryOpen.value = {})}>
      <span aria-hidden="true">?</span> {t('glossary.open')}
    </button>
  );
}
