import { equityDiscount } from '../../../shared/engine/model/finance';
import type { StatementKind } from '../../../shared/orders/types';
import { NumberField } from '../../components/NumberField';
import { Term } from '../../components/Term';
import { t, type MessageKey } from '../../i18n';
import { money, pct } from '../../i18n/format';
import { quarterLabel } from '../../i18n/engineText';
import { openPromises, type OpenPromise } from '../../planning/openPromises';
import type { Scenario } from '../../../shared/engine/types';
import { quotedDebtRate } from './borrowRate';
import { scenarioById } from './engineState';
import { NUMBER_FIELDS, type NumberFieldKey } from './draft';
import { fieldId, type TabProps } from './formTypes';

// Finance: raise equity, borrow (the rate quoted before borrowing), repay, buy back, and the
// CEO's statement of the quarter.

const STATEMENTS: StatementKind[] = ['none', 'clarify', 'hype', 'capexDiscipline', 'announceCloud'];

export function FinanceTab({ s, role, state, draft, update, fieldError }: TabProps) {
  const co = s.companies[role];
  const report = s.reports.at(-1)?.companies.find((c) => c.role === role) ?? null;
  const discount = state ? equityDiscount(s.global.mood, state.scenario.money) : null;
  const rate = state ? quotedDebtRate(state, role) : null;
  const debt = (co?.debt ?? 0) + (co?.revolver ?? 0);
  const field = (key: NumberFieldKey, label: MessageKey, hint: string) => (
    <NumberField
      id={fieldId(NUMBER_FIELDS[key])}
      label={t(label)}
      unit={t('unit.billions')}
      hint={hint}
      value={draft.values[key]}
      onInput={(v) => update((d) => (d.values[key] = v))}
      error={fieldError(NUMBER_FIELDS[key])}
    />
  );
  const statementError = fieldError('statement');
  const promises = openPromises(s.reports, role);
  const quarters = state?.settings.quarters ?? s.settings.quarters;
  const scenario = state?.scenario ?? scenarioById(s.own?.view?.scenarioId);
  return (
    <div class="stack">
      <fieldset class="pl-order-group">
        <legend>{t('dp.finance')}</legend>
        <div class="pl-order-fields">
          {field('raiseEquity', 'dp.raiseEquity', discount !== null ? `${t('help.raiseEquity')} ${t('plan.equityDiscount', { discount: pct(discount, 0) })}` : t('help.raiseEquity'))}
          {field('issueDebt', 'dp.issueDebt', rate !== null ? t('plan.borrowRate', { rate: pct(rate, 1), base: pct(s.global.baseRate, 1) }) : t('help.issueDebt'))}
          {field('repayDebt', 'dp.repayDebt', t('plan.debtNow', { debt: money(debt), rate: pct(co?.debtRate ?? 0, 1) }))}
          {field('buyback', 'dp.buyback', `${t('help.buyback')} ${t('plan.cashNow', { cash: money(co?.cash ?? 0) })}`)}
        </div>
        {report?.solvency && (
          <p class="pl-order-hint">
            <Term k="costOfCapital">{t('inv.costOfCapital')}</Term> {pct(report.valuation.costOfCapital, 1)} ·{' '}
            <Term k="headroom">{t('inv.headroom')}</Term> {money(report.solvency.headroom)}
          </p>
        )}
      </fieldset>
      <fieldset class="pl-order-group">
        <legend>{t('dp.statement')}</legend>
        <div class="pl-statement-options">
          {STATEMENTS.map((k) => (
            <label key={k} class="choice pl-statement-option">
              <input type="radio" name="statement" id={k === draft.statement ? fieldId('statement') : undefined} value={k} checked={draft.statement === k} onChange={() => update((d) => (d.statement = k))} />
              <span>
                <strong>{t(`stmt.${k}` as MessageKey)}</strong>
                <small class="muted"> {t(`stmt.${k}.help` as MessageKey, statementParams(scenario))}</small>
              </span>
            </label>
          ))}
        </div>
        {statementError && <p class="field-error">{statementError}</p>}
        {promises.length > 0 && (
          <div class="pl-order-hint pl-promises" role="group" aria-labelledby="open-promises">
            <strong id="open-promises">{t('plan.promises')}</strong>
            <ul>
              {promises.map((p) => (
                <li key={`${p.kind}-${p.madeQ}`}>{promiseLine(p, quarters, scenario)}</li>
              ))}
            </ul>
          </div>
        )}
      </fieldset>
    </div>
  );
}

/** The scenario's statement rules, for the help texts and the open promises. */
function statementParams(sc: Scenario): Record<string, string | number> {
  const p = sc.statements;
  return { quarters: p.hypeQuarters, points: Math.round(p.hypeGrowthTarget * 1000) / 10, cut: pct(p.capexDisciplineCut, 0), cloudQuarters: p.cloudPromise?.quarters ?? 0, tolerance: pct(p.cloudPromise?.tolerance ?? 0, 0) };
}

/** One open promise: what investors will check, and when (at the match's end if that comes first). */
function promiseLine(p: OpenPromise, quarters: number, sc: Scenario): string {
  const due = p.dueQ < quarters ? t('plan.promiseIn', { quarter: quarterLabel(p.dueQ) }) : t('plan.promiseAtEnd');
  if (p.kind === 'cloud') return t('plan.promiseCloud', { made: quarterLabel(p.madeQ), due, floor: money(p.floor ?? 0) });
  return t('plan.promiseHype', { made: quarterLabel(p.madeQ), due, points: statementParams(sc).points as number });
}
