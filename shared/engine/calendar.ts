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
  const base = scenario.efficiencyBase;
  if (base !== memoBase) {
    memoBase = base;
    memo.clear();
  }
  let e = memo.get(vintage);
  if (e === undefined) {
    e = generationEfficiency(base, vintage);
    if (memo.size < MEMO_LIMIT) memo.set(vintage, e);
  }
  return e;
}

function generationEfficiency(base: number, vintage: number): number {
  return powInt(Math.sqrt(Math.sqrt(base)), vintage);
}

// Every cohort's efficiency is asked for several times a quarter: the values for the scenario's
// base are remembered (a pure cache, bounded; a match runs on one scenario).
let memoBase = NaN;
const memo = new Map<number, number>();
const MEMO_LIMIT = 1024;
