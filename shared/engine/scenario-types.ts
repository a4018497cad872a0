import type { z } from 'zod';
import type { scenarioSchema } from './scenario-schema';

// Types of a validated scenario (see scenario-schema.ts for the meaning of every field).

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioCompany = Scenario['companies']['openai'];
export type EventDef = Scenario['events'][number];
export type EventEffect = EventDef['effects'][number];
export type StartingContract = Scenario['contracts']['starting'][number];
export type SourceRef = Scenario['sources'][number];
