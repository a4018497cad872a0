import { tc, findingText } from '../../classroom/i18n';
import { t } from '../../i18n';
import type { MatchSnapshot } from '../../state/model';
import { circularChart } from './debriefCharts';
import { SeriesChart } from './SeriesChart';

// Lesson 7, circular money, on this match: each company's circular share over time, what the match
// shows and two questions to discuss.

export function CircularLessonPanel(props: { snap: MatchSnapshot }) {
  const { chart, lesson } = circularChart(props.snap);
  const finding = findingText(lesson);
  return (
    <div class="lesson stack" data-testid="lesson7">
      <SeriesChart chart={chart} />
      <section class="card stack" aria-labelledby="finding-title">
        <h3 id="finding-title">{t('deb.finding')}</h3>
        <p data-testid="finding">{finding}</p>
      </section>
      <section class="card stack" aria-labelledby="discuss-title">
        <h3 id="discuss-title">{t('deb.discuss')}</h3>
        <ul class="prompts">
          <li>{tc('lesson.circularMoney.prompt1')}</li>
          <li>{tc('lesson.circularMoney.prompt2')}</li>
        </ul>
      </section>
    </div>
  );
}
