import { useId, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

// A term with its explanation one tap or key away: a button that shows the text below it
// (not a hover-only tooltip, so it works on phones and with a keyboard; Esc hides it).

export interface TermProps {
  children: ComponentChildren;
  /** The explanation, in player language. */
  help: string;
}

export function Term(p: TermProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span class="term">
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
        onBlur={() => setOpen(false)}
      >
        {p.children}
      </button>
      <span id={`term-${id}`} class="term-help" role="note" hidden={!open}>
        {p.help}
      </span>
    </span>
  );
}
