import type { ComponentChildren } from 'preact';

// Where a chart drawn by Phaser goes (client/canvas, branch `canvas`), with the chart's numbers
// as an accessible table or text inside: until the chart lands the table is what shows.

export function ChartSlot({ chart, title, children }: { chart: string; title: ComponentChildren; children: ComponentChildren }) {
  return (
    <figure class="chart-slot" data-chart={chart}>
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      {children}
    </figure>
  );
}
