import type { ComponentChildren } from 'preact';

// Where a chart goes, with its numbers as a table for assistive technology (and for anyone who
// prefers the figures). The picture itself is drawn by client/canvas.

export interface SlotSeries {
  name: string;
  values: (number | null)[];
}

export function ChartTable({ caption, xLabels, series, format }: { caption: string; xLabels: string[]; series: SlotSeries[]; format: (v: number) => string }) {
  return (
    <table class="sr-only">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{''}</th>
          {xLabels.map((x, i) => (
            <th key={i} scope="col">
              {x}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.map((s) => (
          <tr key={s.name}>
            <th scope="row">{s.name}</th>
            {s.values.map((v, i) => (
              <td key={i}>{v === null ? '—' : format(v)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ChartSlot({ title, children, table, class: cls }: { title: string; children?: ComponentChildren; table: ComponentChildren; class?: string }) {
  return (
    <figure class={`chart-figure${cls ? ` ${cls}` : ''}`}>
      <figcaption class="chart-title">{title}</figcaption>
      <div class="chart-slot">{children}</div>
      {table}
    </figure>
  );
}
