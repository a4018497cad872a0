import type { ComponentChildren } from 'preact';
import type { Role } from '../../../shared/roles';
import { Term } from '../../components/Term';
import { t, type MessageKey } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';
import { money, num, pct, pctDelta, price } from '../../i18n/format';
import { capacityOf, commitmentsAhead, qualityRank } from '../../planning/data';
import type { MatchSnapshot } from '../../state/model';

// The seat's company at a glance: money, capacity (ready, idle, stranded, on order, being
// built), model and cloud, last quarter, contracts ahead. Every figure's name explains itself.

function Row({ name, help, children, tone }: { name: string; help: string; children: ComponentChildren; tone?: string }) {
  return (
    <div>
      <dt>
        <Term help={help}>{name}</Term>
      </dt>
      <dd class={`num ${tone ?? ''}`}>{children}</dd>
    </div>
  );
}

export function CompanyPanel({ s, role }: { s: MatchSnapshot; role: Role }) {
  const co = s.companies[role];
  if (!co) return null;
  const tsr = co.startSharePrice > 0 ? co.sharePrice / co.startSharePrice - 1 : 0;
  const cap = capacityOf(co);
  const gw = (v: number) => `${num(v, 2)} ${t('unit.gw')}`;
  const qr = qualityRank(s, role);
  const last = co.history.length ? co.history[co.history.length - 1] : null;
  const ahead = commitmentsAhead(s, role);
  let cloud = t(`status.${co.cloud.status}` as MessageKey);
  if (co.cloud.status === 'launching' && co.cloud.readyQuarter !== null) cloud = t('co.cloudLiveFrom', { quarter: quarterLabel(co.cloud.readyQuarter) });
  if (co.cloud.status === 'live') cloud = t('co.cloudLive', { rep: pct(co.cloud.reputation, 0) });
  return (
    <div class="stack pl-company-panel">
      <h2 id="plan-company-title">{t('co.title')}</h2>
      <dl class="pl-figures">
        <Row name={t('co.cash')} help={t('help.cash')} tone={co.cash < 0 ? 'bad' : ''}>
          {money(co.cash)}
        </Row>
        <Row name={t('co.debt')} help={t('help.debt')}>
          {co.debt + co.revolver > 0 ? `${money(co.debt + co.revolver)} · ${pct(co.debtRate, 1)}` : money(0)}
        </Row>
        <Row name={role === 'openai' ? t('co.impliedPrice') : t('co.sharePrice')} help={t('plan.sharePriceHelp')} tone={tsr >= 0 ? 'good' : 'bad'}>
          {`${price(co.sharePrice)} · ${t('plan.sinceStartValue', { value: pctDelta(tsr) })}`}
        </Row>
        <Row name={t('co.marketCap')} help={t('help.marketCap')}>
          {money(co.sharePrice * co.shares)}
        </Row>
      </dl>
      <h3>{t('co.capacity')}</h3>
      <dl class="pl-figures">
        <Row name={t('co.ready')} help={t('help.ready')}>
          {gw(cap.installedGW)}
        </Row>
        <Row name={t('co.idle')} help={t('help.idle')} tone={cap.idleShellGW > 0.005 ? 'warn' : ''}>
          {gw(cap.idleShellGW)}
        </Row>
        <Row name={t('co.stranded')} help={t('help.stranded')} tone={cap.strandedGW > 0.005 ? 'bad' : ''}>
          {gw(cap.strandedGW)}
        </Row>
        <Row name={t('co.onOrder')} help={t('help.onOrder')}>
          {gw(cap.onOrderGW)}
        </Row>
        <Row name={t('co.building')} help={t('help.building')}>
          {cap.building.length === 0 ? t('common.none') : cap.building.map((b, i) => <span key={i} class="pl-block">{t('co.buildingRow', { gw: num(b.gw, 2), quarter: quarterLabel(b.readyQuarter) })}</span>)}
        </Row>
      </dl>
      <h3>{t('co.modelCloud')}</h3>
      <dl class="pl-figures">
        <Row name={t('co.quality')} help={t('help.quality')}>
          {`${num(co.quality, 1)} · ${t('co.rank', { rank: qr.rank, of: qr.of })}`}
        </Row>
        <Row name={t('co.cloud')} help={t('help.cloud')}>
          {cloud}
        </Row>
      </dl>
      <h3>{last ? `${t('co.lastQuarter')} · ${quarterLabel(last.quarter)}` : t('co.lastQuarter')}</h3>
      {last ? (
        <dl class="pl-figures">
          <Row name={t('co.revenue')} help={t('help.revenue')}>
            {money(last.revenue)}
          </Row>
          <Row name={t('co.ebitda')} help={t('help.ebitda')} tone={last.ebitda < 0 ? 'bad' : ''}>
            {money(last.ebitda)}
          </Row>
          <Row name={t('co.netIncome')} help={t('help.netIncome')} tone={last.netIncome < 0 ? 'bad' : ''}>
            {money(last.netIncome)}
          </Row>
          <Row name={t('co.ocf')} help={t('help.ocf')} tone={last.operatingCashFlow < 0 ? 'bad' : ''}>
            {money(last.operatingCashFlow)}
          </Row>
          <Row name={t('co.capex')} help={t('help.capex')}>
            {money(last.capex)}
          </Row>
        </dl>
      ) : (
        <p class="muted">{t('co.noHistory')}</p>
      )}
      <dl class="pl-figures">
        <Row name={t('co.commitments')} help={t('help.commitments')} tone={ahead.pay > 0 ? 'warn' : ''}>
          {money(ahead.pay)}
        </Row>
        {ahead.receive > 0 && (
          <Row name={t('co.receipts')} help={t('help.receipts')} tone="good">
            {money(ahead.receive)}
          </Row>
        )}
      </dl>
    </div>
  );
}
