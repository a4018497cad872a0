import type { ClassData } from '../../../shared/classroom/data';
import { LESSON_IDS, capexRevenuePaths, moodPaths, type Lesson, type LessonChart, type LessonId } from '../../../shared/classroom/lessons';
import type { Role } from '../../../shared/roles';
import { tc } from '../../classroom/i18n';

// The class debrief's sections (overview, capex, mood, the seven lessons, comparison) and the chart
// each one shows: what the page draws and what the ZIP export writes, from one place.

export type Section = 'overview' | 'capex' | 'mood' | LessonId | 'compare';
export const SECTIONS: Section[] = ['overview', 'capex', 'mood', ...LESSON_IDS, 'compare'];

export function sectionName(s: Section, lessons: readonly Lesson[]): string {
  const lesson = lessons.find((l) => l.id === s);
  if (lesson) return `${lesson.number} · ${tc(`lesson.${lesson.id}.short`)}`;
  return tc(`deb.nav.${s as 'overview' | 'capex' | 'mood' | 'compare'}`);
}

export interface SectionChart {
  /** File stem in the ZIP, e.g. "capex-meta", "reflexivity". */
  file: string;
  title: string;
  chart: LessonChart;
}

/** Every chart of the debrief (capex for each company that played), in the order of the sections. */
export function allCharts(data: ClassData, lessons: readonly Lesson[], roles: readonly Role[], roleName: (r: Role) => string): SectionChart[] {
  const out: SectionChart[] = roles.map((r) => ({ file: `capex-${r}`, title: tc('deb.capex.title', { company: roleName(r) }), chart: capexRevenuePaths(data, r) }));
  out.push({ file: 'mood', title: tc('deb.mood.title'), chart: moodPaths(data) });
  for (const l of lessons) out.push({ file: `lesson-${l.number}-${l.id}`, title: tc(`lesson.${l.id}.chart`), chart: l.chart });
  return out;
}
