import type { Role } from '../../../shared/roles';
import { Term } from '../../components/Term';
import { t, type MessageKey } from '../../i18n';
import { pctDelta, price } from '../../i18n/format';
import type { Standing } from '../../planning/data';
import type { MatchSnapshot } from '../../state/model';

// The final ranking by total shareholder return, the player's own row marked.

export function Ranking(props: { snap: MatchSnapshot; standings: Standing[]; role: Role | null }) {
  const s = props.snap;
  return (
    <section class="card stack" aria-labelledby="ranking-title" data-testid="ranking">
      <h2 id="ranking-title">{t('deb.ranking')}</h2>
      <p class="muted small">
        <Term k="tsr">{t('deb.tsr')}</Term>: {t('deb.rankingHelp')}
      </p>
      <ol class="ranking">
        {props.standings.map((st, i) => {
          const mine = st.role === props.role;
          const seat = s.seats[st.role];
          const who = seat.kind === 'bot' ? t('seat.bot') : seat.name || '';
          return (
            <li key={st.role} class={mine ? 'is-mine' : ''} style={{ '--co': `var(--co-${st.role})` }} aria-current={mine ? 'true' : undefined}>
              <span class="rank num" aria-hidden="true">
                {i + 1}
              </span>
              <span class="who">
                <span class="company-name">
                  {t(`role.${st.role}.name` as MessageKey)}
                  {mine ? ` · ${t('common.you')}` : ''}
                </span>
                <span class="muted small">{st.bankrupt ? t('seat.bankrupt') : `${who} · ${price(st.sharePrice)}`}</span>
              </span>
              <span class={`num tsr ${st.tsr >= 0 ? 'is-good' : 'is-bad'}`}>{pctDelta(st.tsr)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
