import { at, must } from '../../shared/lists';
import { ROLES, type Role } from '../../shared/roles';
import { stream, pickIndex } from '../../shared/math/rng';
import type { Scenario } from '../../shared/engine/scenario-types';
import { DEFAULT_SCENARIO } from '../../shared/engine/scenario';
import { PERSONAS, type PersonaId } from '../../shared/bots/personas';
import { runBotMatch, type BotMatchResult } from '../../shared/bots/runner';

// One balance seed: the measurements every GAME.md section 11 / 12.2 / 12.3 target needs, from
// all-bot matches on the same seed:
//  1. main: every seat a persona drawn at random (the "mixed personas" match);
//  2. idle: the same, but one seat (rotating by seed) does nothing (GAME.md section 7 default);
//  3. a cloud counterfactual for OpenAI (even seeds) or Meta (odd seeds), or whichever of them is at
//     the table: the main match with that seat's cloud decision flipped (launched → never launches;
//     never launched → launches at a quarter drawn for the seed);
//  4. capex counterfactual (12.2, on every CAPEX_EVERY-th seed when asked): the main match with one
//     hyperscaler (rotating) ordering twice the chips and data centers it would have.
// Tables of 2 or 3 seats (12.3) play a subset of the roles drawn for the seed.

export const CLOUD_ROLES = ['openai', 'meta'] as const satisfies readonly Role[];
export type CloudRole = (typeof CLOUD_ROLES)[number];
export const HYPERSCALERS = ['microsoft', 'amazon', 'google'] as const satisfies readonly Role[];
/** The capex counterfactual runs on seeds whose index is a multiple of this (it costs one more match). */
export const CAPEX_EVERY = 3;

export interface SeedOptions {
  /** Match length (default: the scenario's). */
  quarters?: number;
  /** Seats at the table, 2–5 (default 5). */
  seats?: number;
  /** Play the capex counterfactual on this seed when its index is a multiple of CAPEX_EVERY. */
  capex?: boolean;
}

/** One seed of one table, as a worker task. */
export interface BalanceTask extends SeedOptions {
  index: number;
}

export interface SeedResult {
  index: number;
  seed: string;
  /** Roles at the table, in seat order. */
  seats: Role[];
  /** Persona of every role (roles not at the table keep their draw, unused). */
  personas: Record<Role, PersonaId>;
  /** Main match: TSR per role, winner, bankruptcies, mood extremes, cloud launches. */
  tsr: Record<Role, number>;
  winner: Role;
  bankrupt: Role[];
  moodMin: number;
  moodMax: number;
  launchedQ: Record<CloudRole, number | null>;
  idle: { role: Role; rank: number; won: boolean; tsr: number };
  /** TSR of the seat with its cloud launched vs not (same seed, everything else the same); only roles at the table. */
  cloud: Partial<Record<CloudRole, { launchQ: number; withCloud: number; withoutCloud: number }>>;
  /** A hyperscaler's TSR keeping its pace (main match) and doubling its capex, when measured. */
  capex: { role: Role; keep: number; doubled: number } | null;
  /** Longest run of quarters with mood pinned at 0 or 100. */
  moodStuck: number;
  /** Lowest and median ratio of the cloud rental price to the industry's running cost per CU, over the quarters. */
  cloudCostMin: number;
  cloudCostMedian: number;
}

export function seedName(index: number): string {
  return `balance-${index}`;
}

/** Personas for a seed's seats, drawn uniformly (their own stream, never the engine's). */
export function personasFor(seed: string): Record<Role, PersonaId> {
  const s = stream(seed, 0, 'balance/personas');
  return Object.fromEntries(ROLES.map((r) => [r, at(PERSONAS, pickIndex(s, PERSONAS.length), 'persona').id])) as Record<Role, PersonaId>;
}

function launchQuarter(m: BotMatchResult, role: Role): number | null {
  const i = m.orders.findIndex((o) => o[role]?.cloud.launch === true);
  return i < 0 ? null : i;
}

function tsrOf(m: BotMatchResult, role: Role): number {
  return m.standings.find((s) => s.role === role)!.tsr;
}

/**
 * The cloud counterfactual a seed plays: OpenAI on even seeds, Meta on odd ones (one extra match
 * per seed instead of two), or whichever of them is at the table.
 */
export function cloudRolesFor(index: number, seats: readonly Role[]): CloudRole[] {
  const seated = CLOUD_ROLES.filter((r) => seats.includes(r));
  if (seated.length < 2) return seated;
  return [at(CLOUD_ROLES, index % 2, 'cloud role')];
}

/** The roles at a table of `n` seats for a seed: all five, or a subset drawn for the seed, in seat order. */
export function seatsFor(seed: string, n: number): Role[] {
  if (n >= ROLES.length) return [...ROLES];
  const s = stream(seed, 0, 'balance/seats');
  const pool = [...ROLES];
  const chosen: Role[] = [];
  while (chosen.length < n) chosen.push(must(pool.splice(pickIndex(s, pool.length), 1)[0], 'seat drawn from the pool'));
  return ROLES.filter((r) => chosen.includes(r));
}

/** Longest run of consecutive values at the floor (≤ 0.5) or the ceiling (≥ 99.5). */
export function longestPinnedRun(moods: readonly number[]): number {
  let best = 0;
  let run = 0;
  let side = 0;
  for (const m of moods) {
    const now = m <= 0.5 ? -1 : m >= 99.5 ? 1 : 0;
    run = now !== 0 && now === side ? run + 1 : now !== 0 ? 1 : 0;
    side = now;
    best = Math.max(best, run);
  }
  return best;
}

/** Cloud price / running cost per CU (data-center running cost of the installed fleet over the CU it makes), per quarter. */
export function cloudCostRatios(m: BotMatchResult): number[] {
  const perGW = m.scenario.dataCenters.runningCostPerGW;
  return m.reports
    .map((r) => {
      const gw = r.companies.reduce((x, c) => x + c.capacity.installedGW, 0);
      const cu = r.companies.reduce((x, c) => x + c.capacity.ownCU, 0);
      return cu > 0 && gw > 0 ? r.cloud.price / ((perGW * gw) / cu) : NaN;
    })
    .filter((x) => Number.isFinite(x));
}

function middle(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  const upper = at(s, h, 'middle value');
  return s.length % 2 ? upper : (at(s, h - 1, 'lower middle value') + upper) / 2;
}

export function runSeed(index: number, scenario: Scenario = DEFAULT_SCENARIO, options: SeedOptions = {}): SeedResult {
  const { quarters } = options;
  const seed = seedName(index);
  const personas = personasFor(seed);
  const seats = seatsFor(seed, options.seats ?? ROLES.length);
  const base = { scenario, seed, quarters, seats: personas, activeSeats: seats, hashes: false };
  const main = runBotMatch(base);
  const tsr = Object.fromEntries(ROLES.map((r) => [r, seats.includes(r) ? tsrOf(main, r) : NaN])) as Record<Role, number>;
  const moods = main.final.global.moodHistory;

  const idleRole = at(seats, index % seats.length, 'idle seat');
  const idle = runBotMatch({ ...base, seats: { ...personas, [idleRole]: 'idle' } });
  const idleRank = idle.standings.findIndex((s) => s.role === idleRole) + 1;

  const launchedQ = { openai: launchQuarter(main, 'openai'), meta: launchQuarter(main, 'meta') };
  const cloud: SeedResult['cloud'] = {};
  const lastLaunch = Math.max(0, main.settings.quarters - scenario.cloud.launchQuarters - 3);
  for (const role of cloudRolesFor(index, seats)) {
    const q = launchedQ[role];
    if (q !== null) {
      const without = runBotMatch({ ...base, botOptions: { [role]: { cloud: 'never' } } });
      cloud[role] = { launchQ: q, withCloud: tsr[role], withoutCloud: tsrOf(without, role) };
    } else {
      const at = pickIndex(stream(seed, 0, `balance/launch/${role}`), lastLaunch + 1);
      const withCloud = runBotMatch({ ...base, botOptions: { [role]: { cloud: { launchAt: at } } } });
      cloud[role] = { launchQ: launchQuarter(withCloud, role) ?? at, withCloud: tsrOf(withCloud, role), withoutCloud: tsr[role] };
    }
  }

  let capex: SeedResult['capex'] = null;
  const hyper = HYPERSCALERS.filter((r) => seats.includes(r));
  if (options.capex && index % CAPEX_EVERY === 0 && hyper.length > 0) {
    const role = at(hyper, Math.floor(index / CAPEX_EVERY) % hyper.length, 'hyperscaler doubling its capex');
    const doubled = runBotMatch({ ...base, botOptions: { [role]: { capexScale: 2 } } });
    capex = { role, keep: tsr[role], doubled: tsrOf(doubled, role) };
  }
  const ratios = cloudCostRatios(main);

  return {
    index,
    seed,
    seats,
    personas,
    tsr,
    winner: at(main.standings, 0, 'winning standing').role,
    bankrupt: main.standings.filter((s) => s.bankrupt).map((s) => s.role),
    moodMin: Math.min(...moods),
    moodMax: Math.max(...moods),
    launchedQ,
    idle: { role: idleRole, rank: idleRank, won: idleRank === 1, tsr: tsrOf(idle, idleRole) },
    cloud,
    capex,
    moodStuck: longestPinnedRun(moods),
    cloudCostMin: ratios.length ? Math.min(...ratios) : NaN,
    cloudCostMedian: middle(ratios),
  };
}
