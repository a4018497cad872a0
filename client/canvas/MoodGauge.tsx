import { ChartFrame } from './ChartFrame';
import { moodHeight, moodZone, paintMood, type MoodData } from './moodPaint';

export type { MoodData } from './moodPaint';
export { moodZone, MOOD_ZONES } from './moodPaint';

// The investor mood dial, drawn by Phaser; for assistive technology a sentence with the value, its
// zone, the change this quarter and what mood does.

export interface MoodGaugeProps extends MoodData {
  /** "Investor mood": the stage's label and the start of the description. */
  title: string;
  /** Caller-written sentence about the change, e.g. "Moved from 48 to 55 this quarter." */
  changeText?: string;
  /** What the mood means, read after the figures. */
  explain?: string;
  /** Sweep the needle from `before` (Results). */
  animate?: boolean;
  /** ms to wait before animating. */
  animateDelay?: number;
  /** CSS px; default: from the width (180–260). */
  height?: number;
  rtl?: boolean;
}

export function moodDescription(p: MoodGaugeProps): string {
  const parts = [`${p.title}: ${p.format(Math.round(p.value))} — ${p.zones[moodZone(p.value)]}.`];
  if (p.before !== null && !p.changeText) parts.push(`${p.formatDelta(p.value - p.before)}.`);
  if (p.changeText) parts.push(p.changeText);
  if (p.explain) parts.push(p.explain);
  return parts.join(' ');
}

export function MoodGauge(props: MoodGaugeProps) {
  const { title, animate, animateDelay, height, rtl } = props;
  const data: MoodData = { value: props.value, before: props.before, zones: props.zones, fearLabel: props.fearLabel, greedLabel: props.greedLabel, format: props.format, formatDelta: props.formatDelta };
  return (
    <ChartFrame paint={paintMood(data)} data={data} label={title} rtl={rtl} animate={animate} animateDelay={animateDelay} height={height} heightFor={height ? undefined : moodHeight} class="cr-mood">
      <p class="sr-only">{moodDescription(props)}</p>
    </ChartFrame>
  );
}
