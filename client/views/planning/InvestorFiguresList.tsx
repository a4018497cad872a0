import type { CompanyReport } from '../../../shared/engine/types';
import { Term } from '../../components/Term';
import { t } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';
import { investorFigures } from '../../planning/investorFigures';

// How investors valued the seat's company last quarter (engine 2's figures: circular share,
// capex penalty, cost of capital, solvency headroom, second-hand chip price), each with what it means.

export function InvestorFiguresList({ cr, quarter }: { cr: CompanyReport; quarter: number }) {
  const figures = investorFigures(cr);
  return (
    <section class="stack-small" aria-labelledby="inv-figures">
      <h3 id="inv-figures">{t('inv.figures', { quarter: quarterLabel(quarter) })}</h3>
      <dl class="pl-figures pl-figures-2">
        {figures.map((f) => (
          <div key={f.id} data-figure={f.id}>
            <dt>
              <Term help={f.help}>{f.name}</Term>
            </dt>
            <dd class={`num ${f.tone === 'plain' ? '' : f.tone}`}>{f.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
