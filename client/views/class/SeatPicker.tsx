import type { Role } from '../../../shared/roles';
import { roleName } from '../../app/company';

// The company a student plays (or asks for), as native radio buttons: one tap, thumb-sized rows on a phone.

export function SeatPicker({ legend, seats, value, onChange, empty, anyLabel, onAny }: { legend: string; seats: Role[]; value: Role | null; onChange: (r: Role) => void; empty: string; anyLabel?: string; onAny?: () => void }) {
  if (!seats.length) return <p class="card">{empty}</p>;
  return (
    <fieldset class="seat-picker">
      <legend>{legend}</legend>
      {anyLabel && onAny && (
        <label class="seat-option">
          <input type="radio" name="seat" value="" checked={value === null} onChange={onAny} />
          <span>{anyLabel}</span>
        </label>
      )}
      {seats.map((r) => (
        <label key={r} class={`seat-option co-${r}`}>
          <input type="radio" name="seat" value={r} checked={value === r} onChange={() => onChange(r)} />
          <span>{roleName(r)}</span>
        </label>
      ))}
    </fieldset>
  );
}
