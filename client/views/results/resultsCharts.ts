import type { CompanyReport, MoodReport, QuarterReport } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';
import type { MarketData, MarketLabels, WaterfallData, WaterfallItem } from '../../canvas';
import { getLocale, t, type MessageKey } from '../../i18n';
import { lineLabel } from '../../i18n/engineText';
import { money, num, numDelta, price } from '../../i18n/format';
import { companyColor } from '../../theme/palette';
import type { ShareMove } from './shareCauses';
import { notableCauses } from './shareCauses';

// The Results screen's charts as plain data for client/canvas: the two markets with the player's
// own fill, the profit and loss, and the two "why it moved" waterfalls (share price, mood).

function marketLabels(): MarketLabels {
  return {
    supply: t('res.mk.supply'),
    demand: t('res.mk.demand'),
    clearing: t('res.mk.clearing'),
    quantity: t('res.mk.quantity'),
    supplyPrice: t('res.mk.supplyPrice'),
    demandPrice: t('res.mk.demandPrice'),
  };
}

const fmtQ = (q: number) => num(q, q < 10 ? 1 : 0);

export function chipMarket(r: QuarterReport, role: Role | null): MarketData {
  const c = r.chips;
  const mine = role ? c.fills.find((f) => f.role === role) : undefined;
  const markers =
    mine && role && mine.requestedGW > 0
      ? [{ q: mine.filledGW, p: mine.maxPrice > 0 ? Math.min(mine.maxPrice, c.price * 2) : c.price, label: t('mk.yourFill', { gw: num(mine.filledGW, 2) }), color: companyColor[role] }]
      : [];
  return {
    supply: c.supplyCurve,
    demand: c.demandCurve,
    clearing: { q: c.quantity, p: c.price },
    xTitle: t('unit.gwPerQ'),
    yTitle: t('unit.perGW'),
    formatQ: fmtQ,
    formatP: (p) => money(p),
    tickP: (p) => num(p, 0),
    cap: { q: c.supplyCap, label: t('mk.supplyCap') },
    refPrice: { p: c.listPrice, label: t('mk.listPrice') },
    markers,
    labels: marketLabels(),
    empty: t('chart.noData'),
    locale: getLocale(),
  };
}

export function cloudMarket(r: QuarterReport, role: Role | null): MarketData {
  const c = r.cloud;
  const mine = role ? c.offers.find((o) => o.seller === role) : undefined;
  const markers = mine && role && mine.soldCU > 0 ? [{ q: mine.soldCU, p: c.price, label: t('mk.yourSales', { cu: num(mine.soldCU, 1) }), color: companyColor[role] }] : [];
  return {
    supply: c.supplyCurve,
    demand: c.demandCurve,
    clearing: { q: c.quantity, p: c.price },
    xTitle: t('unit.cuPerQ'),
    yTitle: t('unit.perCU'),
    formatQ: fmtQ,
    formatP: (p) => money(p),
    tickP: (p) => num(p, 1),
    refPrice: { p: c.pref, label: t('mk.refPrice') },
    markers,
    labels: marketLabels(),
    empty: t('chart.noData'),
    locale: getLocale(),
  };
}

const signedMoney = (v: number) => (v > 0.005 ? `${getLocale() === 'ar' ? '\u200e' : ''}+${money(v)}` : money(v));

export function pnlWaterfall(cr: CompanyReport): WaterfallData {
  const items: WaterfallItem[] = [];
  for (const l of cr.pnl.revenue) items.push({ label: lineLabel(l.key), amount: l.amount, kind: 'step' });
  for (const l of cr.pnl.costs) items.push({ label: lineLabel(l.key), amount: -l.amount, kind: 'step' });
  items.push({ label: t('cp.ebitda'), amount: cr.pnl.ebitda, kind: 'total', help: t('help.ebitda') });
  if (cr.pnl.depreciation) items.push({ label: t('cp.depreciation'), amount: -cr.pnl.depreciation, kind: 'step' });
  if (cr.pnl.interest) items.push({ label: lineLabel('cost.interest'), amount: -cr.pnl.interest, kind: 'step' });
  if (cr.pnl.tax) items.push({ label: lineLabel('cost.tax'), amount: -cr.pnl.tax, kind: 'step' });
  items.push({ label: t('cp.netIncome'), amount: cr.pnl.netIncome, kind: 'total', help: t('help.netIncome') });
  return { items, format: (v) => money(v), formatStep: signedMoney, empty: t('chart.noData') };
}

/** Where a waterfall's axis starts: a little under the lowest running value, so small causes show. */
function axisUnder(values: number[], pad: number): number {
  return Math.max(0, Math.min(...values) - pad);
}

export function moodWaterfall(m: MoodReport): WaterfallData {
  const causes = m.causes.filter((c) => Math.abs(c.amount) >= 0.05);
  const items: WaterfallItem[] = [
    { label: t('res.mood.start'), amount: m.before, kind: 'total' },
    ...causes.map((c) => ({ label: lineLabel(`mood.${c.key}`), amount: c.amount, kind: 'step' as const })),
    { label: t('res.mood.end'), amount: m.after, kind: 'total' },
  ];
  let run = m.before;
  const runs = [m.before, m.after];
  for (const c of causes) runs.push((run += c.amount));
  const spread = Math.max(...runs) - Math.min(...runs);
  return { items, format: (v) => num(v, 1), formatStep: (v) => numDelta(v, 1), axisFrom: Math.floor(axisUnder(runs, Math.max(2, spread * 0.6))), empty: t('chart.noData') };
}

const signedPrice = (v: number) => (v < 0 ? price(v) : `${getLocale() === 'ar' ? '\u200e' : ''}+${price(v)}`);

/** Last quarter's price, each notable cause, this quarter's price; small causes are one "other" step so the bars still add up. */
export function shareWaterfall(move: ShareMove): WaterfallData {
  const shown = notableCauses(move);
  const items: WaterfallItem[] = [{ label: t('res.share.start'), amount: move.before, kind: 'total' }];
  let run = move.before;
  const runs = [move.before, move.after];
  for (const c of shown) {
    items.push({ label: t(`res.share.cause.${c.key}` as MessageKey), amount: c.amount, kind: 'step' });
    runs.push((run += c.amount));
  }
  const rest = move.after - run;
  if (Math.abs(rest) >= 0.005) items.push({ label: t('res.share.cause.other'), amount: rest, kind: 'step' });
  items.push({ label: t('res.share.end'), amount: move.after, kind: 'total' });
  const spread = Math.max(...runs) - Math.min(...runs);
  return { items, format: (v) => price(v), formatStep: signedPrice, axisFrom: axisUnder(runs, Math.max(spread * 0.6, move.before * 0.02)), empty: t('chart.noData') };
}
