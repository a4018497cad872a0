import type { MatchState, QuarterReport } from '../../../shared/engine/types';
import { companyHistory } from '../../../shared/engine/history';
import type { Role } from '../../../shared/roles';
import { sharedYRange, type LineChartProps, type LineSeries } from '../../canvas';
import { isRtl, t } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';
import { money, num } from '../../i18n/format';
import { companyColor, palette } from '../../theme/palette';
import { companyName } from './seatText';

// The whole match's histories drawn up to a timeline position ("Match charts"): the x axis and
// the y range cover the whole match, so lines grow as the replay plays instead of the axes
// jumping; values after the position are gaps.

export interface MatchChart {
  id: string;
  /** Points shown at this position (of the first series). */
  points: number;
  props: LineChartProps;
}

function chart(id: string, base: Omit<LineChartProps, 'yRange' | 'rtl' | 'empty' | 'xName'>, visible: number): MatchChart {
  const cut: LineSeries[] = base.series.map((s) => ({ ...s, values: s.values.map((v, i) => (i < visible ? v : null)) }));
  return {
    id,
    points: Math.min(visible, base.series[0]?.values.length ?? 0),
    props: { ...base, series: cut, yRange: sharedYRange(base), xName: t('rp.chart.quarter'), empty: t('chart.noData'), rtl: isRtl() },
  };
}

/** Charts drawn from `final` (the last state re-run), cut at `position` quarters. */
export function matchCharts(final: MatchState, reports: QuarterReport[], roles: Role[], position: number): MatchChart[] {
  const labels = reports.map((r) => quarterLabel(r.quarter));
  const withStart = [t('rp.start'), ...labels];
  const perCompany = (metric: 'cloudRevenue' | 'aiRevenue'): LineSeries[] =>
    roles.map((role) => ({ id: role, name: companyName(role), color: companyColor[role], values: companyHistory(reports, role).map((h) => h[metric]) }));
  const shares: LineSeries[] = roles.map((role) => {
    const base = final.companies[role].startSharePrice || 1;
    return { id: role, name: companyName(role), color: companyColor[role], values: [100, ...companyHistory(reports, role).map((h) => (h.sharePrice / base) * 100)] };
  });
  const moneyPer = (unit: string) => (v: number) => `${money(v)}/${unit}`;
  return [
    chart(
      'shares',
      { title: t('inv.sharePrices'), xLabels: withStart, series: shares, refs: [{ value: 100, label: '100', color: palette.neutral }], y: { title: t('inv.indexAxis') }, format: (v) => num(v, 0) },
      position + 1,
    ),
    chart(
      'mood',
      {
        title: t('inv.moodHistory'),
        xLabels: withStart,
        series: [{ id: 'mood', name: t('mood.title'), color: palette.highlight, values: [reports[0]?.mood.before ?? final.global.mood, ...reports.map((r) => r.mood.after)], area: true }],
        refs: [
          { value: 30, label: t('mood.fear'), color: palette.fear },
          { value: 70, label: t('mood.greed'), color: palette.greed },
        ],
        y: { title: t('mood.axis'), fixed: [0, 100], format: (v) => num(v, 0) },
        format: (v) => num(v, 0),
      },
      position + 1,
    ),
    chart(
      'chipPrice',
      { title: t('mk.priceHistory'), xLabels: labels, series: [{ id: 'chipPrice', name: t('mk.chipPrice'), color: palette.supply, values: reports.map((r) => r.chips.price), area: true }], y: { title: t('unit.perGW') }, format: moneyPer(t('unit.gw')) },
      position,
    ),
    chart(
      'cloudPrice',
      { title: t('mk.cloudPrice'), xLabels: labels, series: [{ id: 'cloudPrice', name: t('mk.cloudPrice'), color: palette.demand, values: reports.map((r) => r.cloud.price), area: true }], y: { title: t('unit.perCU') }, format: moneyPer(t('unit.cu')) },
      position,
    ),
    chart('cloudRevenue', { title: t('deb.cloudRevenue'), xLabels: labels, series: perCompany('cloudRevenue'), y: { title: t('unit.billionsPerQ') }, format: money }, position),
    chart('aiRevenue', { title: t('rp.chart.aiRevenue'), xLabels: labels, series: perCompany('aiRevenue'), y: { title: t('unit.billionsPerQ') }, format: money }, position),
  ];
}
