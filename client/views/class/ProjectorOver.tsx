import type { ClassView } from '../../classroom/connection';
import { groupShort, tc } from '../../classroom/i18n';
import { pctDelta } from '../../i18n/format';
import { roleName } from '../../app/company';
import { BotBadge } from './BotMark';
import { leaderboard, seatKind } from './projectorData';

// The class is over: the projector follows it to the debrief with the final standings of every
// company in every group (the lessons are on the teacher's debrief screen).

export function ProjectorOver({ v }: { v: ClassView }) {
  const board = leaderboard(v.groups);
  return (
    <>
      <header class="proj-head">
        <h1>{tc('proj.overTitle', { title: v.title || v.id })}</h1>
        <p class="proj-sub">{tc('proj.overHint')}</p>
      </header>
      <div class="proj-final">
        <ol class="board-list final-list">
          {board.map((r) => (
            <li key={`${r.group}-${r.role}`} class="board-row">
              <span class="board-rank num">{r.rank}</span>
              <span class={`board-name co-${r.role}`}>
                {roleName(r.role)} · {groupShort(r.group)}
                <BotBadge kind={seatKind(v, r.group, r.role)} />
              </span>
              <span class={`board-tsr num ${r.tsr >= 0 ? 'good' : 'bad'}`}>{r.bankrupt ? tc('seat.bankrupt') : pctDelta(r.tsr)}</span>
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}
