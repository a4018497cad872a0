import type { Role } from '../../../shared/roles';
import { Term } from '../../components/Term';
import { MarketChart } from '../../canvas';
import { isRtl, t } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';
import { money, num, pct } from '../../i18n/format';
import { lastReport, type MatchSnapshot } from '../../state/model';
import { ChartSlot } from './ChartSlot';
import { chipMarketChart, cloudMarketChart } from '../shared/marketCharts';

// Markets: the figures that set this quarter's prices, the last chip and cloud clearings (drawn by
// client/canvas, with their tables for assistive technology) and the prices by quarter.

export function MarketsPanel({ s, role }: { s: MatchSnapshot; role: Role | null }) {
  const r = lastReport(s);
  const g = s.global;
  const mineChips = r && role ? r.chips.fills.find((f) => f.role === role) : undefined;
  const mineCloud = r && role ? r.cloud.offers.find((o) => o.seller === role) : undefined;
  const gw = t('unit.gw');
  const cu = t('unit.cu');
  return (
    <div class="stack">
      <dl class="pl-figures pl-figures-auto">
        <div>
          <dt>{t('mk.listPrice')}</dt>
          <dd class="num">{`${money(g.chipListPrice)}/${gw}`}</dd>
        </div>
        <div>
          <dt>{t('mk.supplyCap')}</dt>
          <dd class="num">{`${num(g.chipSupplyCap, 1)} ${gw}`}</dd>
        </div>
        <div>
          <dt>{t('mk.cloudPrice')}</dt>
          <dd class="num">{`${money(g.lastCloudPrice)}/${cu}`}</dd>
        </div>
        <div>
          <dt>{t('mk.aiSpend')}</dt>
          <dd class="num">{money(g.aiProductSpend)}</dd>
        </div>
        <div>
          <dt>{t('mk.baseRate')}</dt>
          <dd class="num">{pct(g.baseRate, 1)}</dd>
        </div>
      </dl>
      {!r && (
        <section class="notice" aria-labelledby="primer-title">
          <h3 id="primer-title">{t('primer.title')}</h3>
          <ul>
            <li>{t('primer.chips', { list: money(g.chipListPrice), cap: num(g.chipSupplyCap, 1), neutral: num(g.neutralChipDemand, 1) })}</li>
            <li>{t('primer.build', { grid: num(g.gridAdditions, 1) })}</li>
            <li>{t('primer.cloud', { dref: num(g.cloudDref, 0), price: money(g.lastCloudPrice) })}</li>
            <li>{t('primer.products', { spend: money(g.aiProductSpend) })}</li>
          </ul>
        </section>
      )}
      <div class="grid-2">
        <ChartSlot chart="chips" title={<Term help={t('help.chipMarket')}>{r ? `${t('mk.chips')} · ${quarterLabel(r.quarter)}` : t('mk.chips')}</Term>}>
          {r ? (
            <>
              <MarketChart title={t('mk.chips')} {...chipMarketChart(r, role)} rtl={isRtl()} />
              <p class="pl-chart-note num">
                {t('plan.clearingPrice')}: {`${money(r.chips.price)}/${gw}`} · {`${num(r.chips.quantity, 2)} ${gw}`}
                {mineChips && mineChips.requestedGW > 0 && <> · {t('common.you')}: {t('plan.filledOf', { filled: num(mineChips.filledGW, 2), asked: num(mineChips.requestedGW, 2), unit: gw })}</>}
              </p>
            </>
          ) : (
            <p class="muted">{t('mk.chipsEmpty', { list: money(g.chipListPrice), cap: num(g.chipSupplyCap, 1) })}</p>
          )}
        </ChartSlot>
        <ChartSlot chart="cloud" title={<Term help={t('help.cloudMarket')}>{r ? `${t('mk.cloud')} · ${quarterLabel(r.quarter)}` : t('mk.cloud')}</Term>}>
          {r ? (
            <>
              <MarketChart title={t('mk.cloud')} {...cloudMarketChart(r, role)} rtl={isRtl()} />
              <p class="pl-chart-note num">
                {t('plan.clearingPrice')}: {`${money(r.cloud.price)}/${cu}`} · {`${num(r.cloud.quantity, 1)} ${cu}`}
                {mineCloud && mineCloud.offeredCU > 0 && <> · {t('common.you')}: {t('plan.filledOf', { filled: num(mineCloud.soldCU, 1), asked: num(mineCloud.offeredCU, 1), unit: cu })}</>}
              </p>
            </>
          ) : (
            <p class="muted">{t('mk.cloudEmpty', { price: money(g.lastCloudPrice) })}</p>
          )}
        </ChartSlot>
      </div>
      {s.reports.length > 0 && (
        <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="market-history">
          <table class="table">
            <caption id="market-history">{t('plan.marketHistory')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.quarter')}</th>
                <th scope="col" class="n">{`${t('mk.chipPrice')} (${t('unit.perGW')})`}</th>
                <th scope="col" class="n">{`${t('mk.cloudPrice')} (${t('unit.perCU')})`}</th>
                <th scope="col" class="n">{t('mk.aiSpend')}</th>
              </tr>
            </thead>
            <tbody>
              {[...s.reports].reverse().slice(0, 8).map((q) => (
                <tr key={q.quarter}>
                  <th scope="row">{quarterLabel(q.quarter)}</th>
                  <td class="num n">{money(q.chips.price)}</td>
                  <td class="num n">{money(q.cloud.price)}</td>
                  <td class="num n">{money(q.products.spend)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
