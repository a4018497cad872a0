import type { MoneyLine } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';
import { t } from '../../i18n';
import { lineLabel, quarterLabel } from '../../i18n/engineText';
import { money } from '../../i18n/format';
import { companyReport } from '../../planning/data';
import { lastReport, type MatchSnapshot } from '../../state/model';
import { InvestorFiguresList } from './InvestorFiguresList';

// Last quarter's report for the seat: how investors valued it, profit and loss, cash flow.

function Lines({ id, title, rows }: { id: string; title: string; rows: { label: string; amount: number; total?: boolean }[] }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-labelledby={id}>
      <table class="table">
        <caption id={id}>{title}</caption>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} class={r.total ? 'total' : ''}>
              <th scope="row">{r.label}</th>
              <td class={`num n ${r.amount < 0 ? 'bad' : ''}`}>{money(r.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReportPanel({ s, role }: { s: MatchSnapshot; role: Role }) {
  const r = lastReport(s);
  const cr = companyReport(r, role);
  if (!r || !cr) return <p class="muted">{t('co.noHistory')}</p>;
  const q = quarterLabel(r.quarter);
  const pnl = [
    ...cr.pnl.revenue.map((l: MoneyLine) => ({ label: lineLabel(l.key), amount: l.amount })),
    ...cr.pnl.costs.map((l: MoneyLine) => ({ label: lineLabel(l.key), amount: -l.amount })),
    { label: t('cp.ebitda'), amount: cr.pnl.ebitda, total: true },
    { label: t('cp.depreciation'), amount: -cr.pnl.depreciation },
    { label: lineLabel('cost.interest'), amount: -cr.pnl.interest },
    { label: lineLabel('cost.tax'), amount: -cr.pnl.tax },
    { label: t('cp.netIncome'), amount: cr.pnl.netIncome, total: true },
  ];
  const cash = [
    { label: t('cp.opening'), amount: cr.cashFlow.opening, total: true },
    ...cr.cashFlow.lines.map((l) => ({ label: lineLabel(l.key), amount: l.amount })),
    { label: t('cp.closing'), amount: cr.cashFlow.closing, total: true },
  ];
  return (
    <div class="stack">
      <InvestorFiguresList cr={cr} quarter={r.quarter} />
      <div class="grid-2">
        <Lines id="report-pnl" title={`${t('cp.pnl')} · ${q}`} rows={pnl} />
        <Lines id="report-cash" title={`${t('cp.cashflow')} · ${q}`} rows={cash} />
      </div>
    </div>
  );
}
