import { useEffect, useState } from 'preact/hooks';
import { ClassConnection, type ClassView } from '../../classroom/connection';
import { projectorKeyFromUrl } from '../../classroom/entry';
import { tc } from '../../classroom/i18n';
import { setScenario } from '../../i18n/engineText';
import { screen } from '../../app/nav';
import { ProjectorAll } from './ProjectorAll';
import { ProjectorGroup } from './ProjectorGroup';
import { ProjectorJoin } from './ProjectorJoin';
import { ProjectorOver } from './ProjectorOver';
import { useClassLive, useNow, useShareBase } from './useClass';
import './class.css';
import './projector.css';

// The projector (1920×1080, read from the back of the room). It joins the class with the projector
// key (view only) and shows what the teacher picks: the join board before the start, every group
// side by side (shared y-axis, the full leaderboard turning its pages, the events), one group live,
// and the class's final standings once every group has ended.

export function ClassProjectorView() {
  const classId = screen.value.name === 'classProjector' ? screen.value.classId : '';
  const [conn, setConn] = useState<ClassConnection | null>(null);
  const [error, setError] = useState('');
  const { view: v } = useClassLive(conn);
  const now = useNow();
  const base = useShareBase();

  useEffect(() => {
    const key = projectorKeyFromUrl();
    if (!classId || !key) return setError(tc('proj.badKey'));
    let live = true;
    let c: ClassConnection | null = null;
    ClassConnection.join(classId, { viewKey: key })
      .then((joined) => {
        c = joined;
        if (live) setConn(joined);
        else void joined.leave();
      })
      .catch(() => live && setError(tc('proj.badKey')));
    return () => {
      live = false;
      if (c) void c.leave();
    };
  }, [classId]);

  return (
    <div class="screen projector" data-mode={mode(v)}>
      {!v ? (
        <>
          <h1 class="sr-only">{tc('proj.title')}</h1>
          <p class={`proj-wait${error ? ' field-error' : ''}`} role="status">
            {error || tc('proj.connecting')}
          </p>
        </>
      ) : (
        <Body v={v} now={now} base={base} />
      )}
    </div>
  );
}

function mode(v: ClassView | null): string {
  if (!v) return 'connecting';
  if (v.groups.length && v.groups.every((g) => g.phase === 'debrief' || g.phase === 'closed')) return 'over';
  if (v.projectorMode === 'group' && v.groups[v.projectorGroup]) return 'group';
  if (v.groups.every((g) => g.phase === 'lobby')) return 'join';
  return 'all';
}

function Body({ v, now, base }: { v: ClassView; now: number; base: ReturnType<typeof useShareBase> }) {
  setScenario(v.scenario);
  switch (mode(v)) {
    case 'over':
      return <ProjectorOver v={v} />;
    case 'group':
      return <ProjectorGroup v={v} g={v.groups[v.projectorGroup]!} now={now} />;
    case 'join':
      return <ProjectorJoin v={v} base={base} />;
    default:
      return <ProjectorAll v={v} now={now} />;
  }
}
