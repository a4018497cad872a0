import { useEffect, useState } from 'preact/hooks';
import { isRtl, t } from '../../i18n';
import { quarterLabel, setCalendarStart, setScenario } from '../../i18n/engineText';
import { playCue } from '../../app/sound';
import { seatInfo, snap } from '../../app/store';
import { holdRoute } from '../../app/nav';
import { QuarterTransition } from '../../canvas';
import { AppHeader } from '../../components/AppHeader';
import { standingsOf } from '../../planning/data';
import { secondsLeft, timerText } from '../../planning/timer';
import type { MatchSnapshot } from '../../state/model';
import type { Role } from '../../../shared/roles';
import { CompanyQuarter } from './CompanyQuarter';
import { MarketsSummary } from './MarketsSummary';
import { MoodPanel } from './MoodPanel';
import { NewsList } from './NewsList';
import { ResultsFooter } from './ResultsFooter';
import { SharePriceMove } from './SharePriceMove';
import { SoundToggle } from './SoundToggle';
import { StandingsList } from './StandingsList';
import { firstCueFor, markResultsSeen } from './resultsSeen';
import { useClock } from './useClock';
import './results.css';

// Results: the quarter's report. The player's company (figures, profit and loss, compute and
// investors), why the share price and the investors' mood moved, how the markets cleared and the
// news, player first; a spectator sees the standings instead of a company. A new report arrives
// with the quarter transition and a sound cue (once per report, not on a reload); the final
// quarter's results are held on screen (holdRoute) until the player goes on to the debrief.

/** Up for a quarter that raised the player's share price, down for one that cut it; neutral for a spectator. */
function cueFor(s: MatchSnapshot, role: Role | null): 'good' | 'bad' | 'neutral' {
  const n = s.reports.length;
  const now = role ? s.reports[n - 1]?.companies.find((c) => c.role === role)?.valuation.sharePrice : undefined;
  if (now === undefined || !role) return 'neutral';
  const previous = s.reports[n - 2];
  const before = previous ? previous.companies.find((c) => c.role === role)?.valuation.sharePrice : s.companies[role]?.startSharePrice;
  return before === undefined ? 'neutral' : now >= before ? 'good' : 'bad';
}

export function ResultsView() {
  const s = snap.value;
  const seat = seatInfo.value;
  useClock(!!s && !s.finished && secondsLeft(s) !== null);
  const report = s?.reports.at(-1) ?? null;
  const role = seat?.role ?? null;
  const mine = report && role ? report.companies.find((c) => c.role === role) ?? null : null;
  const count = s?.reports.length ?? 0;
  const code = s?.code ?? '';
  // Decided once, at the first render of a report: a new report plays the transition and animates.
  const [fresh, setFresh] = useState(() => !!report && firstCueFor(code, count));
  const [transition, setTransition] = useState(fresh);
  const finished = !!s?.finished;

  useEffect(() => {
    // A hold left from another match (its final results) must not keep this one on Results.
    if (!finished && holdRoute.value) holdRoute.value = null;
  }, [finished]);
  useEffect(() => {
    if (!s || !report) return;
    markResultsSeen(code, count);
    const isNew = fresh || firstCueFor(code, count);
    if (isNew !== fresh) {
      setFresh(true);
      setTransition(true);
    }
    if (isNew) playCue(cueFor(s, role));
  }, [code, count]);

  if (!s || !report) return null;
  setCalendarStart(s.settings.startYear, s.settings.startQuarter);
  setScenario(s.settings.scenario);
  const previous = s.reports[count - 2] ?? null;
  const company = role ? s.companies[role] : undefined;
  const quarter = quarterLabel(report.quarter);
  const title = mine ? t('res.title', { quarter }) : t('res.spectating', { quarter });
  // Charts draw in after the transition, not under it.
  const animate = fresh && !transition;
  return (
    <div class="screen results-screen">
      <AppHeader
        title={title}
        actions={
          <>
            {!s.finished && secondsLeft(s) !== null && (
              <p class="results-timer num" role="timer" aria-label={t('phase.results')}>
                {timerText(s)}
              </p>
            )}
            <SoundToggle />
          </>
        }
      />
      <div class="results-grid">
        {mine && role && company ? (
          <>
            <CompanyQuarter report={report} previous={previous} role={role} startPrice={company.startSharePrice} animate={animate} />
            <SharePriceMove reports={s.reports} role={role} startPrice={company.startSharePrice} shares={company.shares} animate={animate} />
          </>
        ) : (
          <StandingsList standings={standingsOf(s)} />
        )}
        <MoodPanel mood={report.mood} animate={animate} />
        <NewsList news={report.news} role={mine ? role : null} />
        <MarketsSummary report={report} role={mine ? role : null} animate={animate} />
      </div>
      <ResultsFooter snap={s} role={role} isHost={!!seat?.isHost} onDebrief={() => (holdRoute.value = null)} />
      {transition && <QuarterTransition from={t('res.transition.from', { quarter })} to={title} skipLabel={t('res.transition.skip')} rtl={isRtl()} onDone={() => setTransition(false)} />}
    </div>
  );
}
