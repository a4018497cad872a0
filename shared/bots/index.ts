// Bots (GAME.md section 10) and the headless match runner built on them.
export { decideOrders, botOrders, botStream, type BotOptions } from './decide';
export {
  PERSONAS,
  PERSONA_BY_ID,
  BASELINE_IDS,
  traitsFor,
  isPersonaId,
  isBotPersona,
  type PersonaId,
  type PersonaInfo,
  type BotPersona,
  type BaselineId,
  type BotTraits,
} from './personas';
export type { CloudOverride } from './cloud';
export { runBotMatch, BotMatchError, type BotMatchConfig, type BotMatchResult } from './runner';
export { matchRecord, MATCH_RECORD_FORMAT, MATCH_RECORD_VERSION, type MatchRecord, type MatchRecordSeat, type MatchRecordQuarter } from './match-record';
