import { useEffect, useId, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

// A modal dialog on the native <dialog>: the browser traps focus, Esc closes it, and focus goes
// back where it was when it closes.

export interface DialogProps {
  open: boolean;
  title: ComponentChildren;
  onClose: () => void;
  children: ComponentChildren;
  /** Buttons at the bottom; a Close button is added when there are none. */
  actions?: ComponentChildren;
  wide?: boolean;
}

export function Dialog(p: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (p.open && !d.open) d.showModal();
    if (!p.open && d.open) d.close();
  }, [p.open]);
  return (
    <dialog
      ref={ref}
      class={`dialog ${p.wide ? 'dialog-wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        p.onClose();
      }}
    >
      {p.open && (
        <>
          <h2 id={titleId}>{p.title}</h2>
          <div class="dialog-body">{p.children}</div>
          <div class="dialog-actions">
            {p.actions ?? (
              <button type="button" class="btn" onClick={p.onClose}>
                {t('common.close')}
              </button>
            )}
          </div>
        </>
      )}
    </dialog>
  );
}
