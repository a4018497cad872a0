import * as engine from '../../shared/engine';
import { validateOrders } from '../../shared/orders';
import type { Action, HostEvent, MatchSettings, MatchState, PlayerView, QuarterReport, ReduceResult, Scenario } from '../../shared/engine/types';
import type { OrderError, OrderValidation, Orders } from '../../shared/orders/types';
import type { Role } from '../../shared/roles';

// The server's only door into the economy engine: every engine call the room makes goes through
// here, so the room stays a thin adapter and the engine's API shape is handled in one place.

export type { Action, HostEvent, MatchSettings, MatchState, OrderError, Orders, PlayerView, QuarterReport, Scenario };

export const ENGINE_VERSION: string = engine.ENGINE_VERSION;

export interface ScenarioInfo {
  id: string;
  /** Per UI language. */
  name: Scenario['name'];
  description: Scenario['description'];
  hash: string;
  isDefault: boolean;
}

function scenarioId(s: Scenario): string {
  return s.id;
}

export function defaultScenarioId(): string {
  return scenarioId(engine.DEFAULT_SCENARIO);
}

export function listScenarios(): ScenarioInfo[] {
  const def = defaultScenarioId();
  return Object.values(engine.SCENARIOS).map((s) => ({
    id: scenarioId(s),
    name: s.name,
    description: s.description,
    hash: engine.scenarioHash(s),
    isDefault: scenarioId(s) === def,
  }));
}

export function findScenario(id: string): Scenario | null {
  return Object.values(engine.SCENARIOS).find((s) => scenarioId(s) === id) ?? null;
}

export function scenarioIdOf(state: MatchState): string {
  return scenarioId(state.scenario);
}

export type EventDef = Scenario['events'][number];

/** The events a host can inject: the engine's catalogue (title and text per UI language). */
export function eventCatalogue(): EventDef[] {
  return engine.EVENT_CATALOGUE.map((e: EventDef) => structuredClone(e));
}


/** Problems with host events for this match (unknown id, missing, extra or ineligible target). */
export function hostEventErrors(state: MatchState, events: HostEvent[]): OrderError[] {
  return engine.validateHostEvents(state, events);
}

export function createMatch(scenario: Scenario, settings: MatchSettings, seed: string): MatchState {
  return engine.createMatch(scenario, settings, seed);
}

export function reduce(state: MatchState, action: Action): ReduceResult {
  return engine.reduce(state, action);
}

/**
 * Resolves the quarter with every playing seat's orders given (the room chose and checked them:
 * submitted, bot, autopilot or defaults). Unlike reduce's 'resolve', it does not look at the
 * pending submissions again; the engine still refuses invalid orders. Returns the engine's errors
 * instead of throwing them.
 */
export function resolveWith(
  state: MatchState,
  orders: Partial<Record<Role, Orders>>,
  hostEvents: HostEvent[],
): { ok: true; state: MatchState; report: QuarterReport } | { ok: false; errors: OrderError[] } {
  try {
    return { ok: true, ...engine.resolveQuarter(state, orders, hostEvents) };
  } catch (err) {
    if (err instanceof engine.EngineInputError) return { ok: false, errors: err.errors };
    throw err;
  }
}

export function defaultOrders(state: MatchState, role: Role): Orders {
  return engine.defaultOrders(state, role);
}

export function checkOrders(input: unknown, state: MatchState, role: Role): OrderValidation {
  return validateOrders(input, { state, role });
}

export function playerView(state: MatchState, seat: Role | null, reports: readonly QuarterReport[]): PlayerView {
  return engine.playerView(state, seat, reports);
}

export function stateHash(state: MatchState): string {
  return engine.stateHash(state);
}

export function calendarOf(state: MatchState, quarter: number): { year: number; q: number } {
  return engine.calendarOf(state.settings, quarter);
}
