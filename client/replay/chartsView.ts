import { t } from '../i18n';
import { money } from '../i18n/format';
import { niceDomain } from '../charts/scale';
import { LineChart, type LineChartData } from '../charts/LineChart';
import { cloudPriceHistoryData, historyData, moodHistoryData, priceHistoryData, sharePriceData } from '../planning/charts';
import type { MatchSnapshot } from '../state/model';
import type { BaseScene } from '../ui/BaseScene';
import type { Box } from '../ui/box';
import { panel } from '../ui/panel';
import { rt } from './i18n';

// Whole-match charts drawn up to the replay's position: the x axis and the y scale cover the
// whole match, so lines grow as the timeline plays instead of the axes jumping.

/** `withStart`: the series' first point is the start (index 0), so position p shows p + 1 points. */
function upTo(data: LineChartData, position: number, withStart: boolean): LineChartData {
  const visible = withStart ? position + 1 : position;
  const all = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  for (const r of data.refs ?? []) all.push(r.value);
  if (all.length === 0) return data;
  const d = niceDomain(Math.min(...all), Math.max(...all), data.y.ticks ?? 4, data.y.includeZero ?? true);
  return {
    ...data,
    y: { ...data.y, fixed: data.y.fixed ?? [d.min, d.max] },
    series: data.series.map((s) => ({ ...s, values: s.values.map((v, i) => (i < visible ? v : null)) })),
    empty: data.empty,
  };
}

export function renderCharts(ui: BaseScene, box: Box, final: MatchSnapshot, position: number): void {
  const [top, bottom] = box.rows([1, 1], 10);
  const cells = [...top.columns(3, 10), ...bottom.columns(3, 10)];
  const charts: [string, string, LineChartData, boolean][] = [
    [t('inv.sharePrices'), 'replay.charts.shares', sharePriceData(final), true],
    [t('inv.moodHistory'), 'replay.charts.mood', moodHistoryData(final), true],
    [t('mk.priceHistory'), 'replay.charts.chipPrice', priceHistoryData(final), false],
    [t('mk.cloudPrice'), 'replay.charts.cloudPrice', cloudPriceHistoryData(final), false],
    [t('deb.cloudRevenue'), 'replay.charts.cloudRevenue', historyData(final, 'cloudRevenue', t('unit.billionsPerQ'), (v) => money(v)), false],
    [rt('rp.chart.aiRevenue'), 'replay.charts.aiRevenue', historyData(final, 'aiRevenue', t('unit.billionsPerQ'), (v) => money(v)), false],
  ];
  charts.forEach(([title, id, data, withStart], i) => {
    const p = panel(ui, cells[i], { title });
    new LineChart(ui, p.content, id, title, upTo(data, position, withStart));
  });
}
