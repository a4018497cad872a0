import type { CompanyReport, QuarterReport } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';
import { getLocale, t, type MessageKey } from '../../i18n';
import { pctDelta, price } from '../../i18n/format';
import { CauseBars } from './CauseBars';
import { notableCauses, shareMove } from './shareCauses';

// "Why your share price moved": the move from last quarter's report to this one, split into the
// valuation's parts (shareCauses.ts), like the mood breakdown beside it.

/** A per-share change with its sign: "+$1.20", "−$0.35" (the sign kept on the left in Arabic). */
function signedPrice(v: number): string {
  if (v < 0) return price(v);
  return `${getLocale() === 'ar' ? '\u200e' : ''}+${price(v)}`;
}

export function SharePriceMove(props: { reports: QuarterReport[]; role: Role; startPrice: number; shares: number }) {
  const { reports, role } = props;
  const find = (r: QuarterReport | undefined): CompanyReport | undefined => r?.companies.find((c) => c.role === role);
  const now = find(reports[reports.length - 1]);
  if (!now) return null;
  const before = reports.length > 1 ? find(reports[reports.length - 2])?.valuation ?? null : null;
  const move = shareMove(before, now.valuation, props.startPrice, props.shares);
  const rows = notableCauses(move).map((c) => ({
    key: c.key,
    label: t(`res.share.cause.${c.key}` as MessageKey),
    amount: c.amount,
    text: signedPrice(c.amount),
  }));
  return (
    <section class="card stack" aria-labelledby="share-move-title" data-testid="share-move">
      <h2 id="share-move-title">{t('res.share.title')}</h2>
      <p class={`share-summary num ${move.change >= 0 ? 'is-good' : 'is-bad'}`}>
        {t('res.share.summary', { from: price(move.before), to: price(move.after), change: pctDelta(move.change) })}
      </p>
      {move.causes === null ? (
        <p class="muted">{before ? t('res.share.noParts') : t('res.share.first')}</p>
      ) : rows.length === 0 ? (
        <p class="muted">{t('res.share.flat')}</p>
      ) : (
        <>
          <CauseBars id="share-causes" caption={t('res.share.title')} rows={rows} />
          <p class="muted small">{t('res.share.explain')}</p>
        </>
      )}
    </section>
  );
}
