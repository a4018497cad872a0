import type { CompanyReport } from '../../../shared/engine/types';
import { t } from '../../i18n';
import { lineLabel } from '../../i18n/engineText';
import { money } from '../../i18n/format';
import type { FigureRows } from './FigureTable';

// A company's quarter accounts as rows: profit and loss from revenue lines to net income, and cash
// from the opening balance to the closing one.

const line = (key: string, label: string, amount: number, tone?: string) => ({ key, cells: [label, money(amount)], tone });

export function pnlRows(cr: CompanyReport): FigureRows {
  const p = cr.pnl;
  const rows = [
    ...p.revenue.map((l) => line(l.key, lineLabel(l.key), l.amount)),
    ...p.costs.map((l) => line(l.key, lineLabel(l.key), -l.amount)),
    line('ebitda', t('cp.ebitda'), p.ebitda, 'total'),
  ];
  if (p.depreciation) rows.push(line('depreciation', t('cp.depreciation'), -p.depreciation));
  if (p.interest) rows.push(line('interest', lineLabel('cost.interest'), -p.interest));
  if (p.tax) rows.push(line('tax', lineLabel('cost.tax'), -p.tax));
  rows.push(line('netIncome', t('cp.netIncome'), p.netIncome, 'total'));
  return { columns: [t('rp.company.line'), t('unit.billions')], rows };
}

export function cashRows(cr: CompanyReport): FigureRows {
  const c = cr.cashFlow;
  return {
    columns: [t('rp.company.line'), t('unit.billions')],
    rows: [
      line('opening', t('cp.opening'), c.opening, 'total'),
      ...c.lines.map((l, i) => line(`${l.key}-${i}`, lineLabel(l.key), l.amount)),
      line('closing', t('cp.closing'), c.closing, 'total'),
    ],
  };
}
