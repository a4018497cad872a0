import type { ComponentChildren } from 'preact';
import type { Role } from '../../../shared/roles';
import type { MatchRecord } from '../../../shared/replay';
import { companyName, playedBy } from './seatText';

// A company's name with its monogram and who played it, as each replay card starts.

export function SeatHeader({ record, role, id, children }: { record: MatchRecord; role: Role; id: string; children?: ComponentChildren }) {
  return (
    <header class="replay-seat">
      <img class="replay-mono" src={`./companies/${role}.svg`} alt="" width={32} height={32} />
      <div>
        <h3 id={id} class={`co-${role}`}>
          {companyName(role)}
        </h3>
        <p class="muted">
          {playedBy(record, role)}
          {children}
        </p>
      </div>
    </header>
  );
}
