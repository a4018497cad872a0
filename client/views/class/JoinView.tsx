import { useEffect, useRef, useState } from 'preact/hooks';
import { NAME_MAX_LENGTH, normalizeJoinCode } from '../../../shared/protocol';
import type { Role } from '../../../shared/roles';
import { fetchRoomInfo, latecomerSeats, openSeats, RoomInfoError, type RoomInfo } from '../../classroom/roomInfo';
import { requestSeat, type PendingRequest } from '../../classroom/seatRequest';
import { tc } from '../../classroom/i18n';
import { roleName } from '../../app/company';
import { session } from '../../net/session';
import { go, screen } from '../../app/nav';
import { conn } from '../../app/store';
import { AppHeader } from '../../components/AppHeader';
import { TextField } from '../../components/TextField';
import { announce } from '../../components/announce';
import { SeatPicker } from './SeatPicker';
import './class.css';

// The student join page (`?join=<CODE>`, what the QR codes and printed links open): the group's
// code filled in, a name, the company, and one button into the seat. A browser that held a seat in
// this group before (reload, closed tab, the link opened again) goes straight back into it: the
// seat token is kept in localStorage (client/net/session.ts).

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'waiting'; text: string } | { kind: 'error'; text: string };

export function JoinView() {
  const routeCode = screen.value.name === 'join' ? screen.value.code : '';
  const [code, setCode] = useState(normalizeJoinCode(routeCode ?? '') ?? routeCode ?? '');
  const [name, setName] = useState(() => session.stored()?.name ?? '');
  const [role, setRole] = useState<Role | null>(null);
  const [info, setInfo] = useState<RoomInfo | null>(null);
  const [codeError, setCodeError] = useState('');
  const [nameError, setNameError] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const pending = useRef<PendingRequest | null>(null);
  useEffect(() => () => void pending.current?.cancel(), []);

  // A browser that held a seat in this group is being taken back into it (client/main.tsx).
  const resuming = conn.value === 'connecting' && session.stored()?.code === normalizeJoinCode(routeCode ?? '');

  // The group's seats, once the code is complete.
  useEffect(() => {
    const c = normalizeJoinCode(code);
    setInfo(null);
    if (!c) return;
    let live = true;
    fetchRoomInfo(c)
      .then((i) => {
        if (!live) return;
        setInfo(i);
        setCodeError('');
        const seats = i.phase === 'lobby' ? openSeats(i) : latecomerSeats(i);
        setRole((r) => (r && seats.includes(r) ? r : i.phase === 'lobby' ? (seats[0] ?? null) : null));
      })
      .catch((err: unknown) => {
        if (live) setCodeError(err instanceof RoomInfoError && err.status === 404 ? tc('join.noGroup', { code: c }) : tc('join.checkFailed', { reason: reason(err) }));
      });
    return () => {
      live = false;
    };
  }, [code]);

  const seats = info ? openSeats(info) : [];
  const late = info ? latecomerSeats(info) : [];
  const busy = status.kind === 'busy' || status.kind === 'waiting';

  async function join(e: Event) {
    e.preventDefault();
    const c = normalizeJoinCode(code);
    const n = name.trim();
    setCodeError(c ? '' : tc('join.codeError'));
    setNameError(n ? '' : tc('join.nameError'));
    if (!c || !n || busy) return;
    if (info && info.phase !== 'lobby') return void ask(c, n);
    const seat = role ?? seats[0] ?? null;
    setStatus({ kind: 'busy', text: tc('join.joining') });
    try {
      await session.join(c, seat ? { name: n, role: seat } : { name: n });
      announce(tc('join.joined'));
    } catch (err) {
      setStatus({ kind: 'error', text: tc('join.failed', { reason: reason(err) }) });
    }
  }

  /** After the start: ask the teacher for a seat, then join with the token the approval brings. */
  async function ask(c: string, n: string) {
    setStatus({ kind: 'busy', text: tc('join.asking') });
    try {
      const req = await requestSeat(c, n, role);
      pending.current = req;
      setStatus({ kind: 'waiting', text: tc('join.waiting') });
      announce(tc('join.waiting'));
      const a = await req.answer;
      pending.current = null;
      if (a.status !== 'approved') {
        if (a.message || a.status === 'expired') setStatus({ kind: 'error', text: a.status === 'expired' ? tc('join.expired') : tc('join.denied', { reason: a.message }) });
        else setStatus({ kind: 'idle' });
        return;
      }
      setStatus({ kind: 'busy', text: tc('join.approved', { company: roleName(a.role) }) });
      await session.join(c, { name: n, seatToken: a.seatToken });
      announce(tc('join.joined'));
    } catch (err) {
      pending.current = null;
      setStatus({ kind: 'error', text: tc('join.failed', { reason: reason(err) }) });
    }
  }

  return (
    <div class="screen join-screen">
      <AppHeader title={tc('join.title')} subtitle={tc('join.intro')} />
      <form class="stack join-form" onSubmit={(e) => void join(e)} noValidate>
        <TextField
          label={tc('join.code')}
          value={code}
          onInput={(v: string) => setCode(v.toUpperCase())}
          error={codeError}
          ltr
          uppercase
          maxLength={8}
        />
        <TextField label={tc('join.name')} value={name} onInput={setName} error={nameError} autoComplete="nickname" maxLength={NAME_MAX_LENGTH} />
        {info && info.phase === 'lobby' && (
          <SeatPicker legend={tc('join.company')} seats={seats} value={role} onChange={setRole} empty={tc('join.full')} />
        )}
        {info && info.phase === 'debrief' && <p class="card join-late">{tc('join.over')}</p>}
        {info && info.phase !== 'lobby' && info.phase !== 'debrief' && (
          <>
            <p class="card join-late">{late.length ? tc('join.late') : tc('join.lateNoSeat')}</p>
            {late.length > 0 && <SeatPicker legend={tc('join.askFor')} seats={late} value={role} onChange={setRole} empty="" anyLabel={tc('join.anySeat')} onAny={() => setRole(null)} />}
          </>
        )}
        <button type="submit" class="btn btn-primary join-go" disabled={busy || (!!info && info.phase !== 'lobby' && (late.length === 0 || info.phase === 'debrief'))}>
          {info && info.phase !== 'lobby' ? tc('join.ask') : info?.phase === 'lobby' && role ? tc('join.goAs', { company: roleName(role) }) : tc('join.go')}
        </button>
        {status.kind === 'waiting' && (
          <button type="button" class="btn btn-quiet" onClick={() => void pending.current?.cancel()}>
            {tc('join.cancel')}
          </button>
        )}
        {resuming && status.kind === 'idle' && (
          <p class="join-status" role="status">
            {tc('join.resuming')}
          </p>
        )}
        {status.kind !== 'idle' && (
          <p class={status.kind === 'error' ? 'field-error' : 'join-status'} role={status.kind === 'error' ? 'alert' : 'status'}>
            {status.text}
          </p>
        )}
      </form>
      <p class="join-foot">
        <button type="button" class="btn btn-quiet" onClick={() => go({ name: 'home' })}>
          {tc('join.home')}
        </button>
      </p>
    </div>
  );
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message.replace(/^[A-Z_]+: /, '') : String(err);
}
