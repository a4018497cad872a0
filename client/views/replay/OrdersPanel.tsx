import { at } from '../../../shared/lists';
import { t, type MessageKey } from '../../i18n';
import { eventTitle, partyName, quarterLabel } from '../../i18n/engineText';
import { money, num, price } from '../../i18n/format';
import type { Loaded } from '../../replay/store';
import { CellList } from './CellList';
import { orderCells, outcomeCells } from './orderCells';
import { isBotSeat } from './seatText';
import { SeatHeader } from './SeatHeader';

// The teaching view: for the quarter just resolved, every seat's orders beside what followed
// (chips obtained, revenue, profit, cash, share price): one card per seat, orders and outcomes
// side by side (stacked on phones). Before the first quarter, each company's starting point.

const event = (id: string, target?: string | null) => `${eventTitle(id)}${target ? ` (${partyName(target)})` : ''}`;

export function OrdersPanel({ loaded, position }: { loaded: Loaded; position: number }) {
  const { record, states } = loaded;
  const roles = record.settings.activeSeats;
  if (position === 0) {
    const start = at(states, 0, 'replayed start state');
    return (
      <div class="stack">
        <p class="muted">{t('rp.atStart')}</p>
        <ul class="grid-auto replay-seats">
          {roles.map((role) => {
            const c = start.companies[role];
            return (
              <li class="card" key={role} aria-labelledby={`start-${role}`}>
                <SeatHeader record={record} role={role} id={`start-${role}`} />
                <p>
                  {t('co.sharePrice')} {price(c.sharePrice)} · {t('co.cash')} {money(c.cash)} · {t(`rp.cloud.${c.cloud.status}` as MessageKey)}
                </p>
              </li>
            );
          })}
        </ul>
      </div>
    );
  }
  const qi = position - 1;
  const q = at(record.quarters, qi, 'recorded quarter');
  const r = at(loaded.reports, qi, 'replayed report');
  const before = at(states, position - 1, 'replayed state before the quarter');
  const hostEvents = q.hostEvents.map((e) => event(e.id, e.target));
  const started = r.events.filter((e) => e.started && !e.injected).map((e) => event(e.id, e.target));
  return (
    <div class="stack">
      <ul class="cluster replay-quarter-facts muted">
        <li>{t('rp.moodLine', { before: num(r.mood.before, 0), after: num(r.mood.after, 0) })}</li>
        {hostEvents.length > 0 && <li>{t('rp.hostEvents', { list: hostEvents.join(', ') })}</li>}
        {started.length > 0 ? <li>{t('rp.events', { list: started.join(', ') })}</li> : hostEvents.length === 0 && <li>{t('rp.noEvents')}</li>}
        <li>
          {t('mk.chips')} {money(r.chips.price)}/{t('unit.gw')} · {t('mk.cloud')} {money(r.cloud.price)}/{t('unit.cu')}
        </li>
      </ul>
      <ul class="grid-auto replay-seats replay-orders">
        {roles.map((role) => {
          const cr = r.companies.find((c) => c.role === role);
          const prev = qi > 0 ? loaded.reports[qi - 1]?.companies.find((c) => c.role === role) : undefined;
          const prevPrice = prev ? prev.valuation.sharePrice : before.companies[role].sharePrice;
          const src = q.sources?.[role];
          const bot = isBotSeat(record, role);
          const tag = src && !(src === 'bot' && bot) ? t(`rp.src.${src}` as MessageKey) : '';
          return (
            <li class="card replay-order-card" key={role} data-role={role} data-source={src ?? ''} aria-labelledby={`orders-${role}`}>
              <SeatHeader record={record} role={role} id={`orders-${role}`}>
                {tag && <span class={`badge src-${src}`}> {tag}</span>}
              </SeatHeader>
              <div class="replay-order-pair">
                <CellList title={t('rp.orders.given', { quarter: quarterLabel(qi) })} cells={orderCells(q.orders[role], q, role)} />
                <span class="replay-then" aria-hidden="true">
                  →
                </span>
                <CellList title={t('rp.orders.followed')} cells={outcomeCells(r, cr, prevPrice)} />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
