import { z } from 'zod';
import { ROLES, seatIndex, type Role } from '../roles';
import { zodIssuesToErrors } from '../orders/zod-errors';
import { EngineInputError, makeError } from './errors';
import type { MatchSettings } from './types';
import type { Scenario } from './scenario-types';

const settingsSchema = z
  .object({
    quarters: z.number().int().min(4).max(40),
    activeSeats: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
    startYear: z.number().int().min(2000).max(2100),
    startQuarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  })
  .strict();

export function defaultSettings(scenario: Scenario): MatchSettings {
  return { quarters: 12, activeSeats: [...ROLES], startYear: scenario.startYear, startQuarter: scenario.startQuarter };
}

/** Fills defaults and validates; throws EngineInputError with field-level errors. Seats come back in seat order. */
export function resolveSettings(scenario: Scenario, input: Partial<MatchSettings> | undefined): MatchSettings {
  if (input !== undefined && (input === null || typeof input !== 'object' || Array.isArray(input)))
    throw new EngineInputError([makeError('settings', 'field.type', { expected: 'an object' })]);
  const given = Object.fromEntries(Object.entries(input ?? {}).filter(([, v]) => v !== undefined));
  const merged = { ...defaultSettings(scenario), ...given };
  const parsed = settingsSchema.safeParse(merged);
  if (!parsed.success) throw new EngineInputError(zodIssuesToErrors(parsed.error.issues, merged, 'settings'));
  const seats = parsed.data.activeSeats;
  if (new Set(seats).size !== seats.length)
    throw new EngineInputError([makeError('settings.activeSeats', 'settings.activeSeats', { reason: 'a seat is listed twice' })]);
  const sorted = [...seats].sort((a: Role, b: Role) => seatIndex(a) - seatIndex(b));
  return { ...parsed.data, activeSeats: sorted };
}
