import type { CompanyReport } from '../../../shared/engine/types';
import type { WaterfallItem } from '../../canvas';
import { t } from '../../i18n';
import { lineLabel } from '../../i18n/engineText';

// A company's quarter accounts as waterfall rows: profit and loss from revenue lines to net
// income, and cash from the opening balance to the closing one.

const step = (label: string, amount: number, help?: string): WaterfallItem => ({ label, amount, kind: 'step', ...(help ? { help } : {}) });
const total = (label: string, amount: number, help?: string): WaterfallItem => ({ label, amount, kind: 'total', ...(help ? { help } : {}) });

export function accountItems(cr: CompanyReport, which: 'pnl' | 'cash'): WaterfallItem[] {
  if (which === 'cash') {
    const c = cr.cashFlow;
    return [total(t('cp.opening'), c.opening), ...c.lines.map((l) => step(lineLabel(l.key), l.amount)), total(t('cp.closing'), c.closing)];
  }
  const p = cr.pnl;
  const items = [...p.revenue.map((l) => step(lineLabel(l.key), l.amount)), ...p.costs.map((l) => step(lineLabel(l.key), -l.amount)), total(t('cp.ebitda'), p.ebitda, t('help.ebitda'))];
  if (p.depreciation) items.push(step(t('cp.depreciation'), -p.depreciation));
  if (p.interest) items.push(step(lineLabel('cost.interest'), -p.interest));
  if (p.tax) items.push(step(lineLabel('cost.tax'), -p.tax));
  items.push(total(t('cp.netIncome'), p.netIncome));
  return items;
}
