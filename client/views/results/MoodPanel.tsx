import type { MoodReport } from '../../../shared/engine/types';
import { t } from '../../i18n';
import { lineLabel } from '../../i18n/engineText';
import { num, numDelta, pctDelta } from '../../i18n/format';
import { CauseBars } from './CauseBars';
import { moodBand } from './moodBand';

// Investor mood after the quarter: where it stands (the gauge's slot with its value as a meter),
// the industry figures that drive it and "why the mood moved", cause by cause.

export function MoodPanel(props: { mood: MoodReport }) {
  const m = props.mood;
  const band = moodBand(m.after);
  const rows = m.causes
    .filter((c) => Math.abs(c.amount) >= 0.05)
    .map((c) => ({ key: c.key, label: lineLabel(`mood.${c.key}`), amount: c.amount, text: numDelta(c.amount, 1) }));
  return (
    <section class="card stack" aria-labelledby="mood-title" data-testid="mood-panel">
      <h2 id="mood-title">{t('mood.title')}</h2>
      <div class="chart-slot mood-slot">
        <p class="mood-value num">{t('res.mood.move', { from: num(m.before, 0), to: num(m.after, 0), band: t(band.key) })}</p>
        <meter class={`mood-meter tone-${band.tone}`} min={0} max={100} low={30} high={70} optimum={50} value={m.after} aria-label={t('mood.title')}>
          {num(m.after, 0)}
        </meter>
      </div>
      <dl class="facts">
        <div>
          <dt>{t('inv.roiGap')}</dt>
          <dd class="num">{num(m.roiGap, 2)}×</dd>
        </div>
        <div>
          <dt>{t('inv.aiGrowth')}</dt>
          <dd class="num">{pctDelta(m.aiRevenueGrowth)}</dd>
        </div>
      </dl>
      <h3>{t('res.moodCauses')}</h3>
      {rows.length ? <CauseBars id="mood-causes" caption={t('res.moodCauses')} rows={rows} /> : <p class="muted">{t('res.mood.none')}</p>}
      <p class="muted small">{t('mood.explain')}</p>
    </section>
  );
}
