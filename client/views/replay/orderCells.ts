import type { CompanyReport, QuarterReport } from '../../../shared/engine/types';
import type { Orders } from '../../../shared/orders/types';
import type { QuarterRecord } from '../../../shared/replay';
import type { Role } from '../../../shared/roles';
import { t, type MessageKey } from '../../i18n';
import { money, num, pctDelta, price } from '../../i18n/format';

// The teaching view's figures: a seat's orders for a quarter and what followed, as labelled cells
// (main figure, up to two details, a tone for its colour).

export type Tone = 'good' | 'bad' | 'warn' | 'muted' | 'highlight' | 'plain';

export interface Cell {
  /** Column name (also the label on phones, where cells stack). */
  name: string;
  main: string;
  details: string[];
  tone: Tone;
}

const cell = (name: string, main: string, details: (string | undefined | false)[] = [], tone: Tone = 'plain'): Cell => ({
  name,
  main,
  details: details.filter((d): d is string => !!d),
  tone,
});

const total = (lines: { amount: number }[]) => lines.reduce((s, l) => s + l.amount, 0);

export const ORDER_COLUMNS = ['rp.orders.chips', 'rp.orders.build', 'rp.orders.split', 'rp.orders.cloud', 'rp.orders.finance', 'rp.orders.talk'] as const;
export const OUTCOME_COLUMNS = ['rp.orders.chipsGot', 'rp.orders.revenue', 'rp.orders.netIncome', 'rp.orders.cash', 'rp.orders.share'] as const;

/** The columns' names, one per key, as a tuple of the same length. */
function columnNames<K extends readonly MessageKey[]>(keys: K): { [I in keyof K]: string } {
  return keys.map((k) => t(k)) as { [I in keyof K]: string };
}

export function orderCells(o: Orders | undefined, q: QuarterRecord, role: Role): Cell[] {
  const names = columnNames(ORDER_COLUMNS);
  if (!o) return names.map((n) => cell(n, '—', [], 'muted'));
  const custom = o.customChips.gw > 0 ? t('rp.orders.custom', { gw: num(o.customChips.gw, 2) }) : '';
  const limit = o.chips.maxPricePerGW > 0 ? t('rp.orders.limit', { limit: money(o.chips.maxPricePerGW) }) : t('rp.orders.anyPrice');
  const chips = o.chips.gw > 0 ? cell(names[0], num(o.chips.gw, 2), [limit, custom]) : custom ? cell(names[0], custom) : cell(names[0], '—', [], 'muted');
  const build = o.build.gw > 0 ? cell(names[1], num(o.build.gw, 2), [o.build.expedite && t('rp.orders.expedite')]) : cell(names[1], '—', [], 'muted');
  const a = o.allocation;
  const split = cell(names[2], `${a.training} / ${a.products} / ${a.cloud}`);
  const cloud = o.cloud.launch
    ? cell(names[3], t('rp.orders.launch'), [], 'highlight')
    : a.cloud > 0
      ? cell(names[3], o.cloud.askPrice > 0 ? t('rp.orders.ask', { price: money(o.cloud.askPrice) }) : t('rp.orders.taker'))
      : cell(names[3], '—', [], 'muted');
  const f = o.finance;
  const fin = [
    f.raiseEquity > 0 && t('rp.orders.equity', { x: money(f.raiseEquity) }),
    f.issueDebt > 0 && t('rp.orders.debt', { x: money(f.issueDebt) }),
    f.repayDebt > 0 && t('rp.orders.repay', { x: money(f.repayDebt) }),
    f.buyback > 0 && t('rp.orders.buyback', { x: money(f.buyback) }),
  ].filter((x): x is string => !!x);
  const [firstMove, ...moreMoves] = fin;
  const finance = firstMove ? cell(names[4], firstMove, moreMoves) : cell(names[4], '—', [], 'muted');
  const d = o.deals;
  const moves = q.dealActions.filter((x) => x.seat === role).length;
  const deals = [
    d.propose.length > 0 && t('rp.orders.propose', { n: d.propose.length }),
    d.accept.length > 0 && t('rp.orders.accept', { n: d.accept.length }),
    d.reject.length > 0 && t('rp.orders.reject', { n: d.reject.length }),
    moves > 0 && t('rp.orders.dealActions', { n: moves }),
  ];
  const talk = cell(names[5], o.statement === 'none' ? '—' : t(`stmt.${o.statement}` as MessageKey), deals, o.statement === 'none' ? 'muted' : 'plain');
  return [chips, build, split, cloud, finance, talk];
}

export function outcomeCells(r: QuarterReport, cr: CompanyReport | undefined, prevPrice: number | null): Cell[] {
  const names = columnNames(OUTCOME_COLUMNS);
  if (!cr) return names.map((n) => cell(n, '—', [], 'muted'));
  if (cr.bankrupt) return names.map((n) => cell(n, t('rp.orders.bankrupt'), [], 'bad'));
  const fill = r.chips.fills.find((x) => x.role === cr.role);
  const custom = r.chips.custom.find((x) => x.role === cr.role);
  const customGot = custom && custom.gw > 0 ? t('rp.orders.custom', { gw: num(custom.gw, 2) }) : '';
  const chips =
    fill && fill.requestedGW > 0
      ? fill.droppedOut
        ? cell(names[0], t('rp.orders.droppedOut'), [customGot], 'warn')
        : cell(names[0], num(fill.filledGW, 2), [t('rp.orders.at', { price: money(r.chips.price) }), customGot], fill.filledGW < fill.requestedGW - 1e-9 ? 'warn' : 'plain')
      : customGot
        ? cell(names[0], customGot)
        : cell(names[0], '—', [], 'muted');
  const v = cr.valuation;
  const change = prevPrice && prevPrice > 0 ? v.sharePrice / prevPrice - 1 : 0;
  const distress = cr.distress.length ? cr.distress.map((k) => k.replace(/^distress\./, '')).join(', ') : '';
  return [
    chips,
    cell(names[1], money(total(cr.pnl.revenue))),
    cell(names[2], money(cr.pnl.netIncome), [], cr.pnl.netIncome >= 0 ? 'good' : 'bad'),
    cell(names[3], money(cr.cashFlow.closing), [distress], cr.cashFlow.closing >= 0 ? 'plain' : 'bad'),
    cell(names[4], price(v.sharePrice), [pctDelta(change)], change >= 0 ? 'good' : 'bad'),
  ];
}
