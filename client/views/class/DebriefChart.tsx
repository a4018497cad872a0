import type { LessonChart } from '../../../shared/classroom/lessons';
import { lineData } from '../../classroom/charts';
import { LineChart } from '../../canvas';
import { isRtl, t } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';

// A debrief chart: the lesson's series over the class's quarters, with its legend and its numbers
// as a table (client/canvas LineChart).

export function quarterLabels(chart: LessonChart): string[] {
  return chart.xLabels.map((_, i) => quarterLabel(i));
}

export function DebriefChart({ title, chart }: { title: string; chart: LessonChart }) {
  const d = lineData(chart);
  return (
    <figure class="chart-figure debrief-chart">
      <figcaption class="chart-title">{title}</figcaption>
      <LineChart {...d} xLabels={quarterLabels(chart)} title={title} xName={t('common.quarter')} legend rtl={isRtl()} />
    </figure>
  );
}
