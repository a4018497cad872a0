import { companyVar, monogramSrc, roleName } from '../../app/company';
import { t } from '../../i18n';
import { money, pctDelta, price } from '../../i18n/format';
import { standingsOf } from '../../planning/data';
import type { MatchSnapshot } from '../../state/model';

// For spectators and a teacher without a seat: the standings in place of one company.

export function StandingsPanel({ s }: { s: MatchSnapshot }) {
  return (
    <div class="stack">
      <h2 id="plan-company-title">{t('spec.standings')}</h2>
      <ol class="pl-plain-list stack-small">
        {standingsOf(s).map((st, i) => (
          <li key={st.role} class="pl-standing" style={{ '--co': companyVar(st.role) }}>
            <img src={monogramSrc(st.role)} alt="" width={28} height={28} />
            <span class="grow">
              <strong>
                {i + 1}. {roleName(st.role)}
              </strong>
              <br />
              <span class="muted num">{st.bankrupt ? t('seat.bankrupt') : `${price(st.sharePrice)} · ${money(st.marketCap)} · ${t('co.cash')} ${money(s.companies[st.role]?.cash ?? 0)}`}</span>
            </span>
            <span class={`num ${st.tsr >= 0 ? 'good' : 'bad'}`}>{pctDelta(st.tsr)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
