import type { CompanyReport, MoodReport } from '../../../shared/engine/types';
import type { WaterfallData, WaterfallItem } from '../../canvas';
import { getLocale, t, type MessageKey } from '../../i18n';
import { lineLabel } from '../../i18n/engineText';
import { money, num, numDelta, price } from '../../i18n/format';
import type { ShareMove } from './shareCauses';
import { notableCauses } from './shareCauses';

// The Results screen's charts as plain data for client/canvas: the profit and loss and the two
// "why it moved" waterfalls (share price, mood). The markets come from views/shared/marketCharts.ts.

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
