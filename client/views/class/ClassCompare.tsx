import { useEffect, useState } from 'preact/hooks';
import type { ClassData } from '../../../shared/classroom/data';
import { fetchArchive, fetchClassData } from '../../classroom/api';
import { tc } from '../../classroom/i18n';
import { knownAuth } from '../../classroom/entry';
import { recentClasses, savedTeacherKey } from '../../classroom/storage';
import { num, pctDelta } from '../../i18n/format';
import { quarterLabel } from '../../i18n/engineText';
import { roleName } from '../../app/company';
import { LineChart } from '../../canvas';
import { isRtl, t } from '../../i18n';
import { palette } from '../../theme/palette';
import { compareCompanies, meanMood } from './compareData';

// Compare this class with another of the teacher's (the server's archive under the teacher key, and
// this browser's classes): each company's return in both, and both classes' mood, side by side.

/** The teacher's other classes: the server's archive first, then any this browser knows that it does not list. */
function useOtherClasses(classId: string): { id: string; title: string }[] {
  const local = recentClasses().map((c) => ({ id: c.classId, title: c.title }));
  const [archive, setArchive] = useState<{ id: string; title: string }[]>([]);
  useEffect(() => {
    const key = savedTeacherKey();
    if (!key) return;
    let live = true;
    fetchArchive(key)
      .then((list) => live && setArchive(list.map((c) => ({ id: c.id, title: c.title }))))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const seen = new Set<string>([classId]);
  return [...archive, ...local].filter((c) => !seen.has(c.id) && (seen.add(c.id), true));
}

export function ClassCompare({ data }: { data: ClassData }) {
  const others = useOtherClasses(data.classId);
  const [chosen, setChosen] = useState('');
  const otherId = chosen || others[0]?.id || '';
  const [other, setOther] = useState<ClassData | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setOther(null);
    setError('');
    const auth = otherId ? knownAuth(otherId) : null;
    if (!otherId || !auth) return;
    let live = true;
    fetchClassData(otherId, auth)
      .then((d) => live && setOther(d))
      .catch((err: unknown) => live && setError(tc('deb.failed', { reason: err instanceof Error ? err.message : String(err) })));
    return () => {
      live = false;
    };
  }, [otherId]);

  const nameOf = (d: ClassData) => d.title || d.classId;
  const cell = (s: { mean: number; best: number; worst: number; bots: number } | null) =>
    s ? (
      <>
        <span class={`num ${s.mean >= 0 ? 'good' : 'bad'}`}>{pctDelta(s.mean)}</span>
        <div class="muted num">{tc('compare.range', { best: pctDelta(s.best), worst: pctDelta(s.worst) })}</div>
        {s.bots > 0 && <span class="badge bot-badge">{tc('compare.bots', { n: s.bots })}</span>}
      </>
    ) : (
      '—'
    );
  return (
    <section class="stack class-compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{tc('compare.title')}</h2>
      {others.length === 0 ? (
        <p class="muted">{tc('compare.none')}</p>
      ) : (
        <div class="field">
          <label for="compare-with">{tc('compare.with')}</label>
          <select id="compare-with" value={otherId} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title || tc('recent.untitled')} · {c.id}
              </option>
            ))}
          </select>
        </div>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {other && (
        <>
          <div class="table-wrap">
            <table class="table compare-table">
              <caption>{tc('compare.tsr')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tc('setup.company')}</th>
                  <th scope="col" dir="auto">
                    {nameOf(data)}
                  </th>
                  <th scope="col" dir="auto">
                    {nameOf(other)}
                  </th>
                </tr>
              </thead>
              <tbody>
                {compareCompanies(data, other).map((row) => (
                  <tr key={row.role}>
                    <th scope="row" class={`co-${row.role}`}>
                      {roleName(row.role)}
                    </th>
                    <td>{cell(row.a)}</td>
                    <td>{cell(row.b)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="table-wrap">
            <MoodCompare a={data} b={other} />
          </div>
        </>
      )}
    </section>
  );
}

function MoodCompare({ a, b }: { a: ClassData; b: ClassData }) {
  const ma = meanMood(a);
  const mb = meanMood(b);
  const n = Math.max(ma.length, mb.length);
  const labels = Array.from({ length: n }, (_, i) => quarterLabel(i));
  return (
    <>
      <LineChart
        title={tc('compare.mood')}
        xName={tc('compare.quarter')}
        xLabels={labels}
        series={[
          { id: 'a', name: a.title || a.classId, color: palette.accent, values: ma },
          { id: 'b', name: b.title || b.classId, color: palette.warn, values: mb, dashed: true },
        ]}
        y={{ title: t('mood.title'), fixed: [0, 100] }}
        refs={[{ value: 50, label: '50', color: palette.neutral }]}
        format={(v) => num(v, 0)}
        empty={t('chart.noData')}
        legend
        height={300}
        rtl={isRtl()}
      />
      <table class="table">
        <caption>{tc('compare.mood')}</caption>
        <thead>
          <tr>
            <th scope="col">{tc('compare.quarter')}</th>
            <th scope="col" dir="auto">
              {a.title || a.classId}
            </th>
            <th scope="col" dir="auto">
              {b.title || b.classId}
            </th>
          </tr>
        </thead>
        <tbody>
          {labels.map((l, i) => (
            <tr key={i}>
              <th scope="row">{l}</th>
              <td class="num">{ma[i] == null ? '—' : num(ma[i], 0)}</td>
              <td class="num">{mb[i] == null ? '—' : num(mb[i], 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
