import { powInt } from '../math/index';
import type { CalendarQuarter, MatchSettings } from './types';
import type { Scenario } from './scenario-types';

/** Calendar quarter of match quarter t (t = 0 is the first quarter played). */
export function calendarOf(settings: Pick<MatchSettings, 'startYear' | 'startQuarter'>, t: number): CalendarQuarter {
  const idx = settings.startQuarter - 1 + t;
  const year = settings.startYear + Math.floor(idx / 4);
  const q = (idx - Math.floor(idx / 4) * 4 + 1) as 1 | 2 | 3 | 4;
  return { year, q };
}

export function calendarLabel(c: CalendarQuarter): string {
  return `Q${c.q} ${c.year}`;
}

/**
 * Chip generation efficiency (engine 2, GAME.md 12.1.5): CU per GW per quarter of chips delivered for
 * match quarter `vintage` (0 = the first quarter played, negative = before the match),
 * `sqrt(sqrt(base))^vintage`: the yearly factor `base` spread evenly over four quarters, no yearly step.
 */
export function efficiency(scenario: Scenario, vintage: number): number {
  return powInt(Math.sqrt(Math.sqrt(scenario.efficiencyBase)), vintage);
}
