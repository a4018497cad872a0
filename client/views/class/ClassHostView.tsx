import { useState } from 'preact/hooks';
import type { HostCommand } from '../../../shared/protocol';
import { projectorUrl } from '../../classroom/entry';
import { tc, timeLeft } from '../../classroom/i18n';
import { setScenario } from '../../i18n/engineText';
import { copyText } from '../../app/clipboard';
import { go, screen } from '../../app/nav';
import { AppHeader } from '../../components/AppHeader';
import { announce } from '../../components/announce';
import { ClassSchedule } from './ClassSchedule';
import { CommandBar } from './CommandBar';
import { EndDialog } from './EndDialog';
import { GroupCard } from './GroupCard';
import { GroupDialog } from './GroupDialog';
import { Handout } from './Handout';
import { InjectDialog } from './InjectDialog';
import { ProjectorControl } from './ProjectorControl';
import { SeatRequests } from './SeatRequests';
import { ShareNotice } from './ShareNotice';
import { commandReport, type Report } from './commandReport';
import { useHostConnection } from './useHostConnection';
import { useClassLive, useNow, useShareBase } from './useClass';
import './class.css';

// The teacher's console (laptop 1366×768): the class's pace and the commands for every group, what
// the projector shows, every group's code, phase, timer and seats, and each group up close. The
// class room goes on when this tab reloads: the console rejoins with the host secret it kept.

type Open = { kind: 'group'; index: number } | { kind: 'inject'; group?: number } | { kind: 'end'; group?: number } | null;

export function ClassHostView() {
  const classId = screen.value.name === 'classHost' ? screen.value.classId : '';
  const { conn } = useHostConnection(classId);
  const { view: v, state } = useClassLive(conn);
  const now = useNow();
  const base = useShareBase();
  const [report, setReport] = useState<Report | null>(null);
  const [open, setOpen] = useState<Open>(null);

  if (!conn || !v) {
    return (
      <div class="screen class-host">
        <AppHeader title={tc('host.title', { code: classId })} />
        <p class="muted" role="status">
          {tc('host.rejoining')}
        </p>
      </div>
    );
  }
  setScenario(v.scenario);

  const say = (r: Report) => {
    setReport(r);
    announce(r.text);
  };
  const run = (command: HostCommand, group?: number) => {
    void conn.command(command, group).then((res) => say(commandReport(command.command, res, v.groups)));
  };
  const copy = (text: string, done: string) => void copyText(text).then((ok) => say(ok ? { text: done, isError: false } : { text, isError: false }));
  const students = v.groups.reduce((n, g) => n + g.seats.filter((s) => s.claimed && s.connected).length, 0);
  const key = conn.info?.hostSecret ?? '';

  return (
    <div class="screen class-host">
      <AppHeader
        title={v.title ? tc('host.titleNamed', { title: v.title, code: v.id }) : tc('host.title', { code: v.id })}
        subtitle={[tc('host.info', { seed: v.seed, quarters: v.quarters, timer: timeLeft(v.planningSeconds * 1000, true), students }), ...(v.anonymousNames ? [tc('host.anonymous')] : [])].join(' · ')}
      />
      <nav class="cluster host-tools" aria-label={tc('host.tools')}>
          <button type="button" class="btn" onClick={() => go({ name: 'classDebrief', classId: v.id })}>
            {tc('host.debrief')}
          </button>
          <button type="button" class="btn" title={tc('host.projectorHelp')} onClick={() => window.open(projectorUrl(v.id, conn.info?.viewKey ?? ''), `projector-${v.id}`)}>
            {tc('host.projector')}
          </button>
          <button type="button" class="btn" title={tc('handout.help')} onClick={() => window.print()}>
            {tc('handout.print')}
          </button>
          <button type="button" class="btn btn-quiet" title={tc('host.keyHelp', { key })} onClick={() => copy(`${v.id} ${key}`, tc('host.keyCopied'))}>
            {tc('host.copyKey')}
          </button>
      </nav>
      {state !== 'connected' && (
        <p class="share-notice warn" role="alert">
          {state === 'lost' ? tc('conn.lost') : tc('conn.reconnecting')}
        </p>
      )}
      <ShareNotice base={base} />
      <CommandBar v={v} run={run} onInject={() => setOpen({ kind: 'inject' })} onEnd={() => setOpen({ kind: 'end' })} />
      <ProjectorControl
        v={v}
        onChange={(group) =>
          void conn.projector(group === null ? 'all' : 'group', group ?? undefined).then((r) => {
            if (!r.ok) say({ text: r.error.message, isError: true });
          })
        }
      />
      <p class={`host-status${report?.isError ? ' field-error' : ' muted'}`} role="status" data-testid="host-status">
        {report?.text ?? ''}
      </p>
      <SeatRequests v={v} run={run} />
      <ClassSchedule v={v} conn={conn} say={(text, isError) => say({ text, isError })} />
      <section aria-label={tc('host.groups')} class="group-grid">
        {v.groups.map((g) => (
          <GroupCard key={g.index} g={g} v={v} now={now} onOpen={() => setOpen({ kind: 'group', index: g.index })} />
        ))}
      </section>
      {open?.kind === 'group' && (
        <GroupDialog
          v={v}
          index={open.index}
          base={base}
          onClose={() => setOpen(null)}
          run={run}
          onInject={() => setOpen({ kind: 'inject', group: open.index })}
          onEnd={() => setOpen({ kind: 'end', group: open.index })}
          onCopy={(link) => copy(link, tc('copied'))}
        />
      )}
      <Handout v={v} base={base} />
      {open?.kind === 'inject' && <InjectDialog v={v} group={open.group} onClose={() => setOpen(null)} run={run} />}
      {open?.kind === 'end' && <EndDialog group={open.group} onClose={() => setOpen(null)} onEnd={() => run({ command: 'end' }, open.group)} />}
    </div>
  );
}
