import { ACTIVE_EVENT, CONTRACT, GLOBAL, MATCH_SETTINGS } from '../../shared/wire/tables';
import { schemaOf } from './build';

// Global market figures, the engine's match settings, contracts and active events, built
// from their wire tables (shared/wire/tables.ts).

export const GlobalSchema = schemaOf(GLOBAL);
export const EngineSettingsSchema = schemaOf(MATCH_SETTINGS);
export const ContractSchema = schemaOf(CONTRACT);
export const ActiveEventSchema = schemaOf(ACTIVE_EVENT);
