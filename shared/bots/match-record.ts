import { ROLES, type Role } from '../roles';
import { at } from '../lists';
import type { Scenario } from '../engine/scenario-types';
import { createMatch } from '../engine/create';
import {
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  appendQuarter,
  recordFromLog,
  sealRecord,
  startRecord,
  withStatus,
  type MatchRecord,
  type QuarterRecord,
  type RecordSeat,
  type UnsealedRecord,
} from '../replay/index';
import { PERSONA_BY_ID, isPersonaId, type BotPersona } from './personas';
import type { BotMatchResult } from './runner';

// The match record written by `npm run sim -- --out <file>`. The format itself is defined once, in
// shared/replay (docs/REPLAY.md); this only says how a bot match fills it in.

export const MATCH_RECORD_FORMAT = RECORD_FORMAT;
export const MATCH_RECORD_VERSION = RECORD_FORMAT_VERSION;
export type { MatchRecord };
export type MatchRecordSeat = RecordSeat;
export type MatchRecordQuarter = QuarterRecord;

function seatName(role: Role, persona: BotPersona, scenario: Scenario): string {
  const label = isPersonaId(persona) ? PERSONA_BY_ID[persona].name.en : 'Do nothing';
  return `${scenario.companies[role].name} bot (${label})`;
}

export function matchRecord(m: BotMatchResult): MatchRecord {
  if (m.hashes.length !== m.orders.length) throw new Error(`matchRecord: the match (seed ${m.seed}) was played without state hashes (hashes: false); play it with hashes to make a record`);
  const seats: RecordSeat[] = ROLES.map((role) => {
    const persona = m.seats[role];
    return persona ? { role, kind: 'bot', persona, name: seatName(role, persona, m.scenario) } : { role, kind: 'absent', persona: '', name: '' };
  });
  const meta = { source: 'sim' as const };
  const initial = createMatch(m.scenario, m.settings, m.seed);
  const log = m.orders.map((orders, i) => ({
    quarter: i,
    orders,
    hostEvents: m.hostEvents[i] ?? [],
    sources: Object.fromEntries(Object.keys(orders).map((r) => [r, 'bot'])),
    hash: m.hashes[i],
  }));
  let record: UnsealedRecord;
  const states = m.states;
  if (states && states.length === log.length) {
    record = startRecord(initial, seats, meta);
    log.forEach((entry, i) => (record = appendQuarter(record, entry, at(states, i, 'state after the logged quarter'))));
  } else {
    // Without the states, the record is built by replaying the orders (each hash checked).
    record = recordFromLog(initial, log, { seats, meta });
  }
  return sealRecord(withStatus(record, m.final.finished ? 'finished' : 'playing'));
}
