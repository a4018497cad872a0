import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { ROLES, type Role } from '../../shared/roles';
import {
  DEFAULT_PERSONA,
  SETTINGS_DEFAULTS,
  SETTINGS_LIMITS,
  settingsInputSchema,
  type FieldError,
  type RoomSettings,
  type SettingsInput,
} from '../../shared/protocol';
import { defaultScenarioId, findScenario, type MatchSettings } from './engine';

// Room settings: defaults, validation with errors naming each field, and the engine's MatchSettings.

export type SettingsResult = { ok: true; settings: RoomSettings } | { ok: false; errors: FieldError[] };

export function zodFieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys ?? [] : [];
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const where = path || '(payload)';
    const message =
      issue.code === 'unrecognized_keys'
        ? `${where}: unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `'${k}'`).join(', ')}`
        : `${where}: ${issue.message}`;
    return { path: where, key: `protocol.${issue.code}`, params: {}, message };
  });
}

export function randomSeed(): string {
  return randomBytes(6).toString('hex');
}

/** Applies `input` on top of `base` (or the defaults) and validates the result. */
export function resolveSettings(input: unknown, base?: RoomSettings): SettingsResult {
  const parsed = settingsInputSchema.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, errors: zodFieldErrors(parsed.error, 'settings') };
  const s: SettingsInput = parsed.data;
  const seats = {} as RoomSettings['seats'];
  for (const role of ROLES) {
    const given = s.seats?.[role];
    const prev = base?.seats[role];
    seats[role] = {
      kind: given?.kind ?? prev?.kind ?? SETTINGS_DEFAULTS.seat.kind,
      persona: given?.persona ?? prev?.persona ?? DEFAULT_PERSONA,
    };
  }
  const settings: RoomSettings = {
    scenario: s.scenario ?? base?.scenario ?? defaultScenarioId(),
    seed: s.seed ?? base?.seed ?? randomSeed(),
    quarters: s.quarters ?? base?.quarters ?? SETTINGS_DEFAULTS.quarters,
    planningSeconds: s.planningSeconds ?? base?.planningSeconds ?? SETTINGS_DEFAULTS.planningSeconds,
    resultsSeconds: s.resultsSeconds ?? base?.resultsSeconds ?? SETTINGS_DEFAULTS.resultsSeconds,
    reconnectSeconds: s.reconnectSeconds ?? base?.reconnectSeconds ?? SETTINGS_DEFAULTS.reconnectSeconds,
    autopilot: s.autopilot ?? base?.autopilot ?? SETTINGS_DEFAULTS.autopilot,

    startYear: s.startYear ?? base?.startYear ?? SETTINGS_DEFAULTS.startYear,
    startQuarter: s.startQuarter ?? base?.startQuarter ?? SETTINGS_DEFAULTS.startQuarter,
    seats,
  };
  // Kept only when off, so rooms with the default show the same settings as before the option existed.
  if ((s.randomEvents ?? base?.randomEvents ?? SETTINGS_DEFAULTS.randomEvents) === false) settings.randomEvents = false;
  const errors: FieldError[] = [];
  if (!findScenario(settings.scenario)) {
    errors.push({
      path: 'settings.scenario',
      key: 'protocol.unknown_scenario',
      params: { scenario: settings.scenario },
      message: `settings.scenario: unknown scenario '${settings.scenario}' (see GET /api/catalogue)`,
    });
  }
  if (activeRoles(settings).length === 0) {
    errors.push({
      path: 'settings.seats',
      key: 'protocol.no_active_seat',
      params: {},
      message: 'settings.seats: at least one seat must be human or bot (all five are absent)',
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, settings };
}

export function activeRoles(settings: RoomSettings): Role[] {
  return ROLES.filter((r) => settings.seats[r].kind !== 'absent');
}

export function toMatchSettings(settings: RoomSettings): MatchSettings {
  return {
    quarters: settings.quarters,
    activeSeats: activeRoles(settings),
    startYear: settings.startYear,
    startQuarter: settings.startQuarter,
  };
}

/** Rooms saved when longer grace periods were allowed come back with the longest one allowed now. */
function withinReconnectLimit(input: unknown): unknown {
  const max = SETTINGS_LIMITS.reconnectSeconds.max;
  const given = (input as { reconnectSeconds?: unknown } | null)?.reconnectSeconds;
  return typeof given === 'number' && given > max ? { ...(input as object), reconnectSeconds: max } : input;
}

/** Settings that change the economy itself: fixed once the engine state is given (restore/fork). */
export const ECONOMY_SETTING_KEYS = ['scenario', 'seed', 'quarters', 'startYear', 'startQuarter', 'randomEvents'] as const;

/**
 * Settings for a room that starts from a given engine state (restore, fork): the economy settings
 * come from the state; timers, autopilot and seat kinds of the playing seats from `input`.
 */
export function settingsFromState(state: import('./engine').MatchState, scenarioId: string, input: unknown): SettingsResult {
  const result = resolveSettings(withinReconnectLimit(input));
  if (!result.ok) return result;
  const s = result.settings;
  const seats = {} as RoomSettings['seats'];
  for (const role of ROLES) {
    const plays = state.settings.activeSeats.includes(role);
    const kind = plays ? (s.seats[role].kind === 'absent' ? 'bot' : s.seats[role].kind) : 'absent';
    seats[role] = { kind, persona: s.seats[role].persona };
  }
  return {
    ok: true,
    settings: {
      ...s,
      scenario: scenarioId,
      seed: state.seed,
      quarters: state.settings.quarters,
      ...(state.scenario.events.some((e) => e.probability > 0) ? {} : { randomEvents: false }),
      startYear: state.settings.startYear,
      startQuarter: state.settings.startQuarter,
      seats,
    },
  };
}
