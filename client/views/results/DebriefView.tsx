import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '../../i18n';
import { setCalendarStart, setScenario } from '../../i18n/engineText';
import { seatInfo, snap } from '../../app/store';
import { go, holdRoute } from '../../app/nav';
import { AppHeader } from '../../components/AppHeader';
import { Tabs } from '../../components/Tabs';
import { standingsOf } from '../../planning/data';
import { AwardsList } from './AwardsList';
import { CircularLessonPanel } from './CircularLessonPanel';
import { DebriefActions } from './DebriefActions';
import { Ranking } from './Ranking';
import { SeriesChart } from './SeriesChart';
import { SoundToggle } from './SoundToggle';
import { cloudRevenueChart, moodChart, qualityChart, sharePriceChart } from './debriefCharts';
import { resultsSeen } from './resultsSeen';
import './results.css';

// Debrief: the final ranking by total shareholder return, the four awards, what to do next (play
// again with the same seed, the replay, CSV) and, in tabs, the match's charts with their legends or
// lesson 7 (circular money) on this match. The last quarter resolves straight into the debrief, so
// its results are shown first (holdRoute) when this page has not shown them.

/** Which tab is open; kept across re-renders (language switch, resize). */
const view = signal('charts');

export function DebriefView() {
  const s = snap.value;
  const role = seatInfo.value?.role ?? null;
  const unseen = !!s && s.finished && s.reports.length > resultsSeen(s.code);
  useEffect(() => {
    if (unseen) holdRoute.value = 'results';
  }, [unseen]);
  if (!s || unseen) return null;
  setCalendarStart(s.settings.startYear, s.settings.startQuarter);
  setScenario(s.settings.scenario);
  const charts = [sharePriceChart(s), moodChart(s), cloudRevenueChart(s), qualityChart(s)];
  return (
    <div class="screen debrief-screen">
      <AppHeader title={t('deb.title')} actions={<SoundToggle />} />
      <div class="debrief-grid">
        <div class="debrief-side stack">
          <Ranking snap={s} standings={standingsOf(s)} role={role} />
          <DebriefActions snap={s} openReplay={(id) => go({ name: 'replay', id })} />
          <AwardsList snap={s} />
        </div>
        <section class="debrief-main stack" aria-label={t('deb.views')}>
          <Tabs
            label={t('deb.views')}
            selected={view.value}
            onSelect={(id) => (view.value = id)}
            tabs={[
              {
                id: 'charts',
                label: t('deb.charts'),
                panel: () => (
                  <div class="chart-grid">
                    {charts.map((c) => (
                      <SeriesChart key={c.id} chart={c} />
                    ))}
                  </div>
                ),
              },
              { id: 'lesson7', label: t('deb.lesson7'), panel: () => <CircularLessonPanel snap={s} /> },
            ]}
          />
        </section>
      </div>
    </div>
  );
}
