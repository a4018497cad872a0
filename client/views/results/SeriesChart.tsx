import { t } from '../../i18n';
import type { SeriesChartData } from './debriefCharts';

// One debrief chart: its title, the chart slot, a legend that names every colour, and the numbers
// as a table (the chart's text equivalent), quarters down, companies across.

export function ChartLegend(props: { chart: SeriesChartData }) {
  return (
    <ul class="legend" aria-label={t('deb.legend')} data-testid={`legend-${props.chart.id}`}>
      {props.chart.series.map((s) => (
        <li key={s.id} style={{ '--swatch': s.color }}>
          <span class="swatch" aria-hidden="true" />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

export function SeriesTable(props: { chart: SeriesChartData }) {
  const c = props.chart;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={`${c.title}: ${t('deb.table')}`}>
      <table class="table series-table">
        <caption class="sr-only">{c.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('deb.quarter')}</th>
            {c.series.map((s) => (
              <th scope="col" key={s.id} class="num">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {c.xLabels.map((label, i) => (
            <tr key={i}>
              <th scope="row">{label}</th>
              {c.series.map((s) => {
                const v = s.values[i];
                return (
                  <td key={s.id} class="num">
                    {v === null || v === undefined ? '—' : c.format(v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SeriesChart(props: { chart: SeriesChartData }) {
  const c = props.chart;
  return (
    <section class="card stack series-chart" aria-labelledby={`chart-${c.id}-title`} data-chart={c.id}>
      <h3 id={`chart-${c.id}-title`}>{c.title}</h3>
      <p class="muted small">{c.help}</p>
      <ChartLegend chart={c} />
      <div class="chart-slot">
        <SeriesTable chart={c} />
      </div>
    </section>
  );
}
