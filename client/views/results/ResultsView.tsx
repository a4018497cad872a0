import { useEffect } from 'preact/hooks';
import { t } from '../../i18n';
import { quarterLabel, setCalendarStart, setScenario } from '../../i18n/engineText';
import { playCue } from '../../app/sound';
import { seatInfo, snap } from '../../app/store';
import { holdRoute } from '../../app/nav';
import { AppHeader } from '../../components/AppHeader';
import { standingsOf } from '../../planning/data';
import { secondsLeft, timerText } from '../../planning/timer';
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
// news, player first; a spectator sees the standings instead of a company. The final quarter's
// results are held on screen (holdRoute) until the player goes on to the debrief.

export function ResultsView() {
  const s = snap.value;
  const seat = seatInfo.value;
  useClock();
  const report = s && s.reports.length ? s.reports[s.reports.length - 1] : null;
  const role = seat?.role ?? null;
  const mine = report && role ? report.companies.find((c) => c.role === role) ?? null : null;
  const count = s?.reports.length ?? 0;
  const code = s?.code ?? '';

  const finished = !!s?.finished;
  useEffect(() => {
    // A hold left from another match (its final results) must not keep this one on Results.
    if (!finished && holdRoute.value) holdRoute.value = null;
  }, [finished]);
  useEffect(() => {
    if (!s || !report) return;
    markResultsSeen(code, count);
    if (!firstCueFor(code, count)) return;
    const prev = count > 1 && role ? s.reports[count - 2].companies.find((c) => c.role === role)?.valuation.sharePrice : undefined;
    const before = prev ?? (role ? s.companies[role]?.startSharePrice : undefined);
    playCue(mine && before ? (mine.valuation.sharePrice >= before ? 'good' : 'bad') : 'neutral');
  }, [code, count]);

  if (!s || !report) return null;
  setCalendarStart(s.settings.startYear, s.settings.startQuarter);
  setScenario(s.settings.scenario);
  const previous = count > 1 ? s.reports[count - 2] : null;
  const company = role ? s.companies[role] : undefined;
  const title = mine ? t('res.title', { quarter: quarterLabel(report.quarter) }) : t('res.spectating', { quarter: quarterLabel(report.quarter) });
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
            <CompanyQuarter report={report} previous={previous} role={role} startPrice={company.startSharePrice} />
            <SharePriceMove reports={s.reports} role={role} startPrice={company.startSharePrice} shares={company.shares} />
          </>
        ) : (
          <StandingsList standings={standingsOf(s)} />
        )}
        <MoodPanel mood={report.mood} />
        <NewsList news={report.news} role={mine ? role : null} />
        <MarketsSummary report={report} role={mine ? role : null} />
      </div>
      <ResultsFooter snap={s} role={role} isHost={!!seat?.isHost} onDebrief={() => (holdRoute.value = null)} />
    </div>
  );
}
