import type { Role } from '../../../shared/roles';
import { t, type MessageKey } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';
import { money, num, pct } from '../../i18n/format';
import type { MatchSnapshot } from '../../state/model';
import { activeRoles } from '../../state/model';
import { tc } from '../../classroom/i18n';
import { soloCircularLesson } from './circularLesson';
import type { LineData } from '../../canvas';
import { companyColor, palette } from '../../theme/palette';

// The debrief's line charts over the whole match, as plain data: quarter labels, one series per
// company (named, coloured by the company's token) and how a value reads. The chart slot draws it,
// its legend names each colour and its table is the text equivalent.

export interface SeriesChartData extends LineData {
  id: string;
  title: string;
  help: string;
}

const roleName = (r: Role) => t(`role.${r}.name` as MessageKey);
const roleColor = (r: Role) => companyColor[r];
const empty = () => t('chart.noData');

function historyLabels(s: MatchSnapshot, roles: Role[]): string[] {
  const n = Math.max(0, ...roles.map((r) => s.companies[r]?.history.length ?? 0));
  const [lead] = roles;
  const history = lead ? s.companies[lead]?.history : undefined;
  return Array.from({ length: n }, (_, i) => quarterLabel(history?.[i]?.quarter ?? i));
}

/** Every company's share price indexed to 100 at the start. */
export function sharePriceChart(s: MatchSnapshot): SeriesChartData {
  const roles = activeRoles(s);
  return {
    id: 'shares',
    title: t('inv.sharePrices'),
    help: t('help.sharePrices'),
    xLabels: [t('mk.start'), ...historyLabels(s, roles)],
    series: roles.map((r) => {
      const c = s.companies[r]!;
      const base = c.startSharePrice || 1;
      return { id: r, name: roleName(r), color: roleColor(r), values: [100, ...c.history.map((h) => (h.sharePrice / base) * 100)] };
    }),
    refs: [{ value: 100, label: '100', color: palette.neutral }],
    y: { title: t('inv.indexAxis') },
    format: (v) => num(v, 0),
    empty: empty(),
  };
}

export function moodChart(s: MatchSnapshot): SeriesChartData {
  return {
    id: 'mood',
    title: t('inv.moodHistory'),
    help: t('mood.explain'),
    xLabels: [t('mk.start'), ...s.reports.map((r) => quarterLabel(r.quarter))],
    series: [{ id: 'mood', name: t('mood.title'), color: palette.highlight, values: [s.reports[0]?.mood.before ?? s.global.mood, ...s.reports.map((r) => r.mood.after)], area: true }],
    refs: [
      { value: 30, label: t('mood.fear'), color: palette.fear },
      { value: 70, label: t('mood.greed'), color: palette.greed },
    ],
    y: { title: t('mood.axis'), fixed: [0, 100], format: (v) => num(v, 0) },
    format: (v) => num(v, 0),
    empty: empty(),
  };
}

function historyChart(s: MatchSnapshot, id: string, title: string, help: string, metric: 'cloudRevenue' | 'quality', unit: string, format: (v: number) => string): SeriesChartData {
  const roles = activeRoles(s);
  return {
    id,
    title,
    help,
    xLabels: historyLabels(s, roles),
    series: roles.map((r) => ({ id: r, name: roleName(r), color: roleColor(r), values: (s.companies[r]?.history ?? []).map((h) => h[metric]) })),
    y: { title: unit },
    format,
    empty: empty(),
  };
}

export function cloudRevenueChart(s: MatchSnapshot): SeriesChartData {
  return historyChart(s, 'cloud', t('deb.cloudRevenue'), t('award.moneyMachine.help'), 'cloudRevenue', t('unit.billionsPerQ'), (v) => money(v));
}

export function qualityChart(s: MatchSnapshot): SeriesChartData {
  return historyChart(s, 'quality', t('co.quality'), t('help.quality'), 'quality', t('unit.quality'), (v) => num(v, 1));
}

/** Lesson 7: each company's circular share of revenue and funding, quarter by quarter. */
export function circularChart(s: MatchSnapshot): { chart: SeriesChartData; lesson: ReturnType<typeof soloCircularLesson> } {
  const lesson = soloCircularLesson(
    s,
    s.reports.map((r) => quarterLabel(r.quarter)),
  );
  return {
    lesson,
    chart: {
      id: 'circular',
      title: t('deb.circularChart'),
      help: tc('lesson.circularMoney.text'),
      xLabels: lesson.chart.xLabels,
      series: lesson.chart.series.map((x) => ({
        id: x.id,
        name: x.role ? roleName(x.role) : x.id,
        color: x.role ? roleColor(x.role) : palette.neutral,
        values: x.values,
        dashed: x.dashed,
      })),
      y: { title: tc('unit.share'), format: (v) => pct(v, 0) },
      format: (v) => pct(v, 1),
      empty: empty(),
    },
  };
}
