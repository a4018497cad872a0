import type { ClassGroupView, ClassView } from '../../classroom/connection';
import { groupName, phaseLine, tc } from '../../classroom/i18n';
import { newsText, quarterLabel, setCalendarStart } from '../../i18n/engineText';
import { MoodGauge } from '../../canvas';
import { moodProps } from './classCharts';
import { lastReport } from '../../state/model';
import { BoardRow } from './BoardRow';
import { groupTimer } from './GroupCard';
import { useSpectator } from './useSpectator';
import { ProjectorMarkets } from './ProjectorMarkets';

// One group live on the big screen: its chip and cloud markets, share prices, mood, ranking and
// every headline of its last quarter.

export function ProjectorGroup({ v, g, now }: { v: ClassView; g: ClassGroupView; now: number }) {
  const s = useSpectator(g.code);
  if (s) setCalendarStart(s.settings.startYear, s.settings.startQuarter);
  const r = s ? lastReport(s) : null;
  const news = s && r ? s.news.filter((n) => n.quarter === r.quarter) : [];
  return (
    <>
      <header class="proj-head">
        <h1>
          {groupName(g.index)} · <span dir="ltr">{g.code}</span>
        </h1>
        <p class="proj-sub">{phaseLine(g, v)}</p>
        <p class="proj-timer num">{groupTimer(g, now)}</p>
      </header>
      {!s ? (
        <p class="proj-wait" role="status">
          {tc('proj.connecting')}
        </p>
      ) : (
        <div class="proj-group">
          <ProjectorMarkets s={s} />
          <aside class="proj-side">
            <section>
              <h2>{tc('proj.mood')}</h2>
              <MoodGauge {...moodProps(s.global.mood, r ? r.mood.before : null)} />
            </section>
            <section>
              <h2>{tc('proj.ranking')}</h2>
              <ol class="board-list">
                {s.standings.map((st, i) => (
                  <BoardRow
                    key={st.role}
                    rank={i + 1}
                    role={st.role}
                    seatKind={g.seats.find((x) => x.role === st.role)?.kind}
                    tsr={st.tsr}
                    bankrupt={st.bankrupt === true}
                  />
                ))}
              </ol>
            </section>
            {/* Every headline of the quarter: the list scrolls when it is longer than the screen. */}
            <section class="proj-news" aria-labelledby="news-title" tabIndex={0}>
              <h2 id="news-title">
                {tc('proj.news')}
                {r ? ` · ${quarterLabel(r.quarter)}` : ''}
              </h2>
              {news.length === 0 ? (
                <p class="muted">{tc('proj.noNews')}</p>
              ) : (
                <ul>
                  {news.map((n, i) => (
                    <li key={i} class={`news-${n.severity}`}>
                      {newsText(n)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </aside>
        </div>
      )}
    </>
  );
}
