import { CUSTOM_SILICON_ROLES } from '../../../shared/roles';
import { NumberField } from '../../components/NumberField';
import { Term } from '../../components/Term';
import { t } from '../../i18n';
import { money, num } from '../../i18n/format';
import { NUMBER_FIELDS } from './draft';
import { fieldId, type TabProps } from './formTypes';

// Build: chips from the shared market (and Amazon's and Google's own), and data-centre shells.

export function BuildTab({ s, role, draft, update, fieldError, hints }: TabProps) {
  const custom = CUSTOM_SILICON_ROLES.includes(role);
  const customName = t(role === 'amazon' ? 'dp.customTrainium' : 'dp.customTpu');
  const gw = t('unit.gw');
  const perGW = `${t('unit.billions')}/${gw}`;
  return (
    <div class="stack">
      <fieldset class="pl-order-group">
        <legend>
          <Term help={t('help.chipMarket')}>{t('dp.chips')}</Term>
        </legend>
        <div class="pl-order-fields">
          <NumberField
            id={fieldId(NUMBER_FIELDS.chipsGW)}
            label={t('dp.amount')}
            unit={gw}
            value={draft.values.chipsGW}
            onInput={(v) => update((d) => (d.values.chipsGW = v))}
            error={fieldError(NUMBER_FIELDS.chipsGW)}
          />
          <NumberField
            id={fieldId(NUMBER_FIELDS.chipsMaxPrice)}
            label={t('dp.maxPrice')}
            unit={perGW}
            hint={t('help.maxPrice')}
            value={draft.values.chipsMaxPrice}
            onInput={(v) => update((d) => (d.values.chipsMaxPrice = v))}
            error={fieldError(NUMBER_FIELDS.chipsMaxPrice)}
          />
          {custom && (
            <NumberField
              id={fieldId(NUMBER_FIELDS.customGW)}
              label={customName}
              unit={gw}
              hint={t('help.custom')}
              value={draft.values.customGW}
              onInput={(v) => update((d) => (d.values.customGW = v))}
              error={fieldError(NUMBER_FIELDS.customGW)}
            />
          )}
        </div>
        {hints && (
          <p class="pl-order-hint">
            {t('dp.chipsHint', { list: money(s.global.chipListPrice), est: money(hints.chipPriceEstimate), cost: money(hints.chipsCostEstimate) })}
            {custom && (
              <>
                <br />
                {t('dp.customHint', { chip: customName, cost: money(hints.customChipsCost), cap: num(s.global.customCaps[role] ?? 0, 2) })}
              </>
            )}
          </p>
        )}
      </fieldset>
      <fieldset class="pl-order-group">
        <legend>
          <Term help={t('help.building')}>{t('dp.build')}</Term>
        </legend>
        <div class="pl-order-fields">
          <NumberField
            id={fieldId(NUMBER_FIELDS.buildGW)}
            label={t('dp.buildAmount')}
            unit={gw}
            value={draft.values.buildGW}
            onInput={(v) => update((d) => (d.values.buildGW = v))}
            error={fieldError(NUMBER_FIELDS.buildGW)}
          />
          <label class="choice pl-order-check">
            <input type="checkbox" id={fieldId('build.expedite')} checked={draft.expedite} onChange={(e) => update((d) => (d.expedite = (e.currentTarget).checked))} />
            <span>
              {t('dp.expedite')}
              <small class="muted"> {t('help.expedite')}</small>
            </span>
          </label>
        </div>
        {hints && <p class="pl-order-hint">{t('dp.buildHint', { cost: money(hints.buildCostPerGW), n: hints.buildQuarters, index: num(hints.powerIndexEstimate, 2) })}</p>}
      </fieldset>
    </div>
  );
}
