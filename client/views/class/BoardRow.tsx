import { groupShort, tc } from '../../classroom/i18n';
import { pctDelta } from '../../i18n/format';
import { roleName } from '../../app/company';
import type { Role } from '../../../shared/roles';
import { BotBadge } from './BotMark';

// One company on a projector leaderboard: rank, name (with its group on the cross-group boards and
// a bot mark), and its return since the start, or "bankrupt".

export interface BoardRowProps {
  rank: number;
  role: Role;
  /** The group, on boards that rank every group's companies together. */
  group?: number;
  seatKind: string | undefined;
  tsr: number;
  bankrupt: boolean;
}

export function BoardRow({ rank, role, group, seatKind, tsr, bankrupt }: BoardRowProps) {
  return (
    <li class="board-row">
      <span class="board-rank num">{rank}</span>
      <span class={`board-name co-${role}`}>
        {roleName(role)}
        {group !== undefined && ` · ${groupShort(group)}`}
        <BotBadge kind={seatKind} />
      </span>
      <span class={`board-tsr num ${tsr >= 0 ? 'good' : 'bad'}`}>{bankrupt ? tc('seat.bankrupt') : pctDelta(tsr)}</span>
    </li>
  );
}
