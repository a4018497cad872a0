import type { ComponentChildren } from 'preact';

// Where a chart goes, with its numbers as a table (the chart's text equivalent).

export function ChartSlot({ title, id, children }: { title: string; id: string; children: ComponentChildren }) {
  return (
    <figure class="chart-slot replay-figure" aria-labelledby={id}>
      <figcaption id={id}>
        <h3>{title}</h3>
      </figcaption>
      {children}
    </figure>
  );
}
