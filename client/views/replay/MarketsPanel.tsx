import type { QuarterReport } from '../../../shared/engine/types';
import { MarketChart, MoodGauge, Waterfall } from '../../canvas';
import { t } from '../../i18n';
import { newsText, quarterLabel } from '../../i18n/engineText';
import { money, num, pctDelta } from '../../i18n/format';
import { ChartSlot } from './ChartSlot';
import { FigureTable } from './FigureTable';
import { chipRows, cloudRows } from './marketRows';
import { chipMarketProps, cloudMarketProps, moodCausesProps, moodProps } from './replayCharts';

// A quarter's markets and investors, as the results screen showed them: both clearings with
// their curves and who bought or sold at them, the mood with the causes of its move, and the
// quarter's news.

export function MarketsPanel({ report }: { report: QuarterReport | null }) {
  if (!report) return <p class="muted">{t('rp.atStart')}</p>;
  const r = report;
  const chipTitle = `${t('mk.chips')}: ${money(r.chips.price)}/${t('unit.gw')}${r.chips.scarce ? ` · ${t('res.scarce')}` : ''}`;
  const cloudTitle = `${t('mk.cloud')}: ${money(r.cloud.price)}/${t('unit.cu')}`;
  return (
    <div class="replay-markets">
      <section class="card stack" aria-labelledby="rp-markets">
        <h3 id="rp-markets">{t('res.markets', { quarter: quarterLabel(r.quarter) })}</h3>
        <div class="replay-two">
          <ChartSlot id="rp-chips" title={chipTitle}>
            <MarketChart {...chipMarketProps(r, chipTitle)} />
            <FigureTable caption={t('mk.chips')} data={chipRows(r)} />
          </ChartSlot>
          <ChartSlot id="rp-cloud" title={cloudTitle}>
            <MarketChart {...cloudMarketProps(r, cloudTitle)} />
            {r.cloud.offers.length > 0 && <FigureTable caption={t('mk.cloud')} data={cloudRows(r)} />}
          </ChartSlot>
        </div>
      </section>
      <section class="card stack" aria-labelledby="rp-mood">
        <h3 id="rp-mood">{t('mood.title')}</h3>
        <MoodGauge {...moodProps(r)} />
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
        <Waterfall {...moodCausesProps(r)} />
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
