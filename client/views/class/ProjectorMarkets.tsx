import { LineChart, MarketChart } from '../../canvas';
import { lastReport, type MatchSnapshot } from '../../state/model';
import { chipMarket, cloudMarket, liveShares } from './classCharts';
import { t } from '../../i18n';
import { tc } from '../../classroom/i18n';

// One group's chip and cloud markets (curves and clearing point of its last quarter) and its share
// prices, drawn by client/canvas at projector size.

export function ProjectorMarkets({ s }: { s: MatchSnapshot }) {
  const r = lastReport(s);
  return (
    <div class="proj-markets">
      <section aria-labelledby="chips-title">
        <h2 id="chips-title">{t('mk.chips')}</h2>
        <MarketChart {...chipMarket(r, s)} height={380} />
      </section>
      <section aria-labelledby="cloud-title">
        <h2 id="cloud-title">{t('mk.cloud')}</h2>
        <MarketChart {...cloudMarket(r, s)} height={380} />
      </section>
      <section aria-labelledby="shares-title">
        <h2 id="shares-title">{tc('proj.shares')}</h2>
        <LineChart {...liveShares(s)} height={280} />
      </section>
    </div>
  );
}
