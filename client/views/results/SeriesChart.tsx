import { LineChart } from '../../canvas';
import { isRtl, t } from '../../i18n';
import type { SeriesChartData } from './debriefCharts';

// One debrief chart: its title, what it shows, and the line chart with its legend naming every
// colour (shown even for one line) and its table for assistive technology.

export function SeriesChart(props: { chart: SeriesChartData }) {
  const { id, title, help, ...data } = props.chart;
  return (
    <section class="card stack series-chart" aria-labelledby={`chart-${id}-title`} data-chart={id}>
      <h3 id={`chart-${id}-title`}>{title}</h3>
      <p class="muted small">{help}</p>
      <LineChart title={title} xName={t('deb.quarter')} {...data} legend rtl={isRtl()} />
    </section>
  );
}
