import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { go, screen } from '../../app/nav';
import { AppHeader } from '../../components/AppHeader';
import { Tabs } from '../../components/Tabs';
import { t } from '../../i18n';
import { scenarioName, setCalendarStart, setScenario } from '../../i18n/engineText';
import { recordDownloadUrl } from '../../replay/api';
import { openRecord } from '../../replay/open';
import { last, loaded, position, REPLAY_TABS, setPlaying, tab, type Loaded, type ReplayTab } from '../../replay/store';
import { ChartsPanel } from './ChartsPanel';
import { CompanyPanel } from './CompanyPanel';
import { ForkDialog } from './ForkDialog';
import { MarketsPanel } from './MarketsPanel';
import { OrdersPanel } from './OrdersPanel';
import { Timeline } from './Timeline';
import { VerifyPanel } from './VerifyPanel';
import './replay.css';

// Replays, step 2 (#/replay/<id>): the match re-run in this browser, on a timeline. Tabs show each
// seat's orders beside what followed, the markets and mood of the quarter, the whole match's
// charts up to that point, any company's accounts, and the verification of every quarter's hash.
// "Play from here" forks a new live match at the current quarter.

function Viewer({ data }: { data: Loaded }) {
  const [forking, setForking] = useState(false);
  const { record } = data;
  setCalendarStart(record.settings.startYear, record.settings.startQuarter);
  setScenario(record.scenarioId);
  const p = position.value;
  const atEnd = p >= record.settings.quarters;
  const report = p > 0 ? (data.reports[p - 1] ?? null) : null;
  const forked = record.meta.forkedFrom ? ` · ${t('rp.forkedFrom', { quarter: record.meta.forkedFrom.quarter })}` : '';
  const leave = () => {
    setPlaying(false);
    go({ name: 'replays' });
  };
  const panels: Record<ReplayTab, () => JSX.Element> = {
    orders: () => <OrdersPanel loaded={data} position={p} />,
    markets: () => <MarketsPanel report={report} />,
    charts: () => <ChartsPanel loaded={data} position={p} />,
    company: () => <CompanyPanel roles={record.settings.activeSeats} report={report} />,
    verify: () => <VerifyPanel loaded={data} />,
  };
  return (
    <>
      <AppHeader
        title={
          <span class="replay-title">
            {t('rp.viewer')} · {scenarioName(record.scenarioId)} · {t('rp.list.seed', { seed: record.seed })}
            {forked}
          </span>
        }
        subtitle={
          <span class={`replay-verified ${data.verified ? 'tone-good' : 'tone-warn'}`} data-verified={String(data.verified)} data-quarters={data.states.length - 1}>
            {data.verified ? `✓ ${t('rp.verified', { n: record.quarters.length })}` : `⚠ ${t('rp.notVerified', { message: data.problem ?? '' })}`}
            {atEnd && data.id && <span id="rp-fork-over"> · {t('rp.fork.over')}</span>}
          </span>
        }
        actions={
          <>
            <button type="button" class="btn btn-quiet" onClick={leave}>
              {t('rp.back')}
            </button>
            {data.id && (
              <>
                <a class="btn" href={recordDownloadUrl(data.id)} download>
                  {t('rp.download')}
                </a>
                <button type="button" class="btn btn-primary" disabled={atEnd} aria-describedby={atEnd ? 'rp-fork-over' : undefined} onClick={() => setForking(true)}>
                  {t('rp.fork')}
                </button>
              </>
            )}
          </>
        }
      />
      <div data-position={p} data-last={last.value} class="stack replay-main">
        <Timeline />
        <Tabs label={t('rp.viewer')} selected={tab.value} onSelect={(v) => (tab.value = v as ReplayTab)} tabs={REPLAY_TABS.map((k) => ({ id: k, label: t(`rp.tab.${k}`), panel: panels[k] }))} />
      </div>
      {forking && data.id && <ForkDialog recordId={data.id} position={p} onClose={() => setForking(false)} />}
    </>
  );
}

export function ReplayView() {
  const where = screen.value;
  const id = where.name === 'replay' ? where.id : '';
  const [problem, setProblem] = useState<string | null>(null);
  const current = loaded.value;
  const ready = current && current.id === id;
  useEffect(() => {
    if (ready) return;
    let live = true;
    setProblem(null);
    void openRecord(id).then((res) => live && !res.ok && setProblem(res.message));
    return () => {
      live = false;
    };
  }, [id, ready]);
  useEffect(() => () => setPlaying(false), []);

  return (
    <div class="screen replay-screen">
      {ready ? (
        <Viewer data={current} />
      ) : (
        <div class="stack">
          <AppHeader title={t('rp.viewer')} />
          <p class={problem ? 'field-error' : 'muted'} role={problem ? 'alert' : 'status'}>
            {problem ?? t('rp.loading')}
          </p>
          <button type="button" class="btn" onClick={() => go({ name: 'replays' })}>
            {t('rp.back')}
          </button>
        </div>
      )}
    </div>
  );
}
