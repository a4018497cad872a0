// A row of choices as native radio buttons in a fieldset (keyboard: arrows move within the row).

export interface Choice<T extends string | number> {
  value: T;
  text: string;
  hint?: string;
}

export function ChoiceRow<T extends string | number>({ legend, name, choices, value, onChange, hint }: { legend: string; name: string; choices: Choice<T>[]; value: T; onChange: (v: T) => void; hint?: string }) {
  return (
    <fieldset class="choice-row">
      <legend>{legend}</legend>
      <div class="cluster">
        {choices.map((c) => (
          <label key={String(c.value)} class="chip-option" title={c.hint}>
            <input type="radio" name={name} value={String(c.value)} checked={c.value === value} onChange={() => onChange(c.value)} />
            <span>{c.text}</span>
          </label>
        ))}
      </div>
      {hint && <p class="muted hint">{hint}</p>}
    </fieldset>
  );
}
