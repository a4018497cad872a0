import type { RecordListItem } from '../../../shared/replay';
import { ROLES } from '../../../shared/roles';
import type { MatchSnapshot } from '../../state/model';

// Which stored record is this match? The room does not tell a player its record id (docs/REPLAY.md:
// the server names a record when it stores it), so the debrief looks for it in the records list
// (newest first): a finished or ended record with this match's seed and scenario, as many quarters
// as were played, the same seats (kind and name) and the same final standings. Two records that
// agree on all of that are the same match played the same way, so either replays it.

const SAME = 1e-9;

export function isThisMatch(item: RecordListItem, s: MatchSnapshot): boolean {
  if (item.status !== 'finished' && item.status !== 'ended') return false;
  if (item.seed !== s.settings.seed || item.scenarioId !== s.settings.scenario) return false;
  if (item.quartersPlayed !== s.reports.length) return false;
  for (const role of ROLES) {
    const seat = s.seats[role];
    const stored = item.seats.find((x) => x.role === role);
    if (!stored || stored.kind !== seat.kind) return false;
    if (seat.kind === 'human' && stored.name !== seat.name) return false;
  }
  for (const row of s.standings) {
    const stored = item.standings.find((x) => x.role === row.role);
    if (!stored || Math.abs(stored.tsr - Number(row.tsr)) > SAME) return false;
  }
  return true;
}

/** The id of this match's record among the listed items, or null. */
export function findRecordId(items: readonly RecordListItem[], s: MatchSnapshot): string | null {
  return items.find((it) => isThisMatch(it, s))?.id ?? null;
}
