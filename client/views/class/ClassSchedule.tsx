import type { Role } from '../../../shared/roles';
import type { ClassConnection, ClassView } from '../../classroom/connection';
import { tc } from '../../classroom/i18n';
import { ScheduleEditor } from './ScheduleEditor';

// The console's schedule of events: what will be injected into every group when the class opens a
// quarter, added or taken back while the class runs (classSchedule), with what happened to each.

export function ClassSchedule({ v, conn, say }: { v: ClassView; conn: ClassConnection; say: (text: string, isError: boolean) => void }) {
  const started = v.groups.some((g) => g.phase !== 'lobby');
  // A quarter already opened cannot take a scheduled event any more.
  const from = started ? v.pace + 1 : 0;
  const roles = (v.groups[0]?.seats ?? []).filter((s) => s.kind !== 'absent').map((s) => s.role as Role);
  const answer = (ok: boolean, message: string, done: string) => say(ok ? done : tc('schedule.failed', { reason: message }), !ok);
  return (
    <details class="card class-schedule" open={v.schedule.length > 0}>
      <summary>{tc('schedule.summary', { n: v.schedule.length, random: v.randomEvents ? tc('schedule.randomOn') : tc('schedule.randomOff') })}</summary>
      <ScheduleEditor
        scenario={v.scenario}
        quarters={v.quarters}
        from={Math.min(from, v.quarters)}
        roles={roles}
        rows={v.schedule.map((e) => ({
          id: e.id,
          quarter: e.quarter,
          eventId: e.eventId,
          target: e.target,
          note: e.problem || (e.queuedGroups > 0 ? tc('schedule.queued', { n: e.queuedGroups }) : ''),
        }))}
        onAdd={(e) => void conn.schedule({ action: 'add', ...e }).then((r) => answer(r.ok, r.ok ? '' : r.error.message, tc('schedule.added')))}
        onRemove={(id) => void conn.schedule({ action: 'remove', id }).then((r) => answer(r.ok, r.ok ? '' : r.error.message, tc('schedule.removed')))}
      />
    </details>
  );
}
