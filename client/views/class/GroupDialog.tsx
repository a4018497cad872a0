import type { HostCommand, PersonaId } from '../../../shared/protocol';
import type { Role } from '../../../shared/roles';
import type { ClassView } from '../../classroom/connection';
import { groupName, tc } from '../../classroom/i18n';
import { joinLink, printedLink, type ShareBase } from '../../classroom/links';
import { roleName } from '../../app/company';
import { Dialog } from '../../components/Dialog';
import { QrCode } from './QrCode';
import { RenameSeat } from './RenameSeat';
import { seatWho } from './SeatRow';

// One group up close: its QR code and join link, every seat with what the teacher can do about
// it (hand it to its bot, remove the student, rename them or take their name off, let an away
// student back in by name), and the group's own commands.

export function GroupDialog({ v, index, base, onClose, run, onInject, onEnd, onCopy }: {
  v: ClassView;
  index: number;
  base: ShareBase | null;
  onClose: () => void;
  run: (c: HostCommand, group?: number) => void;
  onInject: () => void;
  onEnd: () => void;
  onCopy: (text: string) => void;
}) {
  const g = v.groups[index];
  if (!g) return null;
  const link = base ? joinLink(base.base, g.code) : '';
  const live = g.phase === 'planning' || g.phase === 'results';
  const open = g.phase !== 'debrief' && g.phase !== 'closed';
  const act = (c: HostCommand) => () => {
    onClose();
    run(c, index);
  };
  return (
    <Dialog open title={`${groupName(index)} · ${g.code}`} onClose={onClose} wide>
      <div class="group-dialog">
        <div class="stack join-box">
          {link && <QrCode text={link} label={tc('group.scan', { group: groupName(index) })} size={220} />}
          <p class="muted">{tc('group.scan', { group: groupName(index) })}</p>
          <p class="join-code num" dir="ltr">{g.code}</p>
          {link && (
            <p class="join-link" dir="ltr">
              {printedLink(link)}
            </p>
          )}
          <button type="button" class="btn" disabled={!link} onClick={() => onCopy(link)}>
            {tc('group.copyLink')}
          </button>
        </div>
        <div class="stack">
          <h3>{tc('group.seats')}</h3>
          <ul class="seat-manage">
            {g.seats.map((s) => {
              const role = s.role as Role;
              const state = s.claimed ? [s.connected ? tc('status.connected') : tc('seat.away'), s.submitted ? tc('status.submitted') : ''].filter(Boolean).join(' · ') : '';
              return (
                <li key={role} class="seat-manage-row">
                  <div>
                    <strong class={`co-${role}`}>{roleName(role)}</strong> · <span dir="auto">{seatWho(s)}</span>
                    {state && <div class="muted">{state}</div>}
                  </div>
                  {s.kind === 'human' && g.phase !== 'debrief' && (
                    <div class="cluster">
                      <button type="button" class="btn btn-quiet" onClick={act({ command: 'seatToBot', role, persona: s.persona as PersonaId })}>
                        {tc('group.toBot')}
                      </button>
                      {s.claimed && (
                        <button type="button" class="btn btn-quiet" onClick={act({ command: 'kick', role })}>
                          {tc('group.kick')}
                        </button>
                      )}
                      {s.claimed && <RenameSeat role={role} name={s.name} onRename={(name) => run({ command: 'renameSeat', role, ...(name ? { name } : {}) }, index)} />}
                      {s.claimed && !s.connected && g.phase !== 'lobby' && (
                        <button type="button" class="btn btn-quiet" onClick={act({ command: 'allowReclaim', role })}>
                          {tc('group.allowBack')}
                        </button>
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          <h3>{tc('group.commands')}</h3>
          <div class="cluster">
            <button type="button" class={`btn${g.phase === 'lobby' ? ' btn-primary' : ''}`} disabled={g.phase !== 'lobby'} onClick={act({ command: 'start', force: true })}>
              {tc('cmd.start')}
            </button>
            {g.paused ? (
              <button type="button" class={`btn${live ? ' btn-primary' : ''}`} disabled={!live} onClick={act({ command: 'resume' })}>
                {tc('cmd.resume')}
              </button>
            ) : (
              <button type="button" class="btn" disabled={!live} onClick={act({ command: 'pause' })}>
                {tc('cmd.pause')}
              </button>
            )}
            <button type="button" class="btn" disabled={!live} onClick={act({ command: 'extendTimer', seconds: 60 })}>
              {tc('cmd.extend')}
            </button>
            <button type="button" class="btn" disabled={g.phase !== 'planning'} onClick={act({ command: 'resolveNow' })}>
              {tc('cmd.resolveNow')}
            </button>
            <button type="button" class="btn" disabled={!open} onClick={() => { onClose(); onInject(); }}>
              {tc('cmd.inject')}
            </button>
            <button type="button" class="btn btn-danger" disabled={!open} onClick={() => { onClose(); onEnd(); }}>
              {tc('cmd.end')}
            </button>
          </div>
        </div>
      </div>
    </Dialog>
  );
}
