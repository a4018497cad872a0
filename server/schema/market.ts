import { ACTIVE_EVENT, CONTRACT, GLOBAL, MATCH_SETTINGS, NEWS } from '../../shared/wire/tables';
import { schemaOf } from './build';

// Global market figures, the engine's match settings, contracts, active events and news, built
// from their wire tables (shared/wire/tables.ts).

export const GlobalSchema = schemaOf(GLOBAL);
export const EngineSettingsSchema = schemaOf(MATCH_SETTINGS);
export const ContractSchema = schemaOf(CONTRACT);
export const ActiveEventSchema = schemaOf(ACTIVE_EVENT);
export const NewsSchema = schemaOf(NEWS);
