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
    memo.fill(NaN);
  }
  const slot = vintage + MEMO_OFFSET;
  // Vintages are whole quarters; any other number is computed each time (the slot would not be its own).
  if (!(slot >= 0 && slot < MEMO_SIZE && slot === Math.floor(slot))) return generationEfficiency(base, vintage);
  let e = memo[slot]!;
  if (e !== e) {
    e = generationEfficiency(base, vintage);
    memo[slot] = e;
  }
  return e;
}

function generationEfficiency(base: number, vintage: number): number {
  return powInt(Math.sqrt(Math.sqrt(base)), vintage);
}

// Every cohort's efficiency is asked for several times a quarter: the values for the scenario's
// base are remembered (a pure cache; a match runs on one scenario), in a typed array indexed by
// vintage + MEMO_OFFSET (NaN: not computed yet), which is read faster than a Map.
let memoBase = NaN;
const MEMO_OFFSET = 512;
const MEMO_SIZE = 1024;
const memo = new Float64Array(MEMO_SIZE).fill(NaN);
