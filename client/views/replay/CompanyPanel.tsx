import type { QuarterReport } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';
import { t } from '../../i18n';
import { lineLabel, quarterLabel } from '../../i18n/engineText';
import { money, num, numDelta, pct, price } from '../../i18n/format';
import { investorFigures } from '../../planning/investorFigures';
import { company } from '../../replay/store';
import { Waterfall } from '../../canvas';
import { accountWaterfall } from './replayCharts';
import { companyName } from './seatText';

// One company's quarter in full: profit and loss, cash flow, how investors priced it (engine 2's
// investor figures when the record has them) and its capacity.

function Fact({ name, value, tone, help }: { name: string; value: string; tone?: string; help?: string }) {
  return (
    <div title={help}>
      <dt>{name}</dt>
      <dd class={`num${tone ? ` tone-${tone}` : ''}`}>{value}</dd>
    </div>
  );
}

export function CompanyPanel({ roles, report }: { roles: Role[]; report: QuarterReport | null }) {
  const role = company.value && roles.includes(company.value) ? company.value : roles[0];
  if (!role) return null;
  const cr = report?.companies.find((c) => c.role === role);
  return (
    <div class="stack">
      <fieldset class="cluster replay-company-pick">
        <legend>{t('rp.company.pick')}</legend>
        {roles.map((r) => (
          <button key={r} type="button" class={`btn replay-company-btn${r === role ? ' is-current' : ''}`} aria-pressed={r === role} onClick={() => (company.value = r)}>
            <img src={`./companies/${r}.svg`} alt="" width={24} height={24} />
            {companyName(r)}
          </button>
        ))}
      </fieldset>
      <h3 class={`co-${role}`}>
        {companyName(role)}
        {report ? ` · ${quarterLabel(report.quarter)}` : ''}
      </h3>
      {!report || !cr ? (
        <p class="muted">{report ? t('rp.company.none') : t('rp.atStart')}</p>
      ) : (
        <div class="grid-auto replay-accounts">
          <section class="card" aria-labelledby="rp-pnl">
            <h3 id="rp-pnl">{t('cp.pnl')}</h3>
            <Waterfall {...accountWaterfall(cr, 'pnl')} />
          </section>
          <section class="card" aria-labelledby="rp-cash">
            <h3 id="rp-cash">{t('cp.cashflow')}</h3>
            <Waterfall {...accountWaterfall(cr, 'cash')} />
          </section>
          <section class="card stack" aria-labelledby="rp-valuation">
            <h3 id="rp-valuation">{t('rp.company.valuation')}</h3>
            <dl class="replay-facts" data-testid="investor-figures">
              <Fact name={t('co.sharePrice')} value={price(cr.valuation.sharePrice)} />
              <Fact name={t('co.marketCap')} value={money(cr.valuation.marketCap)} />
              <Fact name={t('rp.company.tsr')} value={pct(cr.valuation.tsr)} tone={cr.valuation.tsr >= 0 ? 'good' : 'bad'} />
              {investorFigures(cr).map((f) => (
                <Fact key={f.id} name={f.name} value={f.value} tone={f.tone === 'plain' ? undefined : f.tone} help={f.help} />
              ))}
              <Fact
                name={t('res.sentiment')}
                value={numDelta(cr.sentiment.after - cr.sentiment.before, 2)}
                tone={cr.sentiment.after >= cr.sentiment.before ? 'good' : 'bad'}
                help={cr.sentiment.causes.map((x) => `${lineLabel(x.key)} ${numDelta(x.amount, 2)}`).join('\n')}
              />
              <Fact name={t('co.quality')} value={`${num(cr.quality, 1)} · ${t('co.rank', { rank: cr.qualityRank, of: report.companies.length })}`} />
            </dl>
            <h4>{t('rp.company.capacity')}</h4>
            <dl class="replay-facts">
              <Fact name={t('co.ready')} value={`${num(cr.capacity.installedGW, 2)} ${t('unit.gw')}`} />
              <Fact name={t('res.compute')} value={`${num(cr.capacity.availableCU, 1)} ${t('unit.cu')}`} />
              <Fact name={t('res.split')} value={`${num(cr.capacity.trainingCU, 1)} / ${num(cr.capacity.productsCU, 1)} / ${num(cr.capacity.cloudCU, 1)}`} />
              <Fact name={t('co.stranded')} value={`${num(cr.capacity.strandedGW, 2)} ${t('unit.gw')}`} tone={cr.capacity.strandedGW > 0.005 ? 'warn' : undefined} />
              <Fact name={t('co.onOrder')} value={`${num(cr.capacity.onOrderGW, 2)} ${t('unit.gw')}`} />
            </dl>
          </section>
        </div>
      )}
    </div>
  );
}
