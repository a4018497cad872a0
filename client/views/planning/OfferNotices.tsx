import { useEffect, useRef, useState } from 'preact/hooks';
import type { Role } from '../../../shared/roles';
import { announce } from '../../components/announce';
import { t } from '../../i18n';
import { partyName } from '../../i18n/engineText';
import { money, num } from '../../i18n/format';
import type { MatchSnapshot, ProposalView } from '../../state/model';

// Notices when an offer the seat made is answered or lapses: "Google accepted your offer…". They
// show above the order tabs (whatever tab is open) until dismissed, and are said to screen readers.

type Outcome = 'accepted' | 'rejected' | 'expired';

function outcomeOf(p: ProposalView, quarter: number): Outcome | null {
  if (p.status === 'accepted' || p.status === 'rejected' || p.status === 'expired') return p.status;
  return p.expiresQ < quarter ? 'expired' : null;
}

/** Statuses already seen, per match and proposal, so a reload does not repeat old notices. */
const seen = new Map<string, Outcome | 'open'>();

export function OfferNotices({ s, role }: { s: MatchSnapshot; role: Role }) {
  const [notices, setNotices] = useState<{ id: string; text: string }[]>([]);
  const first = useRef(true);
  const mine = (s.own?.proposals ?? []).filter((p) => p.from === role);
  const fingerprint = mine.map((p) => `${p.id}:${outcomeOf(p, s.quarter) ?? 'open'}`).join(',');
  useEffect(() => {
    const fresh: { id: string; text: string }[] = [];
    for (const p of mine) {
      const key = `${s.code}/${p.id}`;
      const now = outcomeOf(p, s.quarter) ?? 'open';
      const before = seen.get(key);
      seen.set(key, now);
      // Only a change watched from this screen is news; what was already settled on arrival is not.
      if (first.current && before === undefined) continue;
      if (now !== 'open' && before !== now) {
        const terms = t('deal.terms', { seller: partyName(p.seller), buyer: partyName(p.buyer), cu: num(p.cuPerQuarter, 1), price: money(p.pricePerCU), n: p.quarters });
        fresh.push({ id: p.id, text: t(`plan.offer.${now}`, { party: partyName(p.to), terms }) });
      }
    }
    first.current = false;
    if (fresh.length) {
      setNotices((old) => [...old, ...fresh]);
      announce(fresh.map((f) => f.text).join(' '));
    }
  }, [fingerprint]);
  if (notices.length === 0) return null;
  return (
    <ul class="pl-plain-list stack-small" aria-label={t('plan.offerNotices')}>
      {notices.map((n) => (
        <li key={n.id} class="notice row-between">
          <span>{n.text}</span>
          <button type="button" class="btn btn-quiet" onClick={() => setNotices(notices.filter((x) => x.id !== n.id))} aria-label={`${t('common.close')}: ${n.text}`}>
            {t('common.close')}
          </button>
        </li>
      ))}
    </ul>
  );
}
