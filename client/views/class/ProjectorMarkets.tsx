import { LineChart, MarketChart } from '../../canvas';
import { lastReport, type MatchSnapshot } from '../../state/model';
import { chipMarket, cloudMarket, liveShares } from './classCharts';

// One group's chip and cloud markets (curves and clearing point of its last quarter) and its share
// prices, drawn by client/canvas at projector size.

export function ProjectorMarkets({ s }: { s: MatchSnapshot }) {
  const r = lastReport(s);
  return (
    <div class="proj-markets">
      <MarketChart {...chipMarket(r, s)} height={400} />
      <MarketChart {...cloudMarket(r, s)} height={400} />
      <LineChart {...liveShares(s)} height={300} />
    </div>
  );
}
