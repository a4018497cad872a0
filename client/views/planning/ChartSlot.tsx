import type { ComponentChildren } from 'preact';

// A chart's frame on Planning: its titled figure, holding a client/canvas chart (which carries its
// own table for assistive technology) or, before the first quarter resolves, the text that says so.

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
