import { useState } from 'preact/hooks';
import type { ScheduledEventInput } from '../../../shared/classroom/protocol';
import { ROLES, type Role } from '../../../shared/roles';
import { tc } from '../../classroom/i18n';
import { eventDef, eventTitle } from '../../i18n/engineText';
import { quarterLabel } from '../../i18n/engineText';
import { roleName } from '../../app/company';
import { scenarioEvents } from './InjectDialog';

// Events scheduled for a quarter: the teacher picks the quarter, the event and (for an event that
// hits one company) its target; the class injects it into every group when it opens that quarter.
// Used at setup (sent with the class) and on the console (sent as classSchedule).

export interface ScheduleRow {
  id: string;
  quarter: number;
  eventId: string;
  target: string;
  note?: string;
}

export function ScheduleEditor({ scenario, quarters, from, rows, onAdd, onRemove, roles = [...ROLES] }: {
  scenario: string;
  quarters: number;
  /** The first quarter (0-based) an event can still be scheduled for. */
  from: number;
  rows: ScheduleRow[];
  onAdd: (e: ScheduledEventInput) => void;
  onRemove: (id: string) => void;
  roles?: Role[];
}) {
  const events = scenarioEvents(scenario);
  const [quarter, setQuarter] = useState(Math.min(from + 1, quarters - 1));
  const [eventId, setEventId] = useState(events[0] ?? '');
  const [target, setTarget] = useState<Role>(roles[0] ?? 'openai');
  const needsTarget = eventDef(eventId)?.target !== 'global';
  const q = Math.max(from, Math.min(quarter, quarters - 1));
  return (
    <fieldset class="schedule-editor">
      <legend>{tc('schedule.title')}</legend>
      <p class="muted hint">{tc('schedule.hint')}</p>
      {rows.length > 0 && (
        <ul class="plain-list schedule-list">
          {rows.map((r) => (
            <li key={r.id} class="schedule-row">
              <span>
                <strong>{quarterLabel(r.quarter)}</strong> · {eventTitle(r.eventId)}
                {r.target ? ` (${roleName(r.target as Role)})` : ''}
                {r.note && <span class="muted"> · {r.note}</span>}
              </span>
              <button type="button" class="btn btn-quiet" onClick={() => onRemove(r.id)} aria-label={tc('schedule.removeOne', { event: eventTitle(r.eventId), quarter: quarterLabel(r.quarter) })}>
                {tc('schedule.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="cluster schedule-add">
        <div class="field">
          <label for="schedule-quarter">{tc('schedule.quarter')}</label>
          <select id="schedule-quarter" value={String(q)} onChange={(e) => setQuarter(Number((e.target as HTMLSelectElement).value))}>
            {Array.from({ length: Math.max(0, quarters - from) }, (_, i) => from + i).map((i) => (
              <option key={i} value={String(i)}>
                {quarterLabel(i)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="schedule-event">{tc('inject.event')}</label>
          <select id="schedule-event" value={eventId} onChange={(e) => setEventId((e.target as HTMLSelectElement).value)}>
            {events.map((id) => (
              <option key={id} value={id}>
                {eventTitle(id)}
              </option>
            ))}
          </select>
        </div>
        {needsTarget && (
          <div class="field">
            <label for="schedule-target">{tc('inject.target')}</label>
            <select id="schedule-target" value={target} onChange={(e) => setTarget((e.target as HTMLSelectElement).value as Role)}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {roleName(r)}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="button" class="btn" disabled={!eventId || q >= quarters} onClick={() => onAdd({ quarter: q, eventId, ...(needsTarget ? { target } : {}) })}>
          {tc('schedule.add')}
        </button>
      </div>
    </fieldset>
  );
}
