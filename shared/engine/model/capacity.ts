import type { ChipCohort, CompanyState, MatchSettings } from '../types';
import type { Scenario } from '../scenario-types';
import { calendarOf, efficiency } from '../calendar';
import { at } from '../../lists';
import { sortedIndices } from './index-order';

// Installed capacity (GAME.md 5.2, 5.6): chips need shell; when chips exceed shell the oldest
// cohorts sit idle ("stranded"). Own CU = Σ installed gw × eff(year) × chip efficiency.

export interface InstalledCapacity {
  chipGW: number;
  shellGW: number;
  installedGW: number;
  strandedGW: number;
  idleShellGW: number;
  ownCU: number;
}

/** Cohorts in installation priority: newest year first, then youngest, then most efficient, then list order. */
export function installOrder(cohorts: readonly ChipCohort[]): number[] {
  // Deliveries are appended, so the newest cohorts are last: start from the reversed list.
  return sortedIndices(
    cohorts.length,
    (i, j) => {
      const a = cohorts[i]!;
      const b = cohorts[j]!;
      return b.vintage - a.vintage || a.ageQ - b.ageQ || b.efficiency - a.efficiency || i - j;
    },
    true,
  );
}

export function installedCapacity(
  company: Pick<CompanyState, 'cohorts' | 'shellReadyGW'>,
  scenario: Scenario,
  _settings: Pick<MatchSettings, 'startYear'>,
): InstalledCapacity {
  let room = company.shellReadyGW;
  let chipGW = 0;
  let installedGW = 0;
  let ownCU = 0;
  for (const i of installOrder(company.cohorts)) {
    const c = at(company.cohorts, i, 'cohort in install order');
    chipGW += c.gw;
    const inst = Math.min(c.gw, Math.max(0, room));
    room -= inst;
    installedGW += inst;
    ownCU += inst * efficiency(scenario, c.vintage) * c.efficiency;
  }
  return {
    chipGW,
    shellGW: company.shellReadyGW,
    installedGW,
    strandedGW: Math.max(0, chipGW - installedGW),
    idleShellGW: Math.max(0, company.shellReadyGW - installedGW),
    ownCU,
  };
}

/**
 * Capacity in quarter t once its deliveries are in, as resolution will see it (for estimates made
 * while t is planned): shell that is ready or finishes now, chips on order installed as this year's
 * cohort, chips past their life retired. `shellGW` is that shell.
 */
export function capacityAfterDeliveries(
  company: Pick<CompanyState, 'role' | 'cohorts' | 'chipsOnOrder' | 'shellReadyGW' | 'shellsUnderConstruction'>,
  scenario: Scenario,
  settings: Pick<MatchSettings, 'startYear' | 'startQuarter'>,
  t: number,
): InstalledCapacity {
  const year = calendarOf(settings, t).year;
  const customEfficiency = scenario.customSilicon[company.role]?.efficiency ?? 1;
  const shellReadyGW = company.shellReadyGW + company.shellsUnderConstruction.filter((u) => u.readyQuarter <= t).reduce((x, u) => x + u.gw, 0);
  const cohorts: ChipCohort[] = [
    ...company.cohorts.filter((k) => k.ageQ < scenario.chips.retireAfterQuarters),
    ...company.chipsOnOrder.map((o) => ({ gw: o.gw, year, vintage: t, cost: o.gw * o.price, bookValue: o.gw * o.price, ageQ: 0, custom: o.custom, efficiency: o.custom ? customEfficiency : 1 })),
  ];
  return installedCapacity({ cohorts, shellReadyGW }, scenario, settings);
}

/** Compute left for the seat's own allocation: own CU less what it must deliver (at most all of it) plus what it receives. */
export function availableAfterContracts(ownCU: number, outCU: number, inCU: number): number {
  return Math.max(0, ownCU - Math.min(outCU, ownCU) + inCU);
}

/** Ready shell costs its running cost per GW in use; idle shell a fraction of it. */
export function shellRunningCost(installedGW: number, idleShellGW: number, scenario: Scenario): number {
  const dc = scenario.dataCenters;
  return dc.runningCostPerGW * (installedGW + dc.idleCostFactor * idleShellGW);
}

/** Straight-line chip depreciation for one quarter (stops at zero book value). */
export function cohortDepreciation(c: ChipCohort, scenario: Scenario): number {
  const dq = scenario.chips.depreciationQuarters;
  // The last depreciation quarter takes whatever is left, so book value ends at exactly 0.
  if (c.ageQ >= dq - 1) return c.bookValue;
  return Math.min(c.bookValue, c.cost / dq);
}

export function shellDepreciation(company: Pick<CompanyState, 'shellBookValue' | 'shellGrossCost'>, scenario: Scenario): number {
  return Math.min(company.shellBookValue, company.shellGrossCost / scenario.dataCenters.depreciationQuarters);
}
