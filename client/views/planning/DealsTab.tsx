import { useState } from 'preact/hooks';
import { neutralQuote } from '../../../shared/engine';
import type { Party } from '../../../shared/orders/types';
import type { Role } from '../../../shared/roles';
import { describeServerError } from '../../app/errors';
import { announce } from '../../components/announce';
import { NumberField } from '../../components/NumberField';
import { Term } from '../../components/Term';
import { t } from '../../i18n';
import { partyName, quarterLabel } from '../../i18n/engineText';
import { money, num } from '../../i18n/format';
import { translateOrderError } from '../../i18n/orderErrors';
import { session } from '../../net/session';
import { activeRoles, type ProposalView } from '../../state/model';
import type { TabProps } from './formTypes';
import { readNumber } from './readNumber';

// Deals: offers made to the seat (accept or reject at once), a form to propose a take-or-pay
// compute deal, and every offer the seat has made with its status (none is dropped: the full
// list with contracts is the Contracts tab).

type DealField = 'cu' | 'price' | 'quarters';

function termsText(p: Pick<ProposalView, 'seller' | 'buyer' | 'cuPerQuarter' | 'pricePerCU' | 'quarters'>): string {
  return t('deal.terms', { seller: partyName(p.seller), buyer: partyName(p.buyer), cu: num(p.cuPerQuarter, 1), price: money(p.pricePerCU), n: p.quarters });
}

export function DealsTab({ s, role, state, draft, updateDeal }: TabProps) {
  const [errors, setErrors] = useState<Partial<Record<DealField, string>>>({});
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const proposals = s.own?.proposals ?? [];
  const inbox = proposals.filter((p) => p.to === role && p.status === 'open' && p.expiresQ >= s.quarter);
  const mine = proposals.filter((p) => p.from === role).slice().reverse();
  const others: Party[] = [...activeRoles(s).filter((r) => r !== role && !s.companies[r]?.bankrupt), 'neutral'];
  const deal = draft.deal;
  const to: Party = others.includes(deal.to) ? deal.to : 'neutral';
  const side = to === 'neutral' ? 'buy' : deal.side;

  const respond = async (p: ProposalView, accept: boolean) => {
    const res = await session.respondDeal(p.id, accept);
    const text = res.ok ? t(accept ? 'deal.accepted' : 'deal.rejected') : describeServerError(res.error);
    setMessage({ text, bad: !res.ok });
    announce(text);
  };

  const send = async () => {
    if (busy) return;
    const cu = readNumber(deal.cu);
    const price = readNumber(deal.price);
    const quarters = readNumber(deal.quarters);
    const e: Partial<Record<DealField, string>> = {};
    if (!cu.ok || cu.value <= 0) e.cu = t('dp.positive');
    if (!price.ok || price.value <= 0) e.price = t('dp.positive');
    if (!quarters.ok || !Number.isInteger(quarters.value) || quarters.value < 1) e.quarters = t('dp.wholeQuarters');
    setErrors(e);
    if (Object.keys(e).length || !cu.ok || !price.ok || !quarters.ok) return;
    const terms = { seller: side === 'buy' ? to : role, buyer: side === 'buy' ? role : (to as Role), cuPerQuarter: cu.value, pricePerCU: price.value, quarters: quarters.value };
    setBusy(true);
    const res = await session.proposeDeal(to, terms);
    setBusy(false);
    if (res.ok) {
      const text = t('plan.offerSent', { to: partyName(to), terms: termsText(terms) });
      setMessage({ text, bad: false });
      announce(text);
      return;
    }
    const byTail: Record<string, DealField> = { cuPerQuarter: 'cu', pricePerCU: 'price', quarters: 'quarters' };
    const fe: Partial<Record<DealField, string>> = {};
    for (const f of res.error.fields ?? []) {
      const k = byTail[f.path.split('.').pop() ?? ''];
      if (k) fe[k] = translateOrderError(f);
    }
    setErrors(fe);
    const text = Object.keys(fe).length ? t('plan.offerRefused') : describeServerError(res.error);
    setMessage({ text, bad: true });
    announce(text);
  };

  const quote = to === 'neutral' && state ? neutralQuote(state, s.quarter + 1) : null;
  const field = (k: DealField, label: string, unit: string) => (
    <NumberField
      id={`deal-${k}`}
      label={label}
      unit={unit}
      value={deal[k]}
      onInput={(v) => {
        updateDeal((d) => (d[k] = v));
        setErrors({ ...errors, [k]: undefined });
      }}
      error={errors[k] ?? null}
    />
  );
  return (
    <div class="stack">
      <section class="stack-small" aria-labelledby="deals-in">
        <h3 id="deals-in">{inbox.length ? `${t('deal.inbox')} (${inbox.length})` : t('deal.inbox')}</h3>
        {inbox.length === 0 && <p class="muted">{t('deal.noneIn')}</p>}
        <ul class="pl-plain-list stack-small">
          {inbox.map((p) => (
            <li key={p.id} class="pl-deal-row">
              <p>
                <strong>{partyName(p.from)}</strong>: {termsText(p)} · {t('deal.expires', { quarter: quarterLabel(p.expiresQ) })}
              </p>
              <div class="cluster">
                <button type="button" class="btn btn-primary" onClick={() => void respond(p, true)} aria-label={`${t('deal.accept')}: ${partyName(p.from)}, ${termsText(p)}`}>
                  {t('deal.accept')}
                </button>
                <button type="button" class="btn btn-danger" onClick={() => void respond(p, false)} aria-label={`${t('deal.reject')}: ${partyName(p.from)}, ${termsText(p)}`}>
                  {t('deal.reject')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <fieldset class="pl-order-group">
        <legend>
          <Term k="takeOrPay">{t('deal.propose')}</Term>
        </legend>
        <div class="pl-order-fields">
          <div class="field">
            <label for="deal-to">{t('deal.with')}</label>
            <select id="deal-to" class="input" value={to} onChange={(e) => updateDeal((d) => (d.to = (e.currentTarget).value as Party))}>
              {others.map((r) => (
                <option key={r} value={r}>
                  {partyName(r)}
                </option>
              ))}
            </select>
          </div>
          <fieldset class="pl-choice-row">
            <legend class="field-label">{t('plan.dealSide')}</legend>
            {(['buy', 'sell'] as const).map((v) => (
              <label key={v} class="choice">
                <input type="radio" name="deal-side" value={v} checked={side === v} disabled={v === 'sell' && to === 'neutral'} onChange={() => updateDeal((d) => (d.side = v))} />
                <span>{t(`deal.side.${v}`)}</span>
              </label>
            ))}
          </fieldset>
          {field('cu', t('deal.cu'), t('unit.cu'))}
          {field('price', t('deal.price'), `${t('unit.billions')}/${t('unit.cu')}`)}
          {field('quarters', t('deal.quarters'), '')}
        </div>
        <p class="pl-order-hint">{quote ? t('deal.neutralQuote', { price: money(quote.minPrice), cu: num(quote.spareCU, 1) }) : t('deal.hint')}</p>
        <div>
          <button type="button" class="btn btn-primary" aria-disabled={busy ? 'true' : undefined} onClick={() => void send()}>
            {t('deal.send')}
          </button>
        </div>
        {message && (
          <p class={message.bad ? 'field-error' : 'notice notice-good'} role="status">
            {message.text}
          </p>
        )}
      </fieldset>
      <section class="stack-small" aria-labelledby="deals-out">
        <h3 id="deals-out">{t('deal.outbox')}</h3>
        {mine.length === 0 && <p class="muted">{t('deal.noneOut')}</p>}
        <ul class="pl-plain-list stack-small">
          {mine.map((p) => {
            const lapsed = p.status === 'open' && p.expiresQ < s.quarter;
            const st = lapsed ? 'expired' : p.status;
            return (
              <li key={p.id} class="pl-deal-row">
                <span class={`badge ${st === 'accepted' ? 'badge-good' : st === 'open' ? '' : 'badge-bad'}`}>{t(`status.${st}`)}</span> <strong>{partyName(p.to)}</strong>: {termsText(p)}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
