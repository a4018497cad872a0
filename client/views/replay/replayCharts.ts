import type { CompanyReport, QuarterReport } from '../../../shared/engine/types';
import type { MarketChartProps, MoodGaugeProps, WaterfallProps } from '../../canvas';
import { isRtl, t } from '../../i18n';
import { lineLabel } from '../../i18n/engineText';
import { money, moneyDelta, num, numDelta } from '../../i18n/format';
import { accountItems } from './accountRows';
import { chipMarketChart, cloudMarketChart, formatQ } from '../shared/marketCharts';

// Props of the canvas charts the replay viewer shows for one quarter: both markets, the mood
// gauge, and a company's profit-and-loss and cash-flow waterfalls. Texts are translated here.

export function chipMarketProps(r: QuarterReport, title: string): MarketChartProps {
  return { ...chipMarketChart(r, null), title, formatQ: (q) => `${formatQ(q)} ${t('unit.gw')}`, tickQ: formatQ, rtl: isRtl() };
}

export function cloudMarketProps(r: QuarterReport, title: string): MarketChartProps {
  return { ...cloudMarketChart(r, null), title, formatQ: (q) => `${formatQ(q)} ${t('unit.cu')}`, tickQ: formatQ, rtl: isRtl() };
}

export function moodProps(r: QuarterReport): MoodGaugeProps {
  return {
    title: t('mood.title'),
    value: r.mood.after,
    before: r.mood.before,
    zones: [t('mood.band.extremeFear'), t('mood.band.fear'), t('mood.band.neutral'), t('mood.band.greed'), t('mood.band.extremeGreed')],
    fearLabel: t('mood.fear'),
    greedLabel: t('mood.greed'),
    format: (v) => num(v, 0),
    formatDelta: (v) => numDelta(v, 0),
    changeText: t('mood.changed', { from: num(r.mood.before, 0), to: num(r.mood.after, 0) }),
    explain: t('mood.explain'),
    rtl: isRtl(),
  };
}

/** Why the mood moved: start, each cause, end. */
export function moodCausesProps(r: QuarterReport): WaterfallProps {
  const causes = r.mood.causes.filter((c) => Math.abs(c.amount) >= 0.05);
  let low = r.mood.before;
  let running = r.mood.before;
  for (const c of causes) {
    running += c.amount;
    low = Math.min(low, running);
  }
  return {
    title: t('res.moodCauses'),
    columns: { item: t('rp.company.line'), amount: t('rp.chart.change'), running: t('mood.title') },
    items: [
      { label: t('rp.chart.before'), amount: r.mood.before, kind: 'total' },
      ...causes.map((c) => ({ label: lineLabel(`mood.${c.key}`), amount: c.amount, kind: 'step' as const })),
      { label: t('rp.chart.after'), amount: r.mood.after, kind: 'total' },
    ],
    format: (v) => num(v, 0),
    formatStep: (v) => numDelta(v, 1),
    axisFrom: Math.max(0, Math.floor((Math.min(low, r.mood.after) - 5) / 5) * 5),
    empty: t('chart.noData'),
    rtl: isRtl(),
  };
}

export function accountWaterfall(cr: CompanyReport, which: 'pnl' | 'cash'): WaterfallProps {
  return {
    title: which === 'pnl' ? t('cp.pnl') : t('cp.cashflow'),
    columns: { item: t('rp.company.line'), amount: t('unit.billions'), running: t('rp.chart.running') },
    items: accountItems(cr, which),
    format: money,
    formatStep: moneyDelta,
    empty: t('chart.noData'),
    rtl: isRtl(),
  };
}
