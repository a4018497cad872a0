import type { LessonChart } from '../../../shared/classroom/lessons';
import { legend, lineData } from '../../classroom/charts';
import { quarterLabel } from '../../i18n/engineText';
import { ChartSlot, ChartTable } from './ChartSlot';

// A debrief chart with its legend and its numbers as a table.

export function quarterLabels(chart: LessonChart): string[] {
  return chart.xLabels.map((_, i) => quarterLabel(i));
}

export function DebriefChart({ title, chart }: { title: string; chart: LessonChart }) {
  const d = lineData(chart);
  const xLabels = quarterLabels(chart);
  return (
    <ChartSlot
      title={title}
      class="debrief-chart"
      table={<ChartTable caption={title} xLabels={xLabels} series={d.series.map((s) => ({ name: s.name, values: s.values }))} format={d.format} />}
    >
      <ul class="legend" aria-hidden="true">
        {legend(chart).map((it) => (
          <li key={it.name}>
            <span class={`legend-mark${it.dashed ? ' dashed' : ''}`} style={{ borderColor: `#${it.color.toString(16).padStart(6, '0')}` }} />
            {it.name}
          </li>
        ))}
      </ul>
    </ChartSlot>
  );
}
