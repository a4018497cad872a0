import { NumberField } from '../../components/NumberField';
import { Term } from '../../components/Term';
import { t } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';
import { money, num } from '../../i18n/format';
import { saleQuote } from '../../planning/secondHand';
import { NUMBER_FIELDS } from './draft';
import { fieldId, type TabProps } from './formTypes';
import { readNumber } from './readNumber';

// Supplier: the chip supplier's vendor-financing offer (accepted with the orders), the chip
// commitments it left, and second-hand sales of the oldest chips with what they would fetch.

export function SupplierTab({ s, role, state, draft, update, fieldError }: TabProps) {
  const own = s.own?.view?.own ?? null;
  const offer = own?.vendorOffer ?? null;
  const commitments = (own?.chipCommitments ?? []).filter((k) => k.endQ >= s.quarter);
  const typed = readNumber(draft.values.sellGW || '0');
  const cohorts = state?.companies[role].cohorts ?? [];
  const quote = state ? saleQuote(cohorts, typed.ok ? typed.value : 0, s.quarter, s.global.chipListPrice, state.scenario) : null;
  const sellHint = !quote || quote.firstPerGW <= 0 ? t('dp.sellHintNone') : quote.gw > 0 ? t('dp.sellHint', { price: money(quote.firstPerGW), proceeds: money(quote.proceeds), gw: num(quote.gw, 2) }) : t('dp.sellPrice', { price: money(quote.firstPerGW) });
  const vendorError = fieldError('vendorFinancing.accept') ?? fieldError('vendorFinancing');
  return (
    <div class="stack">
      <fieldset class="pl-order-group">
        <legend>
          <Term k="vendorFinancing">{t('dp.vendorSection')}</Term>
        </legend>
        {offer ? (
          <>
            <p>
              {t('vf.terms', {
                equity: money(offer.equity),
                gw: num(offer.gwPerQuarter, 2),
                n: offer.quarters,
                price: money(offer.pricePerGW),
                total: money(offer.gwPerQuarter * offer.quarters * offer.pricePerGW),
              })}
            </p>
            <label class="choice pl-order-check">
              <input type="checkbox" id={fieldId('vendorFinancing.accept')} checked={draft.vendorAccept} onChange={(e) => update((d) => (d.vendorAccept = (e.currentTarget).checked))} />
              <span>{t('vf.accept')}</span>
            </label>
            {vendorError && <p class="field-error">{vendorError}</p>}
          </>
        ) : (
          <p class="muted">{t('vf.none')}</p>
        )}
        {commitments.length > 0 && (
          <ul class="pl-plain-list">
            {commitments.map((k, i) => (
              <li key={i} class="warn">
                {t('vf.committed', { gw: num(k.gwPerQuarter, 2), price: money(k.pricePerGW), quarter: quarterLabel(k.endQ) })}
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset class="pl-order-group">
        <legend>
          <Term k="secondHand">{t('dp.sellSection')}</Term>
        </legend>
        <div class="pl-order-fields">
          <NumberField
            id={fieldId(NUMBER_FIELDS.sellGW)}
            label={t('dp.sellChips')}
            unit={t('unit.gw')}
            hint={`${sellHint} ${t('help.sellChips')}`}
            value={draft.values.sellGW}
            onInput={(v) => update((d) => (d.values.sellGW = v))}
            error={fieldError(NUMBER_FIELDS.sellGW)}
          />
        </div>
      </fieldset>
    </div>
  );
}
