import { useEffect, useState } from 'preact/hooks';
import { classRoles, type ClassData } from '../../../shared/classroom/data';
import { classLessons } from '../../../shared/classroom/lessons';
import type { Role } from '../../../shared/roles';
import { ClassApiError, fetchClassData, fetchClassRecords } from '../../classroom/api';
import { svgChart } from '../../classroom/charts';
import { knownAuth } from '../../classroom/entry';
import { downloadCsv, downloadRecords, downloadZip } from '../../classroom/exports';
import { tc } from '../../classroom/i18n';
import { currentClass } from '../../classroom/connection';
import { isRtl } from '../../i18n';
import { setScenario } from '../../i18n/engineText';
import { roleName } from '../../app/company';
import { go, screen } from '../../app/nav';
import { AppHeader } from '../../components/AppHeader';
import { announce } from '../../components/announce';
import { ChoiceRow } from './ChoiceRow';
import { ClassCompare } from './ClassCompare';
import { DebriefChart, quarterLabels } from './DebriefChart';
import { DebriefLesson } from './DebriefLesson';
import { DebriefOverview } from './DebriefOverview';
import { allCharts, SECTIONS, sectionName, type Section } from './debriefSections';
import './class.css';

// The class debrief: the groups compared on the same seed (overview), capex against revenue, the
// mood paths, the seven lessons with this class's numbers, a comparison with another class, and the
// exports (CSV of every metric and order, JSON of the match records, one ZIP of every chart).

let cache: { classId: string; data: ClassData } | null = null;

export function ClassDebriefView() {
  const classId = screen.value.name === 'classDebrief' ? screen.value.classId : '';
  const auth = classId ? knownAuth(classId) : null;
  const [data, setData] = useState<ClassData | null>(cache?.classId === classId ? cache.data : null);
  const [section, setSection] = useState<Section>('overview');
  const [capexRole, setCapexRole] = useState<Role>('meta');
  // The message is kept as a function so it follows a language switch.
  const [status, setStatus] = useState<{ text: () => string; isError: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const say = (text: () => string, isError = false) => {
    setStatus({ text, isError });
    announce(text());
  };

  async function load(fresh: boolean) {
    if (!auth) return;
    say(() => tc('deb.loading'));
    try {
      const d = await fetchClassData(classId, auth);
      cache = { classId, data: d };
      setData(d);
      say(() => (fresh ? tc('deb.refreshed') : ''));
    } catch (err) {
      const forbidden = err instanceof ClassApiError && err.status === 403;
      const reason = err instanceof Error ? err.message : String(err);
      say(() => tc('deb.failed', { reason: forbidden ? tc('reopen.badKey') : reason }), true);
    }
  }
  useEffect(() => {
    if (!data) void load(false);
  }, [classId]);

  if (!classId || !auth) {
    return (
      <div class="screen class-debrief">
        <AppHeader title={tc('deb.title')} />
        <p class="field-error" role="alert">
          {classId ? tc('deb.noKey', { code: classId }) : tc('deb.noClass')}
        </p>
        <button type="button" class="btn" onClick={() => go({ name: 'classSetup' })}>
          {tc('deb.toSetup')}
        </button>
      </div>
    );
  }

  setScenario(data?.scenarioId ?? '');
  const lessons = data ? classLessons(data) : [];
  const roles = data ? classRoles(data) : [];
  const role = roles.includes(capexRole) ? capexRole : (roles[0] ?? capexRole);
  const live = currentClass()?.info?.classId === classId;
  const empty = data && data.groups.every((g) => g.quarters.length === 0);

  async function exportZip() {
    if (!data || busy) return;
    setBusy(true);
    say(() => tc('deb.zipping'));
    try {
      const charts = allCharts(data, lessons, roles, roleName).map((c) => ({ file: c.file, chart: svgChart(c.chart, c.title, quarterLabels(c.chart), isRtl()) }));
      const r = await downloadZip(data, charts);
      say(() => tc('deb.savedZip', { file: r.name, n: r.charts }));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      say(() => tc('deb.failed', { reason }), true);
    } finally {
      setBusy(false);
    }
  }

  async function exportJson() {
    if (!data || !auth) return;
    try {
      const { records } = await fetchClassRecords(data.classId, auth);
      const file = downloadRecords(data, records);
      say(() => tc('deb.saved', { file }));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      say(() => tc('deb.failed', { reason }), true);
    }
  }

  return (
    <div class="screen class-debrief">
      <AppHeader
        title={data ? tc('deb.titleNamed', { title: data.title || data.classId }) : tc('deb.title')}
        subtitle={
          data
            ? tc('deb.info', { code: data.classId, groups: data.groups.length, seed: data.seed, played: Math.max(0, ...data.groups.map((g) => g.quarters.length)), quarters: data.quarters })
            : undefined
        }
        actions={
          <>
          {live && (
            <button type="button" class="btn" onClick={() => go({ name: 'classHost', classId })}>
              {tc('deb.backConsole')}
            </button>
          )}
          <button type="button" class="btn btn-quiet" onClick={() => void load(true)}>
            {tc('deb.refresh')}
          </button>
          </>
        }
      />
      <p class={status?.isError ? 'field-error' : 'muted'} role="status">
        {status?.text() ?? ''}
      </p>
      {data && (
        <div class="debrief-layout">
          <nav class="debrief-nav card" aria-label={tc('deb.sections')}>
            <ul>
              {SECTIONS.map((s) => (
                <li key={s}>
                  <button type="button" class={`nav-item${section === s ? ' is-current' : ''}`} aria-current={section === s ? 'page' : undefined} onClick={() => setSection(s)}>
                    {sectionName(s, lessons)}
                  </button>
                </li>
              ))}
            </ul>
            <h2 class="nav-sub">{tc('deb.export')}</h2>
            <div class="stack">
              <button type="button" class="btn" onClick={() => {
                  const file = downloadCsv(data);
                  say(() => tc('deb.saved', { file }));
                }}
              >
                {tc('deb.csv')}
              </button>
              <button type="button" class="btn" onClick={() => void exportJson()}>
                {tc('deb.json')}
              </button>
              <button type="button" class="btn" disabled={busy} onClick={() => void exportZip()}>
                {tc('deb.zip')}
              </button>
            </div>
          </nav>
          <div class="debrief-main">
            {empty ? (
              <p class="muted">{tc('deb.empty')}</p>
            ) : section === 'overview' ? (
              <DebriefOverview data={data} />
            ) : section === 'capex' ? (
              <div class="stack">
                <ChoiceRow legend={tc('deb.capexRole')} name="capex-role" choices={roles.map((r) => ({ value: r, text: roleName(r) }))} value={role} onChange={setCapexRole} />
                <DebriefChart title={tc('deb.capex.title', { company: roleName(role) })} chart={allCharts(data, [], [role], roleName)[0]!.chart} />
                <p class="card">{tc('deb.capex.help')}</p>
              </div>
            ) : section === 'mood' ? (
              <div class="stack">
                <DebriefChart title={tc('deb.mood.title')} chart={allCharts(data, [], [], roleName)[0]!.chart} />
                <p class="card">{tc('deb.mood.help')}</p>
              </div>
            ) : section === 'compare' ? (
              <ClassCompare data={data} />
            ) : (
              lessons.filter((l) => l.id === section).map((l) => <DebriefLesson key={l.id} lesson={l} />)
            )}
          </div>
        </div>
      )}
    </div>
  );
}
