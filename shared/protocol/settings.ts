import { z } from 'zod';
import { ROLES, type Role } from '../roles';

// Room settings chosen when a match room is created (and changed by the host in the lobby).

export const PERSONA_IDS = ['classic', 'balanced', 'builder', 'cloud-first', 'frugal'] as const;
export type PersonaId = (typeof PERSONA_IDS)[number];
export const DEFAULT_PERSONA: PersonaId = 'classic';

/** human: a person may claim it (a bot plays it if nobody has at start); bot: always a bot; absent: no company. */
export const SEAT_KINDS = ['human', 'bot', 'absent'] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

export const SETTINGS_LIMITS = {
  quarters: { min: 4, max: 40 },
  /** 0 = no timer: planning ends when everyone submitted or the host resolves. */
  planningSeconds: { min: 0, max: 3600 },
  /** 0 = results stay until every seated player is ready again or the host sends `next`. */
  resultsSeconds: { min: 0, max: 600 },
  reconnectSeconds: { min: 1, max: 300 },
  startYear: { min: 2020, max: 2100 },
  seedLength: { min: 1, max: 64 },
} as const;

export const SETTINGS_DEFAULTS = {
  quarters: 12,
  planningSeconds: 120,
  resultsSeconds: 20,
  reconnectSeconds: 120,
  autopilot: true,
  randomEvents: true,
  startYear: 2026,
  startQuarter: 1 as 1 | 2 | 3 | 4,
  seat: { kind: 'human' as SeatKind, persona: DEFAULT_PERSONA },
} as const;

const int = (min: number, max: number) => z.number().int().min(min).max(max);

export const seatSettingSchema = z.strictObject({
  kind: z.enum(SEAT_KINDS),
  persona: z.enum(PERSONA_IDS).optional(),
});
export type SeatSettingInput = z.infer<typeof seatSettingSchema>;

const seatsShape = Object.fromEntries(ROLES.map((r) => [r, seatSettingSchema.optional()])) as Record<
  Role,
  z.ZodOptional<typeof seatSettingSchema>
>;

/** What a client may send as `settings` when creating a room; every field is optional. */
export const settingsInputSchema = z.strictObject({
  /** Scenario id from GET /api/catalogue; default: the engine's default scenario. */
  scenario: z.string().min(1).max(64).optional(),
  /** Any 1–64 characters of [A-Za-z0-9._-]; random when not given (and always shown in the state). */
  seed: z
    .string()
    .min(SETTINGS_LIMITS.seedLength.min)
    .max(SETTINGS_LIMITS.seedLength.max)
    .regex(/^[A-Za-z0-9._-]+$/, 'seed: only letters, digits, dot, underscore and dash')
    .optional(),
  quarters: int(SETTINGS_LIMITS.quarters.min, SETTINGS_LIMITS.quarters.max).optional(),
  planningSeconds: int(SETTINGS_LIMITS.planningSeconds.min, SETTINGS_LIMITS.planningSeconds.max).optional(),
  resultsSeconds: int(SETTINGS_LIMITS.resultsSeconds.min, SETTINGS_LIMITS.resultsSeconds.max).optional(),
  reconnectSeconds: int(SETTINGS_LIMITS.reconnectSeconds.min, SETTINGS_LIMITS.reconnectSeconds.max).optional(),
  /** When on, a human seat that did not submit is played by its bot; when off it gets GAME.md §7 defaults. */
  autopilot: z.boolean().optional(),
  /** Off: the scenario's events never start by chance; only the ones the host injects or schedules happen. */
  randomEvents: z.boolean().optional(),
  startYear: int(SETTINGS_LIMITS.startYear.min, SETTINGS_LIMITS.startYear.max).optional(),
  startQuarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  seats: z.strictObject(seatsShape).optional(),
});
export type SettingsInput = z.infer<typeof settingsInputSchema>;

export interface SeatSetting {
  kind: SeatKind;
  persona: PersonaId;
}

/** Settings after defaults are applied: what the room runs with. */
export interface RoomSettings {
  scenario: string;
  seed: string;
  quarters: number;
  planningSeconds: number;
  resultsSeconds: number;
  reconnectSeconds: number;
  autopilot: boolean;
  /** Absent = on (rooms saved before the setting existed). */
  randomEvents?: boolean;
  startYear: number;
  startQuarter: 1 | 2 | 3 | 4;
  seats: Record<Role, SeatSetting>;
}

/**
 * The scenario a match with random events off plays: every event's chance set to 0, so only
 * injected events start. The match state (and its record) embeds the scenario, so replays follow.
 */
export function withoutRandomEvents<S extends { events: readonly { probability: number }[] }>(scenario: S): S {
  return { ...scenario, events: scenario.events.map((e) => ({ ...e, probability: 0 })) };
}
