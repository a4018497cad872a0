// A small table of figures: a header row, then rows whose first cell names them.

export interface FigureRows {
  columns: string[];
  rows: { key: string; cells: string[]; tone?: string }[];
}

export function FigureTable({ caption, data }: { caption: string; data: FigureRows }) {
  return (
    // Focusable so a keyboard can scroll it sideways when it is wider than the screen.
    <div class="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table class="table">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            {data.columns.map((c, i) => (
              <th key={i} scope="col" class={i > 0 ? 'replay-n' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.key} class={r.tone ? `tone-${r.tone}` : undefined}>
              <th scope="row">{r.cells[0]}</th>
              {r.cells.slice(1).map((c, i) => (
                <td key={i} class="replay-n">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
