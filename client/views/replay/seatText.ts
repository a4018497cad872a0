import type { MatchRecord } from '../../../shared/replay';
import type { Role } from '../../../shared/roles';
import { t, type MessageKey } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';
import { personaName } from '../../i18n/personas';

// Names the replay viewer shows for seats and timeline positions.

export function companyName(role: Role): string {
  return t(`role.${role}.name` as MessageKey);
}

export function isBotSeat(record: MatchRecord, role: Role): boolean {
  const seat = record.seats.find((s) => s.role === role);
  return seat?.kind !== 'human' || !seat.name;
}

/** Who played the seat: the person's name, or the bot's persona. */
export function playedBy(record: MatchRecord, role: Role): string {
  const seat = record.seats.find((s) => s.role === role);
  if (!seat) return '';
  if (!isBotSeat(record, role)) return seat.name;
  return `${t('seat.bot')} · ${personaName(seat.persona)}`;
}

/** "Before 2025 Q1" at the start, then "After 2025 Q1", "After 2025 Q2", … */
export function positionLabel(p: number): string {
  return p === 0 ? t('rp.at.start', { quarter: quarterLabel(0) }) : t('rp.at.after', { quarter: quarterLabel(p - 1) });
}
