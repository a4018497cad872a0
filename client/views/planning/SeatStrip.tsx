import type { Role } from '../../../shared/roles';
import { companyVar, monogramSrc, roleName } from '../../app/company';
import { t } from '../../i18n';
import { activeRoles, type MatchSnapshot } from '../../state/model';

// Who has submitted: one chip per company with its status in words (not only a colour).

export function seatStatus(s: MatchSnapshot, r: Role): string {
  const seat = s.seats[r];
  if (s.companies[r]?.bankrupt) return t('seat.bankrupt');
  if (seat.kind === 'bot') return t('seat.bot');
  if (seat.autopilot) return t('seat.autopilot');
  if (seat.submitted) return t('seat.submitted');
  if (!seat.connected && seat.claimed) return t('seat.offline');
  return t('seat.planning');
}

export function SeatStrip({ s }: { s: MatchSnapshot }) {
  return (
    <ul class="pl-seat-strip" aria-label={t('spec.submissions')}>
      {activeRoles(s).map((r) => {
        const seat = s.seats[r];
        return (
          <li key={r} class={`pl-seat-chip ${seat.submitted ? 'is-done' : ''}`} style={{ '--co': companyVar(r) }} data-role={r}>
            <img src={monogramSrc(r)} alt="" width={24} height={24} />
            <span class="seat-name">
              {roleName(r)}
              {seat.name && seat.kind !== 'bot' ? ` (${seat.name})` : ''}
            </span>
            <span class="seat-status">{seat.submitted ? `✓ ${seatStatus(s, r)}` : seatStatus(s, r)}</span>
          </li>
        );
      })}
    </ul>
  );
}
