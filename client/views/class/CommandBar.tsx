import type { HostCommand } from '../../../shared/protocol';
import type { ClassView } from '../../classroom/connection';
import { tc } from '../../classroom/i18n';
import { quarterLabel } from '../../i18n/engineText';

// The commands for every group at once. The class's pace is the teacher's: "Next quarter" opens the
// next quarter's planning in every group together (a group still planning resolves first), so no
// group ever runs ahead; the line above the buttons says where the class is.

export function paceLine(v: ClassView): string {
  const playing = v.groups.filter((g) => g.phase === 'planning' || g.phase === 'results');
  if (!playing.length) return v.groups.every((g) => g.phase === 'lobby') ? tc('pace.lobby') : tc('pace.over');
  const planning = playing.filter((g) => g.phase === 'planning').length;
  const done = playing.length - planning;
  return tc('pace.line', { quarter: quarterLabel(v.pace), n: v.pace + 1, total: v.quarters, done, groups: playing.length });
}

export function CommandBar({ v, run, onInject, onEnd }: { v: ClassView; run: (c: HostCommand) => void; onInject: () => void; onEnd: () => void }) {
  const live = (p: string) => p === 'planning' || p === 'results';
  const anyPaused = v.groups.some((g) => g.paused);
  const anyPlaying = v.groups.some((g) => live(g.phase));
  const anyRunning = v.groups.some((g) => live(g.phase) && !g.paused);
  const anyLobby = v.groups.some((g) => g.phase === 'lobby');
  const anyOpen = v.groups.some((g) => g.phase !== 'debrief' && g.phase !== 'closed');
  const lastQuarter = v.pace + 1 >= v.quarters;
  const canNext = anyPlaying && !lastQuarter;
  return (
    <section class="card command-bar" aria-labelledby="cmd-all">
      <h2 id="cmd-all" class="bar-title">{tc('host.all')}</h2>
      <p class="pace-line" role="status">
        {paceLine(v)}
      </p>
      <div class="cluster">
        <button type="button" class={`btn${anyLobby ? ' btn-primary' : ''}`} disabled={!anyLobby} onClick={() => run({ command: 'start', force: true })}>
          {tc('cmd.start')}
        </button>
        <button type="button" class="btn" disabled={!anyRunning} onClick={() => run({ command: 'pause' })}>
          {tc('cmd.pause')}
        </button>
        <button type="button" class={`btn${anyPaused ? ' btn-primary' : ''}`} disabled={!anyPaused} onClick={() => run({ command: 'resume' })}>
          {tc('cmd.resume')}
        </button>
        <button type="button" class="btn" disabled={!anyPlaying} onClick={() => run({ command: 'extendTimer', seconds: 60 })}>
          {tc('cmd.extend')}
        </button>
        <button type="button" class="btn" disabled={!v.groups.some((g) => g.phase === 'planning')} onClick={() => run({ command: 'resolveNow' })}>
          {tc('cmd.resolveNow')}
        </button>
        <button type="button" class={`btn${canNext ? ' btn-primary' : ''}`} disabled={!canNext} onClick={() => run({ command: 'next' })}>
          {lastQuarter || !anyPlaying ? tc('cmd.next') : tc('pace.next', { quarter: quarterLabel(v.pace + 1) })}
        </button>
        <button type="button" class="btn" disabled={!anyOpen} onClick={onInject}>
          {tc('cmd.inject')}
        </button>
        <button type="button" class="btn btn-danger" disabled={!anyOpen} onClick={onEnd}>
          {tc('cmd.end')}
        </button>
      </div>
    </section>
  );
}
