import { t, type MessageKey } from '../../i18n';
import { money, pctDelta, price } from '../../i18n/format';
import type { Standing } from '../../planning/data';

// The ranking by total shareholder return, for a spectator's results (no company of their own).

export function StandingsList(props: { standings: Standing[] }) {
  return (
    <section class="card stack" aria-labelledby="standings-title" data-testid="standings">
      <h2 id="standings-title">{t('res.standings')}</h2>
      <ol class="standings">
        {props.standings.map((st) => (
          <li key={st.role} style={{ '--co': `var(--co-${st.role})` }}>
            <span class="company-name">{t(`role.${st.role}.name` as MessageKey)}</span>
            <span class="muted num">{st.bankrupt ? t('seat.bankrupt') : `${price(st.sharePrice)} · ${money(st.marketCap)}`}</span>
            <span class={`num tsr ${st.tsr >= 0 ? 'is-good' : 'is-bad'}`}>{pctDelta(st.tsr)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
