import { useId } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import { parseDecimal } from '../i18n/parseNumber';

// A labelled number input. The text stays what the person typed (the owner keeps it as a string
// and parses it with parseNumberInput); the field itself says when the text is not a number or
// when a comma could be a decimal comma. Messages sit below the field in the page flow, so they
// push what follows down instead of covering it.

export interface NumberFieldProps {
  label: ComponentChildren;
  value: string;
  onInput: (value: string) => void;
  /** Unit shown after the input, e.g. "GW" or "$B". */
  unit?: string;
  hint?: ComponentChildren;
  /** The owner's verdict on the value (range, engine validation), already in player language. */
  error?: string | null;
  disabled?: boolean;
  placeholder?: string;
  /** Accept a leading minus. */
  signed?: boolean;
  id?: string;
  name?: string;
  onEnter?: () => void;
}

export function numberFieldProblem(value: string): string | null {
  const r = parseDecimal(value);
  if (r.ok || r.reason === 'empty') return null;
  if (r.reason === 'ambiguousComma') return t('field.ambiguousComma', { suggestion: r.suggestion });
  return t('field.notANumber');
}

export function NumberField(p: NumberFieldProps) {
  const auto = useId();
  const id = p.id ?? `nf-${auto}`;
  const own = numberFieldProblem(p.value);
  const error = own ?? p.error ?? null;
  const describedBy = [p.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field" data-invalid={error ? 'true' : undefined}>
      <label for={id}>{p.label}</label>
      <div class="field-input">
        <input
          id={id}
          name={p.name ?? id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          dir="ltr"
          value={p.value}
          placeholder={p.placeholder}
          disabled={p.disabled}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => p.onInput((e.currentTarget).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && p.onEnter) {
              e.preventDefault();
              p.onEnter();
            }
          }}
        />
        {p.unit && <span class="field-unit" aria-hidden="true">{p.unit}</span>}
      </div>
      {p.hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
