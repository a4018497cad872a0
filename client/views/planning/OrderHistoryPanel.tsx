import type { Role } from '../../../shared/roles';
import { t, type MessageKey } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';
import { money, num, pct } from '../../i18n/format';
import type { MatchSnapshot } from '../../state/model';
import { orderHistory, type ChipLine, type CloudLine, type HistoryQuarter } from './orderHistory';
import { sentOrders } from './submittedOrders';

// The order history: every resolved quarter, what the seat ordered and what it got, and why it
// got less ("filled 0 of 0.5 GW: clearing $41.6B > your max $40B").

function chipText(c: ChipLine): string {
  const gw = t('unit.gw');
  const base = t('plan.hist.chips', { filled: num(c.filledGW, 2), asked: num(c.requestedGW, 2), unit: gw });
  const perGW = (v: number) => `${money(v)}/${gw}`;
  switch (c.reason) {
    case 'aboveMax':
      return `${base}: ${t('plan.hist.aboveMax', { price: perGW(c.clearingPrice), max: perGW(c.maxPrice) })}`;
    case 'droppedOut':
      return `${base}: ${t('plan.hist.droppedOut', { max: perGW(c.maxPrice) })}`;
    case 'rationed':
      return `${base}: ${t('plan.hist.rationed', { share: pct(c.rationShare, 0) })}`;
    default:
      return `${base} ${t('plan.hist.at', { price: perGW(c.clearingPrice) })}`;
  }
}

function cloudText(c: CloudLine): string {
  const cu = t('unit.cu');
  const base = t('plan.hist.cloud', { sold: num(c.soldCU, 1), offered: num(c.offeredCU, 1), unit: cu, price: `${money(c.clearingPrice)}/${cu}` });
  if (c.reason === 'askAbovePrice') return `${base}: ${t('plan.hist.askAbove', { ask: `${money(c.ask)}/${cu}` })}`;
  if (c.reason === 'demandShort') return `${base}: ${t('plan.hist.demandShort')}`;
  return base;
}

function Quarter({ h }: { h: HistoryQuarter }) {
  const gw = t('unit.gw');
  const lines: string[] = [];
  if (h.chips) lines.push(chipText(h.chips));
  if (h.custom) lines.push(t('plan.hist.custom', { gw: num(h.custom.gw, 2), unit: gw, cost: money(h.custom.gw * h.custom.price) }));
  if (h.committed) lines.push(t('plan.hist.committed', { gw: num(h.committed.gw, 2), unit: gw, price: `${money(h.committed.price)}/${gw}` }));
  if (h.secondHand) lines.push(t('plan.hist.secondHand', { gw: num(h.secondHand.gw, 2), unit: gw, proceeds: money(h.secondHand.proceeds) }));
  if (h.sent && h.sent.build.gw > 0) lines.push(t(h.sent.build.expedite ? 'plan.hist.buildExpedite' : 'plan.hist.build', { gw: num(h.sent.build.gw, 2), unit: gw }));
  if (h.cloud) lines.push(cloudText(h.cloud));
  if (h.sent?.cloud.launch) lines.push(t('plan.hist.launch'));
  for (const f of h.finance) lines.push(`${t(`plan.hist.${f.key}` as MessageKey)}: ${money(Math.abs(f.amount))}`);
  if (h.sent) lines.push(t('plan.hist.allocation', { training: num(h.sent.allocation.training, 0), products: num(h.sent.allocation.products, 0), cloud: num(h.sent.allocation.cloud, 0) }));
  if (h.sent && h.sent.statement !== 'none') lines.push(`${t('dp.statement')}: ${t(`stmt.${h.sent.statement}` as MessageKey)}`);
  return (
    <li class="pl-history-quarter">
      <h3>{quarterLabel(h.quarter)}</h3>
      {lines.length === 0 ? <p class="muted">{t('plan.hist.nothing')}</p> : (
        <ul>
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      )}
      {!h.sent && <p class="muted small">{t('plan.hist.notSentHere')}</p>}
    </li>
  );
}

export function OrderHistoryPanel({ s, role }: { s: MatchSnapshot; role: Role }) {
  const history = orderHistory(s.reports, role, sentOrders(s.code, role));
  if (history.length === 0) return <p class="muted">{t('plan.hist.empty')}</p>;
  return (
    <ol class="pl-plain-list stack" aria-label={t('plan.tab.history')}>
      {history.map((h) => (
        <Quarter key={h.quarter} h={h} />
      ))}
    </ol>
  );
}
