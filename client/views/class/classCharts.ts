import type { GroupSummary } from '../../../shared/classroom/summary';
import type { QuarterReport } from '../../../shared/engine/types';
import type { LineChartProps, MarketChartProps, MoodGaugeProps } from '../../canvas';
import { tc } from '../../classroom/i18n';
import { isRtl, t } from '../../i18n';
import { money, num, numDelta } from '../../i18n/format';
import { roleName } from '../../app/company';
import { activeRoles, type MatchSnapshot } from '../../state/model';
import { companyColor, palette } from '../../theme/palette';
import { indexedPrices } from './projectorData';
import { formatQ, marketLabels } from '../shared/marketCharts';

// The class screens' charts as props of the canvas components (client/canvas): a group's share
// prices (indexed to 100, on the class's shared y range), one group's two markets as the
// projector shows them (no seat's own marker: the big screen is public), and the mood dial.

export function chipMarket(r: QuarterReport | null, s: MatchSnapshot): MarketChartProps {
  const c = r?.chips;
  return {
    title: t('mk.chips'),
    supply: c?.supplyCurve ?? [],
    demand: c?.demandCurve ?? [],
    clearing: c ? { q: c.quantity, p: c.price } : null,
    xTitle: t('unit.gwPerQ'),
    yTitle: t('unit.perGW'),
    formatQ,
    formatP: (p) => money(p),
    tickP: (p) => num(p, 0),
    ...(c ? { cap: { q: c.supplyCap, label: t('mk.supplyCap') }, refPrice: { p: c.listPrice, label: t('mk.listPrice') } } : {}),
    labels: marketLabels(),
    empty: t('mk.chipsEmpty', { list: money(s.global.chipListPrice), cap: num(s.global.chipSupplyCap, 1) }),
    rtl: isRtl(),
  };
}

export function cloudMarket(r: QuarterReport | null, s: MatchSnapshot): MarketChartProps {
  const c = r?.cloud;
  return {
    title: t('mk.cloud'),
    supply: c?.supplyCurve ?? [],
    demand: c?.demandCurve ?? [],
    clearing: c ? { q: c.quantity, p: c.price } : null,
    xTitle: t('unit.cuPerQ'),
    yTitle: t('unit.perCU'),
    formatQ,
    formatP: (p) => money(p),
    tickP: (p) => num(p, 1),
    ...(c ? { refPrice: { p: c.pref, label: t('mk.refPrice') } } : {}),
    labels: marketLabels(),
    empty: t('mk.cloudEmpty', { price: money(s.global.lastCloudPrice) }),
    rtl: isRtl(),
  };
}

/** Share prices of a group's companies from its summary, start = 100, on `yRange` when given. */
export function summaryShares(s: GroupSummary, title: string, yRange?: [number, number]): LineChartProps {
  const lines = indexedPrices(s);
  const n = Math.max(0, ...lines.map((l) => l.values.length));
  return {
    title,
    xName: t('common.quarter'),
    xLabels: Array.from({ length: n }, (_, i) => (i === 0 ? tc('proj.start') : tc('quarter.short', { q: i }))),
    series: lines.map((l) => ({ id: l.role, name: roleName(l.role), color: companyColor[l.role], values: l.values, width: 3 })),
    refs: [{ value: 100, label: '100', color: palette.neutral }],
    y: { title: t('inv.indexAxis'), includeZero: false },
    ...(yRange ? { yRange } : {}),
    format: (x) => num(x, 0),
    empty: t('chart.noData'),
    legend: false,
    rtl: isRtl(),
  };
}

/** Share prices of one group live (its snapshot), start = 100. */
export function liveShares(s: MatchSnapshot): LineChartProps {
  const roles = activeRoles(s);
  const n = s.reports.length + 1;
  return {
    title: tc('proj.shares'),
    xName: t('common.quarter'),
    xLabels: Array.from({ length: n }, (_, i) => (i === 0 ? tc('proj.start') : tc('quarter.short', { q: i }))),
    series: roles.map((role) => {
      const h = s.companies[role]?.history ?? [];
      const start = s.companies[role]?.startSharePrice ?? 0;
      return { id: role, name: roleName(role), color: companyColor[role], values: [100, ...h.map((row) => (start > 0 ? (row.sharePrice / start) * 100 : null))], width: 3 };
    }),
    refs: [{ value: 100, label: '100', color: palette.neutral }],
    y: { title: t('inv.indexAxis'), includeZero: false },
    format: (x) => num(x, 0),
    empty: t('chart.noData'),
    rtl: isRtl(),
  };
}

export function moodProps(value: number, before: number | null): MoodGaugeProps {
  return {
    title: t('mood.title'),
    value,
    before,
    zones: [t('mood.band.extremeFear'), t('mood.band.fear'), t('mood.band.neutral'), t('mood.band.greed'), t('mood.band.extremeGreed')],
    fearLabel: t('mood.fear'),
    greedLabel: t('mood.greed'),
    format: (v) => num(v, 0),
    formatDelta: (d) => numDelta(d, 0),
    rtl: isRtl(),
  };
}
