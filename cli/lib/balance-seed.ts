import { ROLES, type Role } from '../../shared/roles';
import { stream, pickIndex } from '../../shared/math/rng';
import type { Scenario } from '../../shared/engine/scenario-types';
import { DEFAULT_SCENARIO } from '../../shared/engine/scenario';
import { PERSONAS, type PersonaId } from '../../shared/bots/personas';
import { runBotMatch, type BotMatchResult } from '../../shared/bots/runner';

// One balance seed: the measurements every GAME.md section 11 target needs, from four all-bot
// matches on the same seed:
//  1. main: every seat a persona drawn at random (the "mixed personas" match);
//  2. idle: the same, but one seat (rotating by seed) does nothing (GAME.md section 7 default);
//  3/4. cloud counterfactuals for OpenAI and Meta: the main match with that seat's cloud decision
//     flipped (launched → never launches; never launched → launches at a quarter drawn for the seed).

export const CLOUD_ROLES = ['openai', 'meta'] as const satisfies readonly Role[];
export type CloudRole = (typeof CLOUD_ROLES)[number];

export interface SeedResult {
  index: number;
  seed: string;
  personas: Record<Role, PersonaId>;
  /** Main match: TSR per role, winner, bankruptcies, mood extremes, cloud launches. */
  tsr: Record<Role, number>;
  winner: Role;
  bankrupt: Role[];
  moodMin: number;
  moodMax: number;
  launchedQ: Record<CloudRole, number | null>;
  idle: { role: Role; rank: number; won: boolean; tsr: number };
  /** TSR of the seat with its cloud launched vs not (same seed, everything else the same). */
  cloud: Record<CloudRole, { launchQ: number; withCloud: number; withoutCloud: number }>;
}

export function seedName(index: number): string {
  return `balance-${index}`;
}

/** Personas for a seed's seats, drawn uniformly (their own stream, never the engine's). */
export function personasFor(seed: string): Record<Role, PersonaId> {
  const s = stream(seed, 0, 'balance/personas');
  return Object.fromEntries(ROLES.map((r) => [r, PERSONAS[pickIndex(s, PERSONAS.length)].id])) as Record<Role, PersonaId>;
}

function launchQuarter(m: BotMatchResult, role: Role): number | null {
  const i = m.orders.findIndex((o) => o[role]?.cloud.launch === true);
  return i < 0 ? null : i;
}

function tsrOf(m: BotMatchResult, role: Role): number {
  return m.standings.find((s) => s.role === role)!.tsr;
}

export function runSeed(index: number, scenario: Scenario = DEFAULT_SCENARIO, quarters?: number): SeedResult {
  const seed = seedName(index);
  const personas = personasFor(seed);
  const base = { scenario, seed, quarters, seats: personas };
  const main = runBotMatch(base);
  const tsr = Object.fromEntries(ROLES.map((r) => [r, tsrOf(main, r)])) as Record<Role, number>;
  const moods = main.final.global.moodHistory;

  const idleRole = ROLES[index % ROLES.length];
  const idle = runBotMatch({ ...base, seats: { ...personas, [idleRole]: 'idle' } });
  const idleRank = idle.standings.findIndex((s) => s.role === idleRole) + 1;

  const launchedQ = { openai: launchQuarter(main, 'openai'), meta: launchQuarter(main, 'meta') };
  const cloud = {} as SeedResult['cloud'];
  const lastLaunch = Math.max(0, main.settings.quarters - scenario.cloud.launchQuarters - 3);
  for (const role of CLOUD_ROLES) {
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

  return {
    index,
    seed,
    personas,
    tsr,
    winner: main.standings[0].role,
    bankrupt: main.standings.filter((s) => s.bankrupt).map((s) => s.role),
    moodMin: Math.min(...moods),
    moodMax: Math.max(...moods),
    launchedQ,
    idle: { role: idleRole, rank: idleRank, won: idleRank === 1, tsr: tsrOf(idle, idleRole) },
    cloud,
  };
}
