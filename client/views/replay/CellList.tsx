import type { Cell } from './orderCells';

// A column of labelled figures (name, main figure, details), coloured by tone.

export function CellList({ title, cells }: { title: string; cells: Cell[] }) {
  return (
    <div class="replay-cells">
      <h4 class="replay-cells-title">{title}</h4>
      <dl>
        {cells.map((c) => (
          <div class="replay-cell" key={c.name}>
            <dt class="muted">{c.name}</dt>
            <dd class={`replay-n tone-${c.tone}`}>
              <strong>{c.main}</strong>
              {c.details.map((d) => (
                <span class="replay-detail" key={d}>
                  {d}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
