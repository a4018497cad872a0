import type { QuarterReport } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';
import type { MarketData, MarketLabels } from '../../canvas';
import { getLocale, t } from '../../i18n';
import { money, num } from '../../i18n/format';
import { companyColor } from '../../theme/palette';

// The last quarter's chip and cloud markets as data for client/canvas's MarketChart, with the
// seat's own fill or sales marked.

/** The market charts' curve and table labels in the current language. */
export function marketLabels(): MarketLabels {
  return {
    supply: t('chart.supply'),
    demand: t('chart.demand'),
    clearing: t('chart.clearing'),
    quantity: t('chart.quantity'),
    supplyPrice: t('chart.supplyPrice'),
    demandPrice: t('chart.demandPrice'),
  };
}

/** Quantities on the market charts: one decimal below 10. */
export const formatQ = (q: number) => num(q, q < 10 ? 1 : 0);

export function chipMarketChart(r: QuarterReport, role: Role | null): MarketData {
  const c = r.chips;
  const mine = role ? c.fills.find((f) => f.role === role) : undefined;
  return {
    supply: c.supplyCurve,
    demand: c.demandCurve,
    clearing: { q: c.quantity, p: c.price },
    xTitle: t('unit.gwPerQ'),
    yTitle: t('unit.perGW'),
    formatQ,
    formatP: (p) => money(p),
    tickP: (p) => num(p, 0),
    cap: { q: c.supplyCap, label: t('mk.supplyCap') },
    refPrice: { p: c.listPrice, label: t('mk.listPrice') },
    markers: mine && role && mine.requestedGW > 0 ? [{ q: mine.filledGW, p: mine.maxPrice > 0 ? Math.min(mine.maxPrice, c.price * 2) : c.price, label: t('mk.yourFill', { gw: num(mine.filledGW, 2) }), color: companyColor[role] }] : [],
    labels: marketLabels(),
    empty: t('chart.noData'),
    locale: getLocale(),
  };
}

export function cloudMarketChart(r: QuarterReport, role: Role | null): MarketData {
  const c = r.cloud;
  const mine = role ? c.offers.find((o) => o.seller === role) : undefined;
  return {
    supply: c.supplyCurve,
    demand: c.demandCurve,
    clearing: { q: c.quantity, p: c.price },
    xTitle: t('unit.cuPerQ'),
    yTitle: t('unit.perCU'),
    formatQ,
    formatP: (p) => money(p),
    tickP: (p) => num(p, 1),
    refPrice: { p: c.pref, label: t('mk.refPrice') },
    markers: mine && role && mine.soldCU > 0 ? [{ q: mine.soldCU, p: c.price, label: t('mk.yourSales', { cu: num(mine.soldCU, 1) }), color: companyColor[role] }] : [],
    labels: marketLabels(),
    empty: t('chart.noData'),
    locale: getLocale(),
  };
}
