import type { QuarterReport } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';
import { MarketChart } from '../../canvas';
import { isRtl, t } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';
import { money, num } from '../../i18n/format';
import { chipMarketChart, cloudMarketChart } from '../shared/marketCharts';
import { REVEAL } from './reveal';

// How the chip and cloud markets cleared this quarter: each market's curves and clearing point, the
// player's own fill and sales, and the figures in a sentence.

export function MarketsSummary(props: { report: QuarterReport; role: Role | null; animate: boolean }) {
  const { chips, cloud } = props.report;
  const fill = props.role ? chips.fills.find((f) => f.role === props.role) : undefined;
  const sold = props.role ? cloud.offers.find((o) => o.seller === props.role) : undefined;
  const rtl = isRtl();
  return (
    <section class="card stack" aria-labelledby="markets-title" data-testid="markets">
      <h2 id="markets-title">{t('res.markets', { quarter: quarterLabel(props.report.quarter) })}</h2>
      <div class="market" data-chart="chips">
        <h3>{t('mk.chips')}</h3>
        <p class="num">{t('res.markets.chips', { price: money(chips.price), gw: num(chips.quantity, 2) })}</p>
        {chips.scarce && <p class="badge badge-warn">{t('res.scarce')}</p>}
        {fill && fill.requestedGW > 0 && <p class="num">{t('res.markets.yourFill', { filled: num(fill.filledGW, 2), requested: num(fill.requestedGW, 2) })}</p>}
        <MarketChart title={t('mk.chips')} {...chipMarketChart(props.report, props.role)} animate={props.animate} animateDelay={REVEAL.chips} rtl={rtl} />
      </div>
      <div class="market" data-chart="cloud">
        <h3>{t('mk.cloud')}</h3>
        <p class="num">{t('res.markets.cloud', { price: money(cloud.price), cu: num(cloud.quantity, 1) })}</p>
        {sold && sold.soldCU > 0 && <p class="num">{t('res.markets.yourSales', { cu: num(sold.soldCU, 1) })}</p>}
        <MarketChart title={t('mk.cloud')} {...cloudMarketChart(props.report, props.role)} animate={props.animate} animateDelay={REVEAL.cloud} rtl={rtl} />
      </div>
    </section>
  );
}
