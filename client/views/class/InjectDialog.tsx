import { useState } from 'preact/hooks';
import { DEFAULT_SCENARIO, SCENARIOS } from '../../../shared/engine';
import type { HostCommand } from '../../../shared/protocol';
import type { Role } from '../../../shared/roles';
import type { ClassView } from '../../classroom/connection';
import { groupName, tc } from '../../classroom/i18n';
import { eventDef, eventText, eventTitle } from '../../i18n/engineText';
import { roleName } from '../../app/company';
import { Dialog } from '../../components/Dialog';

// Inject a scenario event into every group or one: the event (with what it does), and the company
// it hits when it targets one.

export function scenarioEvents(scenarioId: string): string[] {
  const sc = Object.values(SCENARIOS).find((s) => s.id === scenarioId) ?? DEFAULT_SCENARIO;
  return sc.events.map((e) => e.id);
}

export function InjectDialog({ v, group, onClose, run }: { v: ClassView; group: number | undefined; onClose: () => void; run: (c: HostCommand, group?: number) => void }) {
  const events = scenarioEvents(v.scenario);
  const roles = (v.groups[group ?? 0]?.seats ?? []).filter((s) => s.kind !== 'absent').map((s) => s.role as Role);
  const [chosen, setChosen] = useState(events[0] ?? '');
  const [target, setTarget] = useState<Role>(roles[0] ?? 'openai');
  const needsTarget = eventDef(chosen)?.target !== 'global';
  const title = group === undefined ? tc('inject.titleAll') : tc('inject.titleOne', { group: groupName(group) });
  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" class="btn btn-quiet" onClick={onClose}>
            {tc('confirm.cancel')}
          </button>
          <button type="submit" form="inject-form" class="btn btn-primary">
            {group === undefined ? tc('inject.goAll') : tc('inject.goOne', { group: groupName(group) })}
          </button>
        </>
      }
    >
      <form
        id="inject-form"
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          onClose();
          run({ command: 'injectEvent', eventId: chosen, ...(needsTarget ? { target } : {}) }, group);
        }}
      >
        <p class="muted">{tc('inject.hint')}</p>
        <fieldset class="event-choices">
          <legend>{tc('inject.event')}</legend>
          <div class="grid-auto">
            {events.map((id) => (
              <label key={id} class="chip-option">
                <input type="radio" name="event" value={id} checked={chosen === id} onChange={() => setChosen(id)} />
                <span>{eventTitle(id)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <p class="event-text">{eventText(chosen)}</p>
        {needsTarget && (
          <fieldset>
            <legend>{tc('inject.target')}</legend>
            <div class="cluster">
              {roles.map((r) => (
                <label key={r} class={`chip-option co-${r}`}>
                  <input type="radio" name="target" value={r} checked={target === r} onChange={() => setTarget(r)} />
                  <span>{roleName(r)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
      </form>
    </Dialog>
  );
}
