import { ROLES } from '../roles';
import { stableHash } from './hash';
import { ScenarioError } from './errors';
import { scenarioSchema } from './scenario-schema';
import type { Scenario } from './scenario-types';
import defaultScenarioJson from './scenarios/default-2026.json';

export { ScenarioError };

/** Validates a scenario file's content; throws ScenarioError naming each bad field's path. */
export function loadScenario(json: unknown): Scenario {
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) {
    throw new ScenarioError(
      parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message: i.code === 'unrecognized_keys' ? `unknown field(s) ${i.keys.join(', ')}` : i.message,
      })),
    );
  }
  const sc = parsed.data;
  const issues: { path: string; message: string }[] = [];
  for (const role of ROLES) {
    const c = sc.companies[role];
    const a = c.allocation;
    if (a.training + a.products + a.cloud !== 100)
      issues.push({ path: `companies.${role}.allocation`, message: `training+products+cloud must equal 100 (got ${a.training + a.products + a.cloud})` });
    if (a.cloud > 0 && c.cloud.status !== 'live')
      issues.push({ path: `companies.${role}.allocation.cloud`, message: 'must be 0 without a live cloud' });
    c.cohorts.forEach((k, i) => {
      if (k.custom && !sc.customSilicon[role])
        issues.push({ path: `companies.${role}.cohorts.${i}.custom`, message: `${role} has no customSilicon entry` });
    });
    c.chipsOnOrder.forEach((k, i) => {
      if (k.custom && !sc.customSilicon[role])
        issues.push({ path: `companies.${role}.chipsOnOrder.${i}.custom`, message: `${role} has no customSilicon entry` });
    });
    c.shellsUnderConstruction.forEach((u, i) => {
      if (u.remainingInstallments > u.readyInQuarters)
        issues.push({ path: `companies.${role}.shellsUnderConstruction.${i}.remainingInstallments`, message: 'must be ≤ readyInQuarters (installments end before the shell is ready)' });
    });
    if (c.cloud.status === 'none' && c.launchCost <= 0)
      issues.push({ path: `companies.${role}.launchCost`, message: 'must be > 0 for a company without a cloud' });
  }
  const ids = new Set<string>();
  sc.contracts.starting.forEach((k, i) => {
    if (ids.has(k.id)) issues.push({ path: `contracts.starting.${i}.id`, message: `duplicate id ${k.id}` });
    ids.add(k.id);
    if (k.seller !== 'neutral' && sc.companies[k.seller].cloud.status !== 'live')
      issues.push({ path: `contracts.starting.${i}.seller`, message: `${k.seller} has no live cloud` });
    if (k.seller === k.buyer) issues.push({ path: `contracts.starting.${i}.buyer`, message: 'must differ from the seller' });
    if (k.rampToCU !== undefined && k.rampQuarters === undefined)
      issues.push({ path: `contracts.starting.${i}.rampQuarters`, message: 'is required with rampToCU' });
  });
  const eventIds = new Set<string>();
  sc.events.forEach((e, i) => {
    if (eventIds.has(e.id)) issues.push({ path: `events.${i}.id`, message: `duplicate id ${e.id}` });
    eventIds.add(e.id);
    e.effects.forEach((f, j) => {
      if (f.type === 'rumor' && e.target !== 'company')
        issues.push({ path: `events.${i}.effects.${j}`, message: 'a rumor needs target "company"' });
      if (f.type === 'shock' && f.param === 'sentiment' && e.target !== 'company')
        issues.push({ path: `events.${i}.effects.${j}`, message: 'a sentiment shock needs target "company"' });
      if (f.type === 'shock' && f.param === 'reputation' && e.target !== 'cloud')
        issues.push({ path: `events.${i}.effects.${j}`, message: 'a reputation shock needs target "cloud"' });
    });
  });
  if (sc.cloud.maxReputation < sc.cloud.startReputation)
    issues.push({ path: 'cloud.maxReputation', message: 'must be ≥ startReputation' });
  if (issues.length > 0) throw new ScenarioError(issues);
  return sc;
}

export function scenarioHash(s: Scenario): string {
  return stableHash(s);
}

export const DEFAULT_SCENARIO: Scenario = loadScenario(defaultScenarioJson);

export const SCENARIOS: Record<string, Scenario> = { [DEFAULT_SCENARIO.id]: DEFAULT_SCENARIO };
