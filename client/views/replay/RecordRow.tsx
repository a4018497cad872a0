import type { RecordItem } from '../../replay/api';
import { t, type MessageKey } from '../../i18n';
import { pctDelta } from '../../i18n/format';
import { getLocale } from '../../i18n';
import { companyName } from './seatText';

// One finished match (or opened file) in the replay list: when, how far it went, who won, who
// played, and the button that opens it.

export function RecordRow({ item, busy, onWatch }: { item: RecordItem; busy: boolean; onWatch: (id: string) => void }) {
  const winner = item.standings[0];
  const when = new Date(item.finishedAt ?? item.updatedAt);
  const date = when.toLocaleString(getLocale() === 'ar' ? 'ar-u-nu-latn' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });
  const humans = item.seats.filter((s) => s.kind === 'human' && s.name).map((s) => s.name);
  const status = t(`rp.status.${item.status}` as MessageKey);
  const titleId = `record-${item.id}`;
  return (
    <li class="card replay-record" aria-labelledby={titleId}>
      {winner && <img class="replay-mono" src={`./companies/${winner.role}.svg`} alt="" width={40} height={40} />}
      <div class="replay-record-text">
        <h3 id={titleId} class="replay-record-title">
          {date} · {t('rp.list.quarters', { n: item.quartersPlayed, total: item.quartersTotal })} · {status}
        </h3>
        <p class="muted">
          {winner && <span class={`co-${winner.role}`}>{t('rp.list.winner', { company: companyName(winner.role), tsr: pctDelta(winner.tsr) })} · </span>}
          {humans.length ? t('rp.list.players', { names: humans.join(', ') }) : t('rp.list.allBots')} · {t('rp.list.seed', { seed: item.seed })}
        </p>
      </div>
      <button type="button" class="btn btn-primary" disabled={busy} aria-describedby={titleId} onClick={() => onWatch(item.id)}>
        {t('rp.list.watch')}
      </button>
    </li>
  );
}
