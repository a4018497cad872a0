import type { ClassGroupView, ClassView } from '../../classroom/connection';
import { groupName, phaseLine, tc, timeLeft } from '../../classroom/i18n';
import { num, pctDelta } from '../../i18n/format';
import { roleName } from '../../app/company';
import { SeatRow } from './SeatRow';

// A group in the console's grid: name, join code, where it is (phase, quarter, waiting for the
// class), its timer, and its seats; "Manage" opens its seats and commands.

export function groupTimer(g: ClassGroupView, now: number): string {
  if (g.phase !== 'planning' && g.phase !== 'results') return '';
  if (g.paused) return g.timerRemainingMs > 0 ? tc('group.pausedLeft', { time: timeLeft(g.timerRemainingMs) }) : tc('group.paused');
  // In a class the results end only when the class moves on (the teacher, or the class timer once every group is done).
  if (g.phase === 'results' && (g.waiting || g.timerDeadline <= 0)) return tc('pace.waiting');
  if (g.timerDeadline > 0) return tc('group.left', { time: timeLeft(Math.max(0, g.timerDeadline - now)) });
  return g.phase === 'planning' ? tc('group.noTimer') : tc('group.waitingNext');
}

export function GroupCard({ g, v, now, onOpen }: { g: ClassGroupView; v: ClassView; now: number; onOpen: () => void }) {
  const joined = g.seats.filter((s) => s.claimed).length;
  const submitted = g.seats.filter((s) => s.submitted).length;
  const humans = g.seats.filter((s) => s.kind === 'human').length;
  return (
    <section class={`card group-card${g.paused ? ' is-paused' : ''}`} aria-labelledby={`group-${g.index}-name`} data-group={g.index} data-phase={g.phase} data-quarter={g.quarter}>
      <header class="group-head">
        <span class="group-swatch" data-group-color={g.index % 12} aria-hidden="true" />
        <h3 id={`group-${g.index}-name`}>{groupName(g.index)}</h3>
        <span class="group-code num" dir="ltr">{g.code}</span>
      </header>
      <p class="group-phase">{phaseLine(g, v)}</p>
      <p class="group-timer num" aria-live="off">
        {groupTimer(g, now)}
      </p>
      <p class="group-counts muted">{tc('group.counts', { joined, submitted, seats: humans })}</p>
      {g.summary && g.phase !== 'lobby' && (
        <p class="group-glance">
          {tc('group.mood', { mood: num(g.summary.mood, 0) })}
          {g.summary.ranking[0] && ` · ${tc('group.leader', { company: roleName(g.summary.ranking[0].role), tsr: pctDelta(g.summary.ranking[0].tsr) })}`}
        </p>
      )}
      {g.queuedEvents > 0 && <p class="badge badge-warn">{tc('group.queued', { n: g.queuedEvents })}</p>}
      <ul class="seat-list">
        {g.seats.map((s) => (
          <SeatRow key={s.role} seat={s} />
        ))}
      </ul>
      <button type="button" class="btn" onClick={onOpen}>
        {tc('group.manage', { group: groupName(g.index) })}
      </button>
    </section>
  );
}
