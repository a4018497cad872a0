import { useState } from 'preact/hooks';
import type { Role } from '../../../shared/roles';
import { AppHeader } from '../../components/AppHeader';
import { companyVar, monogramSrc, roleName } from '../../app/company';
import { t } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';
import type { MatchSnapshot } from '../../state/model';
import { HostDialog } from './HostDialog';
import { Timer } from './Timer';

// The top of Planning: whose company (or the room overview), which quarter of how many, the
// timer, and for the host the button to the host controls.

export function PlanningHeader({ s, role, isHost }: { s: MatchSnapshot; role: Role | null; isHost: boolean }) {
  const [hostOpen, setHostOpen] = useState(false);
  const player = role ? s.seats[role]?.name : '';
  const title = role ? (
    <span class="planning-who" style={{ '--co': companyVar(role) }}>
      <img src={monogramSrc(role)} alt="" width={32} height={32} />
      <span>{roleName(role)}</span>
    </span>
  ) : isHost ? (
    t('spec.host')
  ) : (
    t('spec.title')
  );
  const subtitle = `${quarterLabel(s.quarter)} · ${t('common.quarterOf', { n: Math.min(s.quarter + 1, s.settings.quarters), total: s.settings.quarters })} · ${t('phase.planning')}${player ? ` · ${player}` : ''}`;
  return (
    <>
      <AppHeader
        title={title}
        subtitle={subtitle}
        actions={
          <>
            <Timer s={s} />
            {isHost && (
              <button type="button" class="btn" aria-haspopup="dialog" onClick={() => setHostOpen(true)}>
                {t('host.title')}
              </button>
            )}
          </>
        }
      />
      {isHost && <HostDialog s={s} open={hostOpen} onClose={() => setHostOpen(false)} />}
    </>
  );
}
