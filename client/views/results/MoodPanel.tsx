import type { MoodReport } from '../../../shared/engine/types';
import { MoodGauge, Waterfall } from '../../canvas';
import { Term } from '../../components/Term';
import { isRtl, t } from '../../i18n';
import { num, numDelta, pctDelta } from '../../i18n/format';
import { moodWaterfall } from './resultsCharts';
import { MOOD_BANDS, moodBand } from './moodBand';
import { resultsWaterfallColumns } from './waterfallColumns';
import { REVEAL } from './reveal';

// Investor mood after the quarter: the gauge (the needle swings from where the quarter began), the
// industry figures that drive it and "why the mood moved", cause by cause, as a waterfall.

export function MoodPanel(props: { mood: MoodReport; animate: boolean }) {
  const m = props.mood;
  const band = moodBand(m.after);
  const moved = m.causes.some((c) => Math.abs(c.amount) >= 0.05);
  const rtl = isRtl();
  return (
    <section class="card stack" aria-labelledby="mood-title" data-testid="mood-panel">
      <h2 id="mood-title">{t('mood.title')}</h2>
      <p class="mood-value num">{t('res.mood.move', { from: num(m.before, 0), to: num(m.after, 0), band: t(band.key) })}</p>
      <MoodGauge
        title={t('mood.title')}
        value={m.after}
        before={m.before}
        zones={MOOD_BANDS.map((b) => t(b.key)) as [string, string, string, string, string]}
        fearLabel={t('mood.fear')}
        greedLabel={t('mood.greed')}
        format={(v) => num(v, 0)}
        formatDelta={(v) => numDelta(v, 1)}
        changeText={t('mood.changed', { from: num(m.before, 0), to: num(m.after, 0) })}
        animate={props.animate}
        animateDelay={REVEAL.moodGauge}
        rtl={rtl}
      />
      <dl class="facts">
        <div>
          <dt>
            <Term k="roiGap">{t('inv.roiGap')}</Term>
          </dt>
          <dd class="num">{num(m.roiGap, 2)}×</dd>
        </div>
        <div>
          <dt>{t('inv.aiGrowth')}</dt>
          <dd class="num">{pctDelta(m.aiRevenueGrowth)}</dd>
        </div>
      </dl>
      <h3>{t('res.moodCauses')}</h3>
      {moved ? <Waterfall title={t('res.moodCauses')} columns={resultsWaterfallColumns()} {...moodWaterfall(m)} animate={props.animate} animateDelay={REVEAL.moodCauses} rtl={rtl} /> : <p class="muted">{t('res.mood.none')}</p>}
      <p class="muted small">{t('mood.explain')}</p>
    </section>
  );
}
