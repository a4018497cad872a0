import { describe, expect, it } from 'vitest';
import { EngineInputError, ROLES, calendarOf, createMatch, DEFAULT_SCENARIO, efficiency, powInt } from '../../shared/index';

function inputError(fn: () => unknown): EngineInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineInputError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('createMatch', () => {
  it('defaults to 12 quarters, every seat, Q1 2026', () => {
    const s = createMatch(DEFAULT_SCENARIO, {}, 'seed');
    expect(s.settings).toEqual({ quarters: 12, activeSeats: [...ROLES], startYear: 2026, startQuarter: 1 });
    expect(s.quarter).toBe(0);
    expect(s.finished).toBe(false);
    expect(s.global.mood).toBe(65);
    for (const r of ROLES) {
      expect(s.companies[r].active).toBe(true);
      expect(s.companies[r].sharePrice).toBeGreaterThan(0);
      expect(s.companies[r].startSharePrice).toBe(s.companies[r].sharePrice);
    }
    expect(s.contracts.map((c) => `${c.seller}->${c.buyer}`)).toEqual(['microsoft->openai', 'amazon->openai', 'neutral->openai']);
  });

  it('validates settings with field paths', () => {
    expect(inputError(() => createMatch(DEFAULT_SCENARIO, { quarters: 3 }, 's')).message).toMatch(/settings\.quarters: must be at least 4 \(got 3\)/);
    expect(inputError(() => createMatch(DEFAULT_SCENARIO, { quarters: 41 }, 's')).message).toMatch(/settings\.quarters: must be at most 40 \(got 41\)/);
    expect(inputError(() => createMatch(DEFAULT_SCENARIO, { quarters: 6.5 }, 's')).message).toMatch(/settings\.quarters: must be a whole number/);
    expect(inputError(() => createMatch(DEFAULT_SCENARIO, { activeSeats: [] }, 's')).message).toMatch(/settings\.activeSeats/);
    expect(inputError(() => createMatch(DEFAULT_SCENARIO, { activeSeats: ['meta', 'meta'] }, 's')).message).toMatch(/listed twice/);
    expect(inputError(() => createMatch(DEFAULT_SCENARIO, { activeSeats: ['xai' as never] }, 's')).message).toMatch(/settings\.activeSeats\.0: must be one of/);
    expect(inputError(() => createMatch(DEFAULT_SCENARIO, { startQuarter: 5 as never }, 's')).errors[0]?.path).toBe('settings.startQuarter');
    expect(inputError(() => createMatch(DEFAULT_SCENARIO, {}, '')).errors[0]?.path).toBe('seed');
  });

  it('absent seats hand their contracts to the neutral supplier', () => {
    const s = createMatch(DEFAULT_SCENARIO, { activeSeats: ['google', 'openai'], quarters: 8 }, 's');
    expect(s.settings.activeSeats).toEqual(['openai', 'google']);
    expect(s.companies.microsoft.active).toBe(false);
    expect(s.contracts.map((c) => `${c.seller}->${c.buyer}`)).toEqual(['neutral->openai', 'neutral->openai', 'neutral->openai']);
    const noOpenAI = createMatch(DEFAULT_SCENARIO, { activeSeats: ['microsoft'] }, 's');
    expect(noOpenAI.contracts.map((c) => `${c.seller}->${c.buyer}`)).toEqual(['microsoft->neutral']);
  });

  it('calendar and chip generations follow the start quarter', () => {
    expect(calendarOf({ startYear: 2026, startQuarter: 1 }, 0)).toEqual({ year: 2026, q: 1 });
    expect(calendarOf({ startYear: 2026, startQuarter: 1 }, 5)).toEqual({ year: 2027, q: 2 });
    expect(calendarOf({ startYear: 2026, startQuarter: 3 }, 2)).toEqual({ year: 2027, q: 1 });
    // Engine 2: √√1.5 a quarter, so eight quarters are 1.5² and a year back is 1/1.5.
    expect(efficiency(DEFAULT_SCENARIO, 8)).toBeCloseTo(2.25, 12);
    expect(efficiency(DEFAULT_SCENARIO, -4)).toBeCloseTo(1 / 1.5, 12);
    expect(efficiency(DEFAULT_SCENARIO, 1) / efficiency(DEFAULT_SCENARIO, 0)).toBe(Math.sqrt(Math.sqrt(1.5)));
    const later = createMatch(DEFAULT_SCENARIO, { startYear: 2028 }, 's');
    expect(later.companies.meta.cohorts.map((c) => c.year)).toEqual([2025, 2026, 2027]);
  });

  it('the efficiency of a generation is the same remembered or not, inside and outside the remembered vintages, for any base', () => {
    const other = { ...DEFAULT_SCENARIO, efficiencyBase: 2 };
    const exact = (base: number, v: number) => powInt(Math.sqrt(Math.sqrt(base)), v);
    for (const v of [-2000, -513, -512, -40, -1, 0, 1, 39, 511, 512, 2000]) {
      for (let pass = 0; pass < 2; pass++) {
        expect(efficiency(DEFAULT_SCENARIO, v)).toBe(exact(1.5, v));
        expect(efficiency(other, v)).toBe(exact(2, v));
      }
    }
    expect(efficiency(DEFAULT_SCENARIO, -0)).toBe(1);
    expect(() => efficiency(DEFAULT_SCENARIO, 0.5)).toThrow(/integer/);
  });
});
