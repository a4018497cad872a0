import type { QuarterReport } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';
import { Waterfall } from '../../canvas';
import { Term } from '../../components/Term';
import { isRtl, t, type MessageKey } from '../../i18n';
import { money, num, numDelta, pct, pctDelta, price } from '../../i18n/format';
import { investorFigures } from '../../planning/investorFigures';
import { pnlWaterfall } from './resultsCharts';
import { resultsWaterfallColumns } from './waterfallColumns';
import { REVEAL } from './reveal';

// The player's company this quarter: four headline figures, the profit and loss line by line as a
// waterfall, compute and what investors make of it.

function Figure(props: { name: string; value: string; tone?: 'good' | 'bad' | 'warn' | 'plain'; note?: string }) {
  return (
    <div class={`figure tone-${props.tone ?? 'plain'}`}>
      <dt>{props.name}</dt>
      <dd class="num">
        {props.value}
        {props.note && <span class="figure-note">{props.note}</span>}
      </dd>
    </div>
  );
}

export function CompanyQuarter(props: { report: QuarterReport; previous: QuarterReport | null; role: Role; startPrice: number; animate: boolean }) {
  const cr = props.report.companies.find((c) => c.role === props.role);
  if (!cr) return null;
  const prev = props.previous?.companies.find((c) => c.role === props.role)?.valuation.sharePrice ?? props.startPrice;
  const change = prev > 0 ? cr.valuation.sharePrice / prev - 1 : 0;
  const revenue = cr.pnl.revenue.reduce((s, l) => s + l.amount, 0);
  const cap = cr.capacity;
  const idle = cap.strandedGW > 0.005 ? t('res.stranded', { gw: num(cap.strandedGW, 2) }) : cap.idleCU > 0.05 ? t('res.idle', { cu: num(cap.idleCU, 1) }) : null;
  const sentiment = cr.sentiment.after - cr.sentiment.before;
  return (
    <section class="card stack company-quarter" aria-labelledby="company-title" data-testid="company-quarter" style={{ '--co': `var(--co-${props.role})` }}>
      <h2 id="company-title" class="company-title">{t('res.yourQuarter', { company: t(`role.${props.role}.name` as MessageKey) })}</h2>
      <dl class="figures" aria-label={t('res.headline')}>
        <Figure name={t('co.revenue')} value={money(revenue)} />
        <Figure name={t('co.netIncome')} value={money(cr.pnl.netIncome)} tone={cr.pnl.netIncome >= 0 ? 'good' : 'bad'} />
        <Figure name={t('co.cash')} value={money(cr.cashFlow.closing)} tone={cr.cashFlow.closing >= 0 ? 'plain' : 'bad'} />
        <Figure name={t('co.sharePrice')} value={price(cr.valuation.sharePrice)} note={t('res.vsLast', { change: pctDelta(change) })} tone={change >= 0 ? 'good' : 'bad'} />
      </dl>
      <h3>{t('cp.pnl')}</h3>
      <Waterfall title={t('cp.pnl')} columns={resultsWaterfallColumns()} {...pnlWaterfall(cr)} animate={props.animate} animateDelay={REVEAL.pnl} rtl={isRtl()} />
      <h3>{t('res.capacity')}</h3>
      <dl class="facts">
        <div>
          <dt>
            <Term k="cu">{t('res.compute')}</Term>
          </dt>
          <dd class="num">{`${num(cap.availableCU, 1)} ${t('unit.cu')}`}</dd>
        </div>
        <div>
          <dt>{t('res.split')}</dt>
          <dd class="num">{`${num(cap.trainingCU, 1)} / ${num(cap.productsCU, 1)} / ${num(cap.cloudCU, 1)} ${t('unit.cu')}`}</dd>
        </div>
        <div>
          <dt>{t('co.quality')}</dt>
          <dd class="num">{`${num(cr.quality, 1)} · ${t('co.rank', { rank: cr.qualityRank, of: props.report.companies.length })}`}</dd>
        </div>
        <div>
          <dt>{t('res.sentiment')}</dt>
          <dd class={`num ${sentiment >= 0 ? 'is-good' : 'is-bad'}`}>{numDelta(sentiment, 2)}</dd>
        </div>
        {investorFigures(cr).map((f) => (
          <div key={f.id}>
            <dt>
              <Term k={f.id} help={f.help}>
                {f.name}
              </Term>
            </dt>
            <dd class={`num tone-${f.tone}`}>{f.value}</dd>
          </div>
        ))}
      </dl>
      {idle ? <p class="warn-text">{idle}</p> : <p class="muted">{t('res.investorsNote', { circ: pct(cr.valuation.circularShare ?? 0, 0), headroom: cr.solvency ? money(cr.solvency.headroom) : '—' })}</p>}
    </section>
  );
}
