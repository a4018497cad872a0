import type { QuarterReport } from '../../../shared/engine/types';
import { t } from '../../i18n';
import { lineLabel, newsText, quarterLabel } from '../../i18n/engineText';
import { money, num, numDelta, pctDelta } from '../../i18n/format';
import { ChartSlot } from './ChartSlot';
import { FigureTable } from './FigureTable';
import { chipRows, chipSummary, cloudRows, cloudSummary } from './marketRows';

// A quarter's markets and investors, as the results screen showed them: both clearings, the mood
// with the causes of its move, and the quarter's news.

export function MarketsPanel({ report, mood }: { report: QuarterReport | null; mood: number }) {
  if (!report) return <p class="muted">{t('rp.atStart')}</p>;
  const r = report;
  const causes = r.mood.causes.filter((c) => Math.abs(c.amount) >= 0.05);
  return (
    <div class="replay-markets">
      <section class="card stack" aria-labelledby="rp-markets">
        <h3 id="rp-markets">{t('res.markets', { quarter: quarterLabel(r.quarter) })}</h3>
        <div class="grid-auto replay-two">
          <ChartSlot id="rp-chips" title={`${t('mk.chips')}: ${money(r.chips.price)}/${t('unit.gw')}${r.chips.scarce ? ` · ${t('res.scarce')}` : ''}`}>
            <FigureTable caption={t('mk.chips')} data={chipSummary(r)} />
            <FigureTable caption={t('mk.chips')} data={chipRows(r)} />
          </ChartSlot>
          <ChartSlot id="rp-cloud" title={`${t('mk.cloud')}: ${money(r.cloud.price)}/${t('unit.cu')}`}>
            <FigureTable caption={t('mk.cloud')} data={cloudSummary(r)} />
            {r.cloud.offers.length > 0 && <FigureTable caption={t('mk.cloud')} data={cloudRows(r)} />}
          </ChartSlot>
        </div>
      </section>
      <section class="card stack" aria-labelledby="rp-mood">
        <h3 id="rp-mood">{t('mood.title')}</h3>
        <div class="chart-slot replay-mood" role="img" aria-label={t('rp.moodLine', { before: num(r.mood.before, 0), after: num(mood, 0) })}>
          <p class="replay-mood-figure num">
            {num(r.mood.before, 0)} → <strong>{num(mood, 0)}</strong>
          </p>
        </div>
        <dl class="replay-facts">
          <div>
            <dt>{t('inv.roiGap')}</dt>
            <dd class="num">{num(r.mood.roiGap, 2)}×</dd>
          </div>
          <div>
            <dt>{t('inv.aiGrowth')}</dt>
            <dd class="num">{pctDelta(r.mood.aiRevenueGrowth)}</dd>
          </div>
        </dl>
        {causes.length > 0 && (
          <>
            <h4>{t('res.moodCauses')}</h4>
            <dl class="replay-facts">
              {causes.map((c) => (
                <div key={c.key}>
                  <dt>{lineLabel(`mood.${c.key}`)}</dt>
                  <dd class={`num tone-${c.amount >= 0 ? 'good' : 'bad'}`}>{numDelta(c.amount, 1)}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
        <h4>{t('rp.news')}</h4>
        {r.news.length ? (
          <ul class="stack replay-news">
            {r.news.map((n, i) => (
              <li key={i} class={`news-${n.severity}`}>
                {newsText(n)}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">—</p>
        )}
      </section>
    </div>
  );
}
