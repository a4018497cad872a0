import type { Role } from '../../../shared/roles';
import type { ClassSeat } from '../../classroom/connection';
import { personaName, tc } from '../../classroom/i18n';
import { roleName } from '../../app/company';

// One seat of a group in the console: the company, who sits there (a student, a bot, nobody),
// and three marks (joined, connected, submitted) as words for screen readers and icons for the eye.

export function seatWho(s: ClassSeat): string {
  if (s.kind === 'absent') return tc('seat.absent');
  if (s.kind === 'bot') return tc('seat.bot', { persona: personaName(s.persona) });
  if (!s.claimed) return tc('seat.open');
  return s.autopilot ? `${s.name} · ${tc('seat.autopilot')}` : s.name;
}

export function SeatRow({ seat }: { seat: ClassSeat }) {
  const role = seat.role as Role;
  const human = seat.kind === 'human';
  const away = seat.claimed && !seat.connected;
  return (
    <li class={`seat-row${seat.kind === 'absent' ? ' is-absent' : ''}`} data-role={role}>
      <span class={`seat-co co-${role}`}>{roleName(role)}</span>
      <span class="seat-who" dir="auto">
        {seatWho(seat)}
        {seat.bankrupt && <span class="badge bad">{tc('seat.bankrupt')}</span>}
      </span>
      {human && (
        <span class="seat-marks">
          <Mark on={seat.claimed} glyph="●" text={tc('status.joined')} />
          <Mark on={seat.claimed && seat.connected} glyph={away ? '✕' : '◉'} text={away ? tc('seat.away') : tc('status.connected')} bad={away} />
          <Mark on={seat.submitted} glyph="✓" text={tc('status.submitted')} />
        </span>
      )}
    </li>
  );
}

function Mark({ on, glyph, text, bad }: { on: boolean; glyph: string; text: string; bad?: boolean }) {
  return (
    <span class={`mark${on ? ' on' : ''}${bad ? ' bad' : ''}`} title={text}>
      <span aria-hidden="true">{on || bad ? glyph : '○'}</span>
      <span class="sr-only">{`${text}: ${on ? tc('mark.yes') : tc('mark.no')}`}</span>
    </span>
  );
}
