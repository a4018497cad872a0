import type { Scenario } from '../scenario-types';

// Data centers (GAME.md 5.4): cost per GW = base × cost index × power index, where the power index
// rises when the whole industry starts more than the grid adds in a quarter.

export function powerIndex(totalStartsGW: number, gridAdditions: number, slope: number): number {
  return 1 + slope * Math.max(0, totalStartsGW / gridAdditions - 1);
}

export interface BuildPlan {
  quarters: number;
  costPerGW: number;
  total: number;
  installment: number;
}

/** `costIndex` already includes event multipliers; `extraQuarters` the power-crunch delay. */
export function buildPlan(
  gw: number,
  expedite: boolean,
  costIndex: number,
  pIndex: number,
  extraQuarters: number,
  scenario: Scenario,
): BuildPlan {
  const dc = scenario.dataCenters;
  const quarters = Math.max(1, (expedite ? dc.expediteQuarters : dc.buildQuarters) + Math.round(extraQuarters));
  const costPerGW = dc.costPerGW * costIndex * pIndex * (expedite ? dc.expediteCostFactor : 1);
  const total = gw * costPerGW;
  return { quarters, costPerGW, total, installment: total / quarters };
}
