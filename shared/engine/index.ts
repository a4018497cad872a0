// Public API of the economy engine. Everything here is pure and deterministic (GAME.md section 9).
export { ENGINE_VERSION } from './version';
export * from './types';
export type { Scenario, ScenarioCompany, EventDef, EventEffect, StartingContract, SourceRef } from './scenario-types';
export { scenarioSchema, SEGMENTS } from './scenario-schema';
export { loadScenario, scenarioHash, DEFAULT_SCENARIO, SCENARIOS, ScenarioError } from './scenario';
export { EngineInputError } from './errors';
export { createMatch } from './create';
export { defaultSettings, resolveSettings } from './settings';
export { resolveQuarter, validateResolveInput, type ResolveOptions } from './resolve';
export { validateHostEvents, eligibleTargets } from './steps/events';
export { defaultOrders, blankOrders } from './defaults';
export { reduce } from './reduce';
export { playerView, publicCompany, withHistory } from './view';
export { companyHistory, matchNews, MAX_NEWS } from './history';
export { stateHash } from './state-hash';
export { stableHash, stableStringify } from './hash';
export { previewOrders } from './preview';
export { calendarOf, calendarLabel, efficiency } from './calendar';
export { standings } from './standings';
export { neutralQuote } from './deals';
export { NEWS_TEMPLATES, LINE_LABELS, PREVIEW_WARNINGS, ALL_TEXT_KEYS, newsText, formatTemplate, type NewsKey } from './news-keys';
import { DEFAULT_SCENARIO } from './scenario';
/** The default scenario's event catalogue (a match's own catalogue is state.scenario.events). */
export const EVENT_CATALOGUE = DEFAULT_SCENARIO.events;
