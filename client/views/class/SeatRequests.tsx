import { useState } from 'preact/hooks';
import type { HostCommand } from '../../../shared/protocol';
import { isRole, type Role } from '../../../shared/roles';
import type { ClassGroupView, ClassView } from '../../classroom/connection';
import { groupName, tc } from '../../classroom/i18n';
import { roleName } from '../../app/company';
import { seatWho } from './SeatRow';

// Students asking for a seat after the start (a latecomer, or a student whose seat token went with a
// closed tab or another phone): the teacher lets each one in, into the seat asked for or another a
// bot or autopilot holds (the seat gets a new token, the old one stops working), or says no.

/** Seats a request can be approved into: the student's own (same name, away) or any seat a bot or autopilot plays. */
export function grantableSeats(g: ClassGroupView): Role[] {
  return g.seats.filter((s) => s.kind === 'bot' || (s.kind === 'human' && (!s.claimed || !s.connected || s.autopilot))).map((s) => s.role as Role).filter(isRole);
}

export function SeatRequests({ v, run }: { v: ClassView; run: (c: HostCommand, group?: number) => void }) {
  const waiting = v.groups.filter((g) => g.requests.length > 0);
  if (!waiting.length) return null;
  return (
    <section class="card seat-requests" aria-labelledby="requests-title">
      <h2 id="requests-title">{tc('requests.title', { n: waiting.reduce((n, g) => n + g.requests.length, 0) })}</h2>
      <ul class="plain-list">
        {waiting.flatMap((g) => g.requests.map((r) => <RequestRow key={`${g.index}-${r.id}`} g={g} r={r} run={run} />))}
      </ul>
    </section>
  );
}

function RequestRow({ g, r, run }: { g: ClassGroupView; r: ClassGroupView['requests'][number]; run: (c: HostCommand, group?: number) => void }) {
  const seats = grantableSeats(g);
  const asked = isRole(r.role) ? r.role : null;
  const [seat, setSeat] = useState<Role | ''>(asked && seats.includes(asked) ? asked : (seats[0] ?? ''));
  const own = g.seats.find((s) => s.claimed && s.name.trim().toLowerCase() === r.name.trim().toLowerCase());
  return (
    <li class="request-row">
      <div>
        <strong dir="auto">{r.name}</strong> · {groupName(g.index)}
        <div class="muted">
          {asked ? tc('requests.asks', { company: roleName(asked) }) : tc('requests.asksAny')}
          {own ? ` · ${tc('requests.ownSeat', { company: roleName(own.role as Role) })}` : ''}
        </div>
      </div>
      <div class="cluster">
        <label class="field inline">
          <span class="sr-only">{tc('requests.seatFor', { name: r.name })}</span>
          <select value={seat} onChange={(e) => setSeat((e.target as HTMLSelectElement).value as Role)}>
            {seats.map((role) => (
              <option key={role} value={role}>
                {roleName(role)} · {seatWho(g.seats.find((s) => s.role === role)!)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="btn btn-primary" disabled={!seat} onClick={() => seat && run({ command: 'answerSeatRequest', requestId: r.id, approve: true, role: seat }, g.index)}>
          {tc('requests.approve', { name: r.name })}
        </button>
        <button type="button" class="btn btn-quiet" onClick={() => run({ command: 'answerSeatRequest', requestId: r.id, approve: false }, g.index)}>
          {tc('requests.deny')}
        </button>
      </div>
    </li>
  );
}
