import type { ActiveEvent } from './types';
import type { EventDef, Scenario } from './scenario-types';

// Parameter multipliers and adds from the events active in quarter t (GAME.md 5.1).

export interface Effects {
  revenuePerCU: number;
  cloudDemand: number;
  chipSupply: number;
  dcCost: number;
  coreRevenue: number;
  buildQuarters: number;
}

export function eventDef(scenario: Scenario, id: string): EventDef | undefined {
  return scenario.events.find((e) => e.id === id);
}

/** Quarters left for an event started in startedQ, counting quarter t itself. */
export function eventRemaining(def: EventDef, startedQ: number, t: number): number {
  return startedQ + def.duration - t;
}

export function activeEffects(scenario: Scenario, events: readonly ActiveEvent[], t: number): Effects {
  const fx: Effects = { revenuePerCU: 1, cloudDemand: 1, chipSupply: 1, dcCost: 1, coreRevenue: 1, buildQuarters: 0 };
  for (const e of events) {
    const def = eventDef(scenario, e.id);
    if (!def) continue;
    const age = t - e.startedQ;
    if (age < 0 || age >= def.duration) continue;
    for (const f of def.effects) {
      if (f.type === 'mult' && (f.quarters === undefined || age < f.quarters)) fx[f.param] *= f.factor;
      if (f.type === 'add' && (f.quarters === undefined || age < f.quarters)) fx[f.param] += f.amount;
    }
  }
  return fx;
}
