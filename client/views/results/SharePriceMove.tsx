import type { CompanyReport, QuarterReport } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';
import { Waterfall } from '../../canvas';
import { isRtl, t } from '../../i18n';
import { pctDelta, price } from '../../i18n/format';
import { resultsWaterfallColumns } from './waterfallColumns';
import { REVEAL } from './reveal';
import { shareWaterfall } from './resultsCharts';
import { notableCauses, shareMove } from './shareCauses';

// "Why your share price moved": the move from last quarter's report to this one, split into the
// valuation's parts (shareCauses.ts), drawn as a waterfall like the mood's beside it.

export function SharePriceMove(props: { reports: QuarterReport[]; role: Role; startPrice: number; shares: number; animate: boolean }) {
  const { reports, role } = props;
  const find = (r: QuarterReport | undefined): CompanyReport | undefined => r?.companies.find((c) => c.role === role);
  const now = find(reports[reports.length - 1]);
  if (!now) return null;
  const before = reports.length > 1 ? find(reports[reports.length - 2])?.valuation ?? null : null;
  const move = shareMove(before, now.valuation, props.startPrice, props.shares);
  const causes = notableCauses(move);
  return (
    <section class="card stack" aria-labelledby="share-move-title" data-testid="share-move" data-causes={causes.map((c) => c.key).join(' ')}>
      <h2 id="share-move-title">{t('res.share.title')}</h2>
      <p class={`share-summary num ${move.change >= 0 ? 'is-good' : 'is-bad'}`}>
        {t('res.share.summary', { from: price(move.before), to: price(move.after), change: pctDelta(move.change) })}
      </p>
      {move.causes === null ? (
        <p class="muted">{before ? t('res.share.noParts') : t('res.share.first')}</p>
      ) : causes.length === 0 ? (
        <p class="muted">{t('res.share.flat')}</p>
      ) : (
        <>
          <Waterfall title={t('res.share.title')} columns={resultsWaterfallColumns()} {...shareWaterfall(move)} animate={props.animate} animateDelay={REVEAL.shareCauses} rtl={isRtl()} />
          <p class="muted small">{t('res.share.explain')}</p>
        </>
      )}
    </section>
  );
}
