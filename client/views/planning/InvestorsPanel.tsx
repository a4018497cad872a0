import type { Role } from '../../../shared/roles';
import { companyVar, roleName } from '../../app/company';
import { Term } from '../../components/Term';
import { MoodGauge } from '../../canvas';
import { isRtl, t, type MessageKey } from '../../i18n';
import { lineLabel } from '../../i18n/engineText';
import { num, numDelta, pct, pctDelta, penalty, price } from '../../i18n/format';
import { companyReport } from '../../planning/data';
import { capexPenaltyShare } from '../../planning/investorFigures';
import { activeRoles, lastReport, type MatchSnapshot } from '../../state/model';
import { ChartSlot } from './ChartSlot';
import { InvestorFiguresList } from './InvestorFiguresList';

// Investors: the mood (the gauge drawn by client/canvas, with its description for screen readers), what moved
// it, the ROI gap, and every company's share price, return since the start, circular share and
// capex penalty; the seat's own valuation figures with what each means.

const BANDS: MessageKey[] = ['mood.band.extremeFear', 'mood.band.fear', 'mood.band.neutral', 'mood.band.greed', 'mood.band.extremeGreed'];

export function InvestorsPanel({ s, role }: { s: MatchSnapshot; role: Role | null }) {
  const r = lastReport(s);
  const mood = s.global.mood;
  const own = role ? companyReport(r, role) : null;
  const causes = r ? [...r.mood.causes].sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount)) : [];
  return (
    <div class="stack">
      <div class="grid-2">
        <ChartSlot chart="mood" title={<Term k="mood">{t('mood.title')}</Term>}>
          <MoodGauge
            title={t('mood.title')}
            value={mood}
            before={r ? r.mood.before : null}
            zones={BANDS.map((k) => t(k)) as [string, string, string, string, string]}
            fearLabel={t('mood.fear')}
            greedLabel={t('mood.greed')}
            format={(v) => num(v, 0)}
            formatDelta={(v) => numDelta(v, 1)}
            changeText={r ? t('mood.changed', { from: num(r.mood.before, 0), to: num(r.mood.after, 0) }) : undefined}
            rtl={isRtl()}
          />
        </ChartSlot>
        <section class="stack-small" aria-labelledby="mood-why">
          <h3 id="mood-why">{r ? t('plan.moodWhy') : t('plan.moodNow')}</h3>
          <dl class="pl-figures">
            <div>
              <dt>
                <Term k="roiGap">{t('inv.roiGap')}</Term>
              </dt>
              <dd class="num">{`${num(s.global.roiGap, 2)}×`}</dd>
            </div>
            {r && (
              <div>
                <dt>
                  <Term help={t('help.aiGrowth')}>{t('inv.aiGrowth')}</Term>
                </dt>
                <dd class="num">{pctDelta(r.mood.aiRevenueGrowth)}</dd>
              </div>
            )}
          </dl>
          {causes.length > 0 && <h4>{t('plan.moodCauses')}</h4>}
          <dl class="pl-figures">
            {causes.map((c) => (
              <div key={c.key}>
                <dt>{lineLabel(`mood.${c.key}`)}</dt>
                <dd class={`num ${c.amount >= 0 ? 'good' : 'bad'}`}>{numDelta(c.amount, 1)}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="inv-table">
        <table class="table">
          <caption id="inv-table">{t('plan.investorTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.company')}</th>
              <th scope="col" class="n">
                {t('co.sharePrice')}
              </th>
              <th scope="col" class="n">
                <Term k="tsr">{t('plan.sinceStart')}</Term>
              </th>
              <th scope="col" class="n">
                <Term k="circular">{t('inv.circular')}</Term>
              </th>
              <th scope="col" class="n">
                <Term k="capexPenalty">{t('inv.capexPenalty')}</Term>
              </th>
            </tr>
          </thead>
          <tbody>
            {activeRoles(s).map((x) => {
              const c = s.companies[x];
              if (!c) return null;
              const tsr = c.bankrupt ? -1 : c.startSharePrice > 0 ? c.sharePrice / c.startSharePrice - 1 : 0;
              const cr = companyReport(r, x);
              return (
                <tr key={x} class={x === role ? 'me' : ''}>
                  <th scope="row">
                    <span class="company-dot" style={{ '--co': companyVar(x) }} aria-hidden="true" />
                    {roleName(x)}
                  </th>
                  <td class="num n">{c.bankrupt ? t('seat.bankrupt') : price(c.sharePrice)}</td>
                  <td class={`num n ${tsr >= 0 ? 'good' : 'bad'}`}>{pctDelta(tsr, 0)}</td>
                  <td class="num n">{cr ? pct(cr.valuation.circularShare ?? 0, 0) : '—'}</td>
                  <td class="num n">{cr ? penalty(capexPenaltyShare(cr.valuation), 1) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {own && <InvestorFiguresList cr={own} quarter={r!.quarter} />}
    </div>
  );
}
