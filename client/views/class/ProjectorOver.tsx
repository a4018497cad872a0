import type { ClassView } from '../../classroom/connection';
import { tc } from '../../classroom/i18n';
import { BoardRow } from './BoardRow';
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
            <BoardRow key={`${r.group}-${r.role}`} {...r} seatKind={seatKind(v, r.group, r.role)} />
          ))}
        </ol>
      </div>
    </>
  );
}
