import type { MatchState } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';
import { t, type MessageKey } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';
import { money, num } from '../../i18n/format';
import type { FigureRows } from './FigureTable';
import { companyName } from './seatText';

// The whole match's histories up to a timeline position, as the viewer's "Match charts" tab
// shows them: a title, and the figures per quarter (rows) and per series (columns).

export interface MatchSeries {
  id: string;
  title: string;
  rows: FigureRows;
}

type Row = { label: string; values: number[] };

function table(first: string, names: string[], rows: Row[], fmt: (v: number) => string): FigureRows {
  return { columns: [first, ...names], rows: rows.map((r, i) => ({ key: String(i), cells: [r.label, ...r.values.map(fmt)] })) };
}

/** Series drawn from `final` (the last state re-run) and cut at `position` quarters. */
export function matchSeries(final: MatchState, roles: Role[], position: number): MatchSeries[] {
  const reports = final.reports.slice(0, position);
  const quarter = t('rp.chart.quarter');
  const names = roles.map(companyName);
  const history = (role: Role) => final.companies[role].history.slice(0, position);
  const perCompany = (metric: 'cloudRevenue' | 'aiRevenue'): Row[] =>
    reports.map((r, i) => ({ label: quarterLabel(r.quarter), values: roles.map((role) => history(role)[i]?.[metric] ?? 0) }));
  const start = t('rp.start');
  const shares: Row[] = [
    { label: start, values: roles.map(() => 100) },
    ...reports.map((r, i) => ({
      label: quarterLabel(r.quarter),
      values: roles.map((role) => {
        const base = final.companies[role].startSharePrice || 1;
        return ((history(role)[i]?.sharePrice ?? base) / base) * 100;
      }),
    })),
  ];
  const mood: Row[] = [{ label: start, values: [final.reports[0]?.mood.before ?? final.global.mood] }, ...reports.map((r) => ({ label: quarterLabel(r.quarter), values: [r.mood.after] }))];
  const perGW = `${t('mk.chipPrice')} (${t('unit.perGW')})`;
  const perCU = `${t('mk.cloudPrice')} (${t('unit.perCU')})`;
  const chart = (id: string, title: MessageKey | string, rows: FigureRows): MatchSeries => ({ id, title, rows });
  return [
    chart('shares', t('inv.sharePrices'), table(quarter, names, shares, (v) => num(v, 0))),
    chart('mood', t('inv.moodHistory'), table(quarter, [t('mood.title')], mood, (v) => num(v, 0))),
    chart('chipPrice', t('mk.priceHistory'), table(quarter, [perGW], reports.map((r) => ({ label: quarterLabel(r.quarter), values: [r.chips.price] })), money)),
    chart('cloudPrice', t('mk.cloudPrice'), table(quarter, [perCU], reports.map((r) => ({ label: quarterLabel(r.quarter), values: [r.cloud.price] })), money)),
    chart('cloudRevenue', t('deb.cloudRevenue'), table(quarter, names, perCompany('cloudRevenue'), money)),
    chart('aiRevenue', t('rp.chart.aiRevenue'), table(quarter, names, perCompany('aiRevenue'), money)),
  ];
}
