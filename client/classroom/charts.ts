import type { LessonChart, LessonSeries, LessonUnit } from '../../shared/classroom/lessons';
import type { LineData } from '../canvas';
import { money, num, numDelta, pct } from '../i18n/format';
import { t } from '../i18n';
import { companyColor, palette } from '../theme/palette';
import { roleName } from '../app/company';
import { groupColor, groupShort, tc } from './i18n';

// The debrief's charts: shared/classroom's chart data (roles, groups, metrics) turned into the
// client's LineChart data with names in the active language, colours and number formats.

export function unitFormat(unit: LessonUnit): (v: number) => string {
  switch (unit) {
    case 'money':
      return (v) => money(v);
    case 'perGW':
      return (v) => `${money(v)}/${t('unit.gw')}`;
    case 'perCU':
      return (v) => `${money(v)}/${t('unit.cu')}`;
    case 'mood':
      return (v) => num(v, 0);
    case 'share':
      return (v) => pct(v, 0);
    case 'factor':
      return (v) => `×${num(v, 2)}`;
    case 'sentiment':
      return (v) => numDelta(v, 2);
  }
}

function seriesName(s: LessonSeries): string {
  const parts: string[] = [];
  if (s.group !== undefined) parts.push(groupShort(s.group));
  if (s.role && s.group === undefined) parts.push(roleName(s.role));
  if (s.metric) parts.push(tc(`metric.${s.metric}` as never));
  return parts.join(' · ');
}

function seriesColor(s: LessonSeries): number {
  if (s.group !== undefined) return groupColor(s.group);
  if (s.role) return companyColor[s.role];
  return s.dashed ? palette.neutral : palette.accent;
}

export function lineData(chart: LessonChart): LineData {
  const fmt = unitFormat(chart.unit);
  const fixed: [number, number] | undefined = chart.unit === 'mood' ? [0, 100] : undefined;
  return {
    xLabels: chart.xLabels.map((l) => l),
    series: chart.series.map((s) => ({ id: s.id, name: seriesName(s), color: seriesColor(s), values: s.values, dashed: s.dashed, width: 2.5 })),
    refs: (chart.refs ?? []).map((r) => ({ value: r.value, label: tc(`metric.${r.metric}` as never), color: palette.neutral })),
    y: {
      title: tc(`unit.${chart.unit}` as never),
      format: chart.unit === 'share' ? (v) => pct(v, 0) : chart.unit === 'mood' ? (v) => num(v, 0) : undefined,
      // Prices move within a band: an axis from zero would flatten what the lesson is about.
      includeZero: !(chart.unit === 'perGW' || chart.unit === 'perCU'),
      ...(fixed ? { fixed } : {}),
    },
    format: fmt,
    empty: tc('deb.noData'),
  };
}

/** The legend entries of a chart: what each colour (and dash) stands for. */
export function legend(chart: LessonChart): { name: string; color: number; dashed: boolean }[] {
  const seen = new Set<string>();
  const out: { name: string; color: number; dashed: boolean }[] = [];
  for (const s of chart.series) {
    const name = seriesName(s);
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, color: seriesColor(s), dashed: !!s.dashed });
  }
  for (const r of chart.refs ?? []) out.push({ name: tc(`metric.${r.metric}` as never), color: palette.neutral, dashed: true });
  return out;
}

const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

/** The chart as the ZIP export draws it (client/classroom/chartSvg.ts). */
export function svgChart(chart: LessonChart, title: string, xLabels: string[], rtl: boolean): import('./chartSvg').SvgChart {
  const d = lineData(chart);
  return {
    title,
    xLabels,
    series: chart.series.map((s) => ({ name: seriesName(s), color: hex(seriesColor(s)), values: s.values, dashed: s.dashed })),
    refs: (chart.refs ?? []).map((r) => ({ value: r.value, name: tc(`metric.${r.metric}` as never) })),
    format: d.format,
    ...(d.y.fixed ? { yRange: d.y.fixed } : {}),
    includeZero: d.y.includeZero,
    rtl,
  };
}
