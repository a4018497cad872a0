import { useId } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

// A labelled text input with its hint and error below it in the page flow.

export interface TextFieldProps {
  label: ComponentChildren;
  value: string;
  onInput: (value: string) => void;
  hint?: ComponentChildren;
  error?: string | null;
  placeholder?: string;
  maxLength?: number;
  disabled?: boolean;
  autoComplete?: string;
  /** Codes and URLs read left to right in both languages. */
  ltr?: boolean;
  uppercase?: boolean;
  id?: string;
  name?: string;
  required?: boolean;
  onEnter?: () => void;
}

export function TextField(p: TextFieldProps) {
  const auto = useId();
  const id = p.id ?? `tf-${auto}`;
  const describedBy = [p.hint ? `${id}-hint` : '', p.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field" data-invalid={p.error ? 'true' : undefined}>
      <label for={id}>{p.label}</label>
      <input
        id={id}
        name={p.name ?? id}
        type="text"
        value={p.value}
        placeholder={p.placeholder}
        maxLength={p.maxLength}
        disabled={p.disabled}
        required={p.required}
        autoComplete={p.autoComplete ?? 'off'}
        dir={p.ltr ? 'ltr' : 'auto'}
        class={p.uppercase ? 'uppercase' : undefined}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => {
          const v = (e.currentTarget).value;
          p.onInput(p.uppercase ? v.toUpperCase() : v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && p.onEnter) {
            e.preventDefault();
            p.onEnter();
          }
        }}
      />
      {p.hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      )}
      {p.error && (
        <p class="field-error" id={`${id}-error`}>
          {p.error}
        </p>
      )}
    </div>
  );
}
