import type { Role } from '../../../shared/roles';
import { t, type MessageKey } from '../../i18n';
import { partyName, quarterLabel } from '../../i18n/engineText';
import { money, num } from '../../i18n/format';
import type { MatchSnapshot } from '../../state/model';
import { contractBook } from './contractBook';

// The contract book: every deal the seat is in or has offered, with its status.

const TONE: Record<string, string> = { running: 'badge-good', accepted: 'badge-good', open: '', starting: '', rejected: 'badge-bad', expired: 'badge-bad', ended: '' };

export function ContractBookPanel({ s, role }: { s: MatchSnapshot; role: Role }) {
  const rows = contractBook(s.contracts, s.own?.proposals ?? [], role, s.quarter);
  if (rows.length === 0) return <p class="muted">{t('plan.book.empty')}</p>;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="book-title">
      <table class="table">
        <caption id="book-title">{t('plan.book.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.book.counterparty')}</th>
            <th scope="col">{t('plan.book.side')}</th>
            <th scope="col" class="n">{t('deal.cu')}</th>
            <th scope="col" class="n">{t('deal.price')}</th>
            <th scope="col" class="n">{t('plan.book.quartersLeft')}</th>
            <th scope="col">{t('plan.book.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.kind}-${r.id}`}>
              <th scope="row">{partyName(r.counterparty)}</th>
              <td>{t(r.side === 'buy' ? 'plan.book.buy' : 'plan.book.sell')}</td>
              <td class="num n">{num(r.cu, 1)}</td>
              <td class="num n">{money(r.pricePerCU)}</td>
              <td class="num n">{r.status === 'ended' ? '—' : num(r.quartersLeft, 0)}</td>
              <td>
                <span class={`badge ${TONE[r.status] ?? ''}`}>{t(`plan.book.status.${r.status}` as MessageKey)}</span>
                {r.kind === 'offer' && r.status === 'open' && r.expiresQ !== undefined && <small class="muted"> {t('deal.expires', { quarter: quarterLabel(r.expiresQ) })}</small>}
                {r.kind === 'offer' && <small class="muted"> · {t(r.incoming ? 'plan.book.theirOffer' : 'plan.book.yourOffer')}</small>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
