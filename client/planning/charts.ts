import type { CompanyReport, QuarterReport } from '../../shared/engine/types';
import type { Role } from '../../shared/roles';
import { t } from '../i18n';
import { lineLabel, quarterLabel } from '../i18n/engineText';
import { money, num, pct } from '../i18n/format';
import type { MatchSnapshot } from '../state/model';
import { activeRoles } from '../state/model';
import { companyColor, neutralColor, palette } from '../theme/palette';
import type { LineChartData } from '../charts/LineChart';
import type { SupplyDemandData } from '../charts/SupplyDemandChart';
import type { WaterfallData, WaterfallItem } from '../charts/Waterfall';
import { roleName } from '../ui/company';

// Chart data built from reports and histories: shared by Planning, Results and Debrief.

const moneyPer = (unit: string) => (v: number) => `${money(v)}/${unit}`;

export function chipMarketData(r: QuarterReport | null, s: MatchSnapshot, role: Role | null): SupplyDemandData {
  const c = r?.chips;
  const markers = [];
  const mine = c && role ? c.fills.find((f) => f.role === role) : undefined;
  if (mine && mine.requestedGW > 0 && c) {
    markers.push({ q: mine.filledGW, p: mine.maxPrice > 0 ? Math.min(mine.maxPrice, c.price * 2) : c.price, label: t('mk.yourFill', { gw: num(mine.filledGW, 2) }), color: role ? companyColor[role] : palette.text });
  }
  return {
    supply: c?.supplyCurve ?? [],
    demand: c?.demandCurve ?? [],
    clearing: c ? { q: c.quantity, p: c.price } : null,
    xTitle: t('unit.gwPerQ'),
    yTitle: t('unit.perGW'),
    fmtQ: (q) => num(q, q < 10 ? 1 : 0),
    fmtP: (p) => money(p),
    tickP: (p) => num(p, 0),
    capQ: c ? { q: c.supplyCap, label: t('mk.supplyCap') } : undefined,
    refP: c ? { p: c.listPrice, label: t('mk.listPrice') } : undefined,
    markers,
    empty: t('mk.chipsEmpty', { list: money(s.global.chipListPrice), cap: num(s.global.chipSupplyCap, 1) }),
  };
}

export function cloudMarketData(r: QuarterReport | null, s: MatchSnapshot, role: Role | null): SupplyDemandData {
  const c = r?.cloud;
  const markers = [];
  const mine = c && role ? c.offers.find((o) => o.seller === role) : undefined;
  if (mine && mine.soldCU > 0 && c && role) markers.push({ q: mine.soldCU, p: c.price, label: t('mk.yourSales', { cu: num(mine.soldCU, 1) }), color: companyColor[role] });
  return {
    supply: c?.supplyCurve ?? [],
    demand: c?.demandCurve ?? [],
    clearing: c ? { q: c.quantity, p: c.price } : null,
    xTitle: t('unit.cuPerQ'),
    yTitle: t('unit.perCU'),
    fmtQ: (q) => num(q, q < 10 ? 1 : 0),
    fmtP: (p) => money(p),
    tickP: (p) => num(p, 1),
    refP: c ? { p: c.pref, label: t('mk.refPrice') } : undefined,
    markers,
    empty: t('mk.cloudEmpty', { price: money(s.global.lastCloudPrice) }),
  };
}

function quarterLabels(s: MatchSnapshot): string[] {
  return s.reports.map((r) => quarterLabel(r.quarter));
}

export function priceHistoryData(s: MatchSnapshot): LineChartData {
  return {
    xLabels: quarterLabels(s),
    series: [{ id: 'chipPrice', name: t('mk.chipPrice'), color: palette.supply, values: s.reports.map((r) => r.chips.price), area: true }],
    refs: s.reports.length ? [{ value: s.reports[s.reports.length - 1].chips.listPrice, label: t('mk.listPrice'), color: palette.neutral }] : [],
    y: { title: t('unit.perGW') },
    format: moneyPer(t('unit.gw')),
    empty: t('chart.noData'),
  };
}

export function cloudPriceHistoryData(s: MatchSnapshot): LineChartData {
  return {
    xLabels: quarterLabels(s),
    series: [{ id: 'cloudPrice', name: t('mk.cloudPrice'), color: palette.demand, values: s.reports.map((r) => r.cloud.price), area: true }],
    y: { title: t('unit.perCU') },
    format: moneyPer(t('unit.cu')),
    empty: t('chart.noData'),
  };
}

export function aiSpendData(s: MatchSnapshot): LineChartData {
  return {
    xLabels: quarterLabels(s),
    series: [
      { id: 'aiSpend', name: t('mk.aiSpend'), color: palette.good, values: s.reports.map((r) => r.products.spend), area: true },
      { id: 'lost', name: t('mk.lostDemand'), color: palette.bad, values: s.reports.map((r) => r.products.lostDemand), dashed: true },
    ],
    y: { title: t('unit.billionsPerQ') },
    format: (v) => money(v),
    empty: t('chart.noData'),
  };
}

export function moodHistoryData(s: MatchSnapshot): LineChartData {
  const labels = s.reports.map((r) => quarterLabel(r.quarter));
  const values = s.reports.map((r) => r.mood.after);
  return {
    xLabels: [t('mk.start'), ...labels],
    series: [{ id: 'mood', name: t('mood.title'), color: palette.highlight, values: [s.reports[0]?.mood.before ?? s.global.mood, ...values], area: true }],
    refs: [
      { value: 30, label: t('mood.fear'), color: palette.fear },
      { value: 70, label: t('mood.greed'), color: palette.greed },
    ],
    y: { title: t('mood.axis'), fixed: [0, 100], format: (v) => num(v, 0) },
    format: (v) => num(v, 0),
    empty: t('chart.noData'),
  };
}

/** Share price of every company indexed to 100 at the start (private OpenAI: implied). */
export function sharePriceData(s: MatchSnapshot): LineChartData {
  const roles = activeRoles(s);
  const n = Math.max(0, ...roles.map((r) => s.companies[r]?.history.length ?? 0));
  const labels = [t('mk.start'), ...Array.from({ length: n }, (_, i) => quarterLabel(s.companies[roles[0]]?.history[i]?.quarter ?? i))];
  return {
    xLabels: labels,
    series: roles.map((r) => {
      const c = s.companies[r]!;
      const base = c.startSharePrice || 1;
      return {
        id: r,
        name: roleName(r),
        color: companyColor[r],
        values: [100, ...c.history.map((h) => (h.sharePrice / base) * 100)],
      };
    }),
    refs: [{ value: 100, label: '100', color: palette.neutral }],
    y: { title: t('inv.indexAxis') },
    format: (v) => num(v, 0),
    empty: t('chart.noData'),
  };
}

export function historyData(s: MatchSnapshot, metric: 'cloudRevenue' | 'quality' | 'aiRevenue' | 'capex' | 'installedGW', unit: string, format: (v: number) => string): LineChartData {
  const roles = activeRoles(s);
  const n = Math.max(0, ...roles.map((r) => s.companies[r]?.history.length ?? 0));
  return {
    xLabels: Array.from({ length: n }, (_, i) => quarterLabel(s.companies[roles[0]]?.history[i]?.quarter ?? i)),
    series: roles.map((r) => ({ id: r, name: roleName(r), color: companyColor[r], values: (s.companies[r]?.history ?? []).map((h) => h[metric] as number) })),
    y: { title: unit },
    format,
    empty: t('chart.noData'),
  };
}

export function pnlData(cr: CompanyReport | null): WaterfallData {
  const items: WaterfallItem[] = [];
  if (cr) {
    for (const l of cr.pnl.revenue) items.push({ label: lineLabel(l.key), amount: l.amount, kind: 'step' });
    for (const l of cr.pnl.costs) items.push({ label: lineLabel(l.key), amount: -l.amount, kind: 'step' });
    items.push({ label: t('cp.ebitda'), amount: cr.pnl.ebitda, kind: 'total', help: t('help.ebitda') });
    if (cr.pnl.depreciation) items.push({ label: t('cp.depreciation'), amount: -cr.pnl.depreciation, kind: 'step', help: t('help.depreciation') });
    if (cr.pnl.interest) items.push({ label: lineLabel('cost.interest'), amount: -cr.pnl.interest, kind: 'step' });
    if (cr.pnl.tax) items.push({ label: lineLabel('cost.tax'), amount: -cr.pnl.tax, kind: 'step' });
    items.push({ label: t('cp.netIncome'), amount: cr.pnl.netIncome, kind: 'total', help: t('help.netIncome') });
  }
  return { items, format: (v) => money(v), unit: t('unit.billions'), empty: t('chart.noData') };
}

export function cashFlowData(cr: CompanyReport | null): WaterfallData {
  const items: WaterfallItem[] = [];
  if (cr) {
    items.push({ label: t('cp.opening'), amount: cr.cashFlow.opening, kind: 'total' });
    const operating = cr.cashFlow.lines.filter((l) => l.key.startsWith('revenue.') || l.key.startsWith('cost.') && l.key !== 'cost.interest' && l.key !== 'cost.tax');
    const opTotal = operating.reduce((x, l) => x + l.amount, 0);
    items.push({ label: t('cp.operating'), amount: opTotal, kind: 'step', help: t('help.ebitda') });
    for (const l of cr.cashFlow.lines) {
      if (operating.includes(l)) continue;
      items.push({ label: lineLabel(l.key), amount: l.amount, kind: 'step' });
    }
    items.push({ label: t('cp.closing'), amount: cr.cashFlow.closing, kind: 'total' });
  }
  return { items, format: (v) => money(v), unit: t('unit.billions'), empty: t('chart.noData') };
}

export { pct, neutralColor };
