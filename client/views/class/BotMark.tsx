import type { GroupSeat } from '../../../shared/classroom/data';
import { personaName, tc } from '../../classroom/i18n';

// Who played a company in a group, wherever the debrief names it: a student's name, or "Bot"
// (with its style) so a bot's result is never read as a student's.

export function BotMark({ seat }: { seat: GroupSeat | undefined }) {
  if (!seat || seat.kind !== 'bot') return null;
  return (
    <span class="badge bot-badge" title={tc('seat.bot', { persona: personaName(seat.persona) })}>
      {tc('deb.bot')}
    </span>
  );
}

/** The same mark where only the seat's kind is known (the projector's live class view). */
export function BotBadge({ kind }: { kind: string | undefined }) {
  if (kind !== 'bot') return null;
  return <span class="badge bot-badge">{tc('deb.bot')}</span>;
}

export function playerName(seat: GroupSeat | undefined): string {
  if (!seat) return '—';
  if (seat.kind === 'bot') return tc('seat.bot', { persona: personaName(seat.persona) });
  if (seat.kind === 'absent') return tc('seat.absent');
  return seat.name || tc('seat.open');
}
