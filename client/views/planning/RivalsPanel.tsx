import type { Role } from '../../../shared/roles';
import { companyVar, roleName } from '../../app/company';
import { t, type MessageKey } from '../../i18n';
import { newsText, quarterLabel } from '../../i18n/engineText';
import { num } from '../../i18n/format';
import type { MatchSnapshot } from '../../state/model';
import { rivalFacts } from './rivalFacts';

// Public facts about the other companies: ready capacity and what they are building, a cash
// band, their cloud, and their last moves from the news.

export function RivalsPanel({ s, role }: { s: MatchSnapshot; role: Role | null }) {
  const gw = t('unit.gw');
  return (
    <ul class="pl-rival-list pl-plain-list">
      {rivalFacts(s, role).map((f) => (
        <li key={f.role} class="pl-rival card-raised" style={{ '--co': companyVar(f.role) }}>
          <h3>
            <span class="company-dot" aria-hidden="true" />
            {roleName(f.role)}
            {f.bankrupt && <span class="badge badge-bad">{t('seat.bankrupt')}</span>}
          </h3>
          <dl class="pl-figures pl-figures-2">
            <div>
              <dt>{t('co.ready')}</dt>
              <dd class="num">{`${num(f.installedGW, 2)} ${gw}`}</dd>
            </div>
            <div>
              <dt>{t('co.building')}</dt>
              <dd class="num">{`${num(f.buildingGW, 2)} ${gw}`}</dd>
            </div>
            <div>
              <dt>{t('co.cash')}</dt>
              <dd>{t(`plan.cashBand.${f.cashBand}` as MessageKey)}</dd>
            </div>
            <div>
              <dt>{t('co.cloud')}</dt>
              <dd>{f.cloud === 'launching' && f.cloudReadyQuarter !== null ? t('co.cloudLiveFrom', { quarter: quarterLabel(f.cloudReadyQuarter) }) : t(`status.${f.cloud}` as MessageKey)}</dd>
            </div>
          </dl>
          <p class="muted">
            {f.lastMoves.length === 0
              ? t('plan.noMoves')
              : f.lastMoves.map((n, i) => (
                  <span key={i} class="pl-rival-move">
                    {quarterLabel(n.quarter)}: {newsText(n)}
                  </span>
                ))}
          </p>
        </li>
      ))}
    </ul>
  );
}
