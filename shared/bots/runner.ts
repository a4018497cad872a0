import { ROLES, type Role } from '../roles';
import type { Orders } from '../orders/types';
import type { HostEvent, MatchSettings, MatchState, PlayerView, QuarterReport, Standing } from '../engine/types';
import type { Scenario } from '../engine/scenario-types';
import { DEFAULT_SCENARIO } from '../engine/scenario';
import { createMatch } from '../engine/create';
import { resolveQuarter } from '../engine/resolve';
import { playerView } from '../engine/view';
import { standings } from '../engine/standings';
import { EngineInputError } from '../engine/errors';
import { decideOrders, botStream, type BotOptions } from './decide';
import type { BotPersona } from './personas';
import { sanitizeOrders } from './sanitize';

// A whole match played by bots, headless: the sim CLI, the balance workers and match records are
// built on this. Pure: same config, same result, bit for bit.

export interface BotMatchConfig {
  scenario?: Scenario;
  seed: string;
  /** Default: the scenario's default match length (12). */
  quarters?: number;
  /** Persona per seat; active seats not listed play `classic`. */
  seats?: Partial<Record<Role, BotPersona>>;
  /** Seats that run a company (default: all five). */
  activeSeats?: Role[];
  /** Host-injected events by quarter index. */
  hostEvents?: Partial<Record<number, HostEvent[]>>;
  /** Per-seat bot options (e.g. forcing the cloud decision). */
  botOptions?: Partial<Record<Role, Omit<BotOptions, 'scenario'>>>;
  /**
   * Per-seat rewrite of the bot's orders before they resolve (strategy search: e.g. extra deal
   * proposals). The result is brought inside the rules like any bot's orders.
   */
  adjust?: Partial<Record<Role, (orders: Orders, view: PlayerView) => Orders>>;
  /** Keep the state after every quarter (memory heavy; off by default). */
  keepStates?: boolean;
  /**
   * Compute the state hash after every quarter (default true). Simulations that never make a
   * record (balance, strategy search) turn it off; `hashes` is then empty and matchRecord refuses the result.
   */
  hashes?: boolean;
}

export interface BotMatchResult {
  seed: string;
  scenario: Scenario;
  settings: MatchSettings;
  /** Persona of every active seat, in seat order. */
  seats: Partial<Record<Role, BotPersona>>;
  /** State hash after each quarter (empty when the match was played with `hashes: false`). */
  hashes: string[];
  /** The orders every seat played, per quarter. */
  orders: Partial<Record<Role, Orders>>[];
  hostEvents: HostEvent[][];
  reports: QuarterReport[];
  /** State after each quarter, when keepStates was set. */
  states?: MatchState[];
  final: MatchState;
  standings: Standing[];
}

export class BotMatchError extends Error {
  readonly quarter: number;
  constructor(message: string, quarter: number, cause?: unknown) {
    super(message, { cause });
    this.name = 'BotMatchError';
    this.quarter = quarter;
  }
}

export function runBotMatch(config: BotMatchConfig): BotMatchResult {
  const scenario = config.scenario ?? DEFAULT_SCENARIO;
  const settingsIn: Partial<MatchSettings> = {};
  if (config.quarters !== undefined) settingsIn.quarters = config.quarters;
  if (config.activeSeats !== undefined) settingsIn.activeSeats = config.activeSeats;
  let state = createMatch(scenario, settingsIn, config.seed);
  const seats: Partial<Record<Role, BotPersona>> = {};
  for (const r of ROLES) if (state.settings.activeSeats.includes(r)) seats[r] = config.seats?.[r] ?? 'classic';

  const hashes: string[] = [];
  const orders: Partial<Record<Role, Orders>>[] = [];
  const hostEvents: HostEvent[][] = [];
  const states: MatchState[] = [];
  const reports: QuarterReport[] = [];
  while (!state.finished) {
    const t = state.quarter;
    const byRole: Partial<Record<Role, Orders>> = {};
    for (const r of state.settings.activeSeats) {
      if (state.companies[r].bankrupt) continue;
      const opts = { ...config.botOptions?.[r], scenario };
      const view = playerView(state, r, reports);
      const orders = decideOrders(view, r, seats[r]!, botStream(state.seed, t, r), opts);
      const adjust = config.adjust?.[r];
      byRole[r] = adjust ? sanitizeOrders(adjust(orders, view), view, r, scenario) : orders;
    }
    const events = config.hostEvents?.[t] ?? [];
    try {
      const out = resolveQuarter(state, byRole, events, { hash: config.hashes !== false });
      state = out.state;
      reports.push(out.report);
    } catch (e) {
      const detail = e instanceof EngineInputError ? e.errors.map((x) => x.message).join('; ') : String(e);
      throw new BotMatchError(`seed ${config.seed}, quarter ${t}: ${detail}`, t, e);
    }
    if (config.hashes !== false) hashes.push(reports[reports.length - 1]!.hash);
    orders.push(byRole);
    hostEvents.push(events);
    if (config.keepStates) states.push(state);
  }
  const result: BotMatchResult = {
    seed: config.seed,
    scenario,
    settings: state.settings,
    seats,
    hashes,
    orders,
    hostEvents,
    reports,
    final: state,
    standings: standings(state),
  };
  if (config.keepStates) result.states = states;
  return result;
}
