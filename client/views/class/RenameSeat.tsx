import { useState } from 'preact/hooks';
import { NAME_MAX_LENGTH } from '../../../shared/protocol';
import type { Role } from '../../../shared/roles';
import { tc } from '../../classroom/i18n';
import { roleName } from '../../app/company';

// Rename the student in a seat (a typo, a nickname that should not be on the projector) or take
// their name off (the seat then shows an anonymous label).

export function RenameSeat({ role, name, onRename }: { role: Role; name: string; onRename: (name: string | null) => void }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(name);
  if (!open) {
    return (
      <button type="button" class="btn btn-quiet" onClick={() => setOpen(true)}>
        {tc('rename.open')}
      </button>
    );
  }
  return (
    <form
      class="cluster rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        setOpen(false);
        if (value.trim()) onRename(value.trim());
      }}
    >
      <label class="field inline">
        <span class="sr-only">{tc('rename.label', { company: roleName(role) })}</span>
        <input type="text" value={value} maxLength={NAME_MAX_LENGTH} dir="auto" onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="btn">
        {tc('rename.save')}
      </button>
      <button
        type="button"
        class="btn btn-quiet"
        onClick={() => {
          setOpen(false);
          onRename(null);
        }}
      >
        {tc('rename.remove')}
      </button>
    </form>
  );
}
