import type { ClassView } from '../../classroom/connection';
import { groupName, tc } from '../../classroom/i18n';

// What the projector shows: every group side by side, or one group live (native radio buttons).

export function ProjectorControl({ v, onChange }: { v: ClassView; onChange: (group: number | null) => void }) {
  const current = v.projectorMode === 'all' ? 'all' : String(v.projectorGroup);
  return (
    <fieldset class="card projector-control">
      <legend>{tc('host.projectorShows')}</legend>
      <div class="cluster">
        <label class="chip-option">
          <input type="radio" name="projector" value="all" checked={current === 'all'} onChange={() => onChange(null)} />
          <span>{tc('projector.all')}</span>
        </label>
        {v.groups.map((g) => (
          <label key={g.index} class="chip-option">
            <input type="radio" name="projector" value={String(g.index)} checked={current === String(g.index)} onChange={() => onChange(g.index)} aria-label={groupName(g.index)} />
            <span aria-hidden="true">{g.index + 1}</span>
          </label>
        ))}
      </div>
      {v.projectors > 0 && <p class="muted good">{tc('host.projectorsOn', { n: v.projectors })}</p>}
    </fieldset>
  );
}
