import type { Role } from '../roles';
import type { Orders } from '../orders/types';
import type { HostEvent, MatchSettings, Standing } from '../engine/types';
import type { Scenario } from '../engine/scenario-types';
import { ENGINE_VERSION } from '../engine/version';
import { PERSONA_BY_ID, isPersonaId, type BotPersona } from './personas';
import type { BotMatchResult } from './runner';

// The match record written by `npm run sim -- --out <file>`: everything needed to replay the match
// (scenario, settings, seed, every seat's orders and host events per quarter) plus the state hash
// after each quarter to verify it. docs/REPLAY.md will formalize this format; keep it in one place.

export const MATCH_RECORD_FORMAT = 'compute-race-match';
export const MATCH_RECORD_VERSION = 1;

export interface MatchRecordSeat {
  role: Role;
  kind: 'bot';
  persona: BotPersona;
  name: string;
}

export interface MatchRecordQuarter {
  quarter: number;
  orders: Partial<Record<Role, Orders>>;
  /** Deal actions taken outside orders (proposeDeal / respondDeal); bots use orders.deals, so none. */
  dealActions: unknown[];
  hostEvents: HostEvent[];
  hash: string;
}

export interface MatchRecord {
  format: typeof MATCH_RECORD_FORMAT;
  formatVersion: typeof MATCH_RECORD_VERSION;
  engineVersion: string;
  scenarioId: string;
  scenarioHash: string;
  scenario: Scenario;
  settings: MatchSettings;
  seed: string;
  seats: MatchRecordSeat[];
  quarters: MatchRecordQuarter[];
  standings: Standing[];
}

function seatName(role: Role, persona: BotPersona, scenario: Scenario): string {
  const label = isPersonaId(persona) ? PERSONA_BY_ID[persona].name.en : 'Do nothing';
  return `${scenario.companies[role].name} bot (${label})`;
}

export function matchRecord(m: BotMatchResult): MatchRecord {
  const roles = m.settings.activeSeats;
  return {
    format: MATCH_RECORD_FORMAT,
    formatVersion: MATCH_RECORD_VERSION,
    engineVersion: m.final.engineVersion ?? ENGINE_VERSION,
    scenarioId: m.scenario.id,
    scenarioHash: m.final.scenarioHash,
    scenario: m.scenario,
    settings: m.settings,
    seed: m.seed,
    seats: roles.map((role) => ({ role, kind: 'bot', persona: m.seats[role]!, name: seatName(role, m.seats[role]!, m.scenario) })),
    quarters: m.hashes.map((hash, i) => ({ quarter: i, orders: m.orders[i], dealActions: [], hostEvents: m.hostEvents[i] ?? [], hash })),
    standings: m.standings,
  };
}
