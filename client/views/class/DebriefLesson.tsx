import type { Lesson } from '../../../shared/classroom/lessons';
import { findingText, tc } from '../../classroom/i18n';
import { DebriefChart } from './DebriefChart';

// One lesson: what it says, the chart that shows it in this class's data, what the class's
// numbers found, and two questions to discuss.

export function DebriefLesson({ lesson }: { lesson: Lesson }) {
  return (
    <article class="debrief-lesson" data-lesson={lesson.id} data-finding={lesson.finding.key}>
      <header>
        <h2>
          {lesson.number} · {tc(`lesson.${lesson.id}.title`)}
        </h2>
        <p class="muted">{tc(`lesson.${lesson.id}.text`)}</p>
      </header>
      <div class="lesson-body">
        <DebriefChart title={tc(`lesson.${lesson.id}.chart`)} chart={lesson.chart} />
        <div class="stack">
          <section class="card" aria-labelledby={`finding-${lesson.id}`}>
            <h3 id={`finding-${lesson.id}`}>{tc('deb.finding')}</h3>
            <p class="finding">{findingText(lesson)}</p>
          </section>
          <section class="card" aria-labelledby={`discuss-${lesson.id}`}>
            <h3 id={`discuss-${lesson.id}`}>{tc('deb.discuss')}</h3>
            <ul class="prompts">
              <li>{tc(`lesson.${lesson.id}.prompt1`)}</li>
              <li>{tc(`lesson.${lesson.id}.prompt2`)}</li>
            </ul>
          </section>
        </div>
      </div>
    </article>
  );
}
