import type { MoneyLine } from '../../../shared/engine/types';
import { Term } from '../../components/Term';
import { t } from '../../i18n';
import { warningText } from '../../i18n/engineText';
import { money } from '../../i18n/format';
import type { OrderCheck } from './orderCheck';

// The shared engine's estimate of the quarter for the orders as typed, with its warnings. It is
// shown only for valid orders: an estimate of input the server would refuse means nothing.

const sum = (ls: MoneyLine[]) => ls.reduce((x, l) => x + l.amount, 0);

export function EstimatePanel({ check }: { check: OrderCheck }) {
  const p = check.preview;
  if (!check.valid || !p) {
    return (
      <section class="pl-estimate" aria-labelledby="estimate-title">
        <h3 id="estimate-title">{t('dp.preview')}</h3>
        <p class="muted">{check.valid ? t('dp.noPreview') : t('plan.estimateNeedsValid')}</p>
      </section>
    );
  }
  const operating = sum(p.operating) - p.interest - p.taxEstimate;
  return (
    <section class="pl-estimate" aria-labelledby="estimate-title">
      <h3 id="estimate-title">{t('dp.preview')}</h3>
      <dl class="pl-figures pl-figures-2">
        <div>
          <dt>{t('dp.cashNow')}</dt>
          <dd class="num">{money(p.openingCash)}</dd>
        </div>
        <div>
          <dt>{t('dp.capexNow')}</dt>
          <dd class="num bad">{money(-sum(p.capexThisQuarter))}</dd>
        </div>
        <div>
          <dt>{t('dp.operatingEst')}</dt>
          <dd class={`num ${operating >= 0 ? 'good' : 'bad'}`}>{money(operating)}</dd>
        </div>
        <div>
          <dt>{t('dp.financingEst')}</dt>
          <dd class="num">{money(sum(p.financing))}</dd>
        </div>
        <div class="pl-figure-total">
          <dt>
            <Term help={t('help.cashAfter', { next: money(sum(p.capexNextQuarter)) })}>{t('dp.cashAfter')}</Term>
          </dt>
          <dd class={`num ${p.estimatedCashAfter < 0 ? 'bad' : ''}`} data-testid="cash-after">
            {money(p.estimatedCashAfter)}
          </dd>
        </div>
      </dl>
      {p.warnings.length > 0 && (
        <ul class="pl-warnings" aria-label={t('plan.warnings')}>
          {p.warnings.map((w, i) => (
            <li key={i} class="warn">
              <span aria-hidden="true">⚠ </span>
              {warningText(w)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
