import { useId, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import { glossaryText, openGlossary, type GlossaryId } from '../app/glossary';

// A term with its explanation one tap or key away: a button that shows the text below it
// (not a hover-only tooltip, so it works on phones and with a keyboard; Esc hides it). With a
// glossary id (`k`) the text comes from the glossary and links to the whole glossary.

export interface TermProps {
  children: ComponentChildren;
  /** A glossary term: its explanation, and a link to the glossary. */
  k?: GlossaryId;
  /** An explanation of its own, in player language (when the term is not in the glossary). */
  help?: string;
}

export function Term(p: TermProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const help = p.help ?? (p.k ? glossaryText(p.k) : '');
  return (
    <span
      class="term"
      onFocusOut={(e) => {
        if (!(e.currentTarget).contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        type="button"
        class="term-button"
        aria-expanded={open}
        aria-controls={`term-${id}`}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      >
        {p.children}
      </button>
      <span id={`term-${id}`} class="term-help" role="note" hidden={!open}>
        {help}
        {p.k && (
          <>
            {' '}
            <button type="button" class="btn-link" onClick={() => openGlossary(p.k)}>
              {t('glossary.open')}
            </button>
          </>
        )}
      </span>
    </span>
  );
}
