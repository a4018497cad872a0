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
 * Chip generation efficiency: CU per GW per quarter of chips delivered in `year`,
 * `base^(year − startYear)`; the match's start year is the 2026 generation of GAME.md.
 */
export function efficiency(scenario: Scenario, settings: Pick<MatchSettings, 'startYear'>, year: number): number {
  return powInt(scenario.efficiencyBase, year - settings.startYear);
}
