import type { Role } from '../../roles';
import type { Scenario } from '../scenario-types';
import type { MatchSettings } from '../types';
import { efficiency } from '../calendar';
import { contractCU } from './contracts';

// Engine 2.3 (GAME.md 12.3): a seat nobody plays is an outside company, deterministic and passive.
// From its scenario position it keeps buying chips at its 2025 pace (scaled by
// outsideCompanies.paceMultiple), trains with its starting allocation and rents out its starting
// cloud share. Its compute in quarter t is computed from the scenario alone (no state), so the
// markets of a small table see the competitors a full table has.

/** Whether the scenario keeps absent seats in the markets as outside companies. */
export function outsideEnabled(scenario: Scenario): boolean {
  return scenario.outsideCompanies !== undefined;
}

/** Roles nobody plays at this table, in seat order (none when outside companies are off). */
export function outsideRoles(scenario: Scenario, settings: Pick<MatchSettings, 'activeSeats'>, roles: readonly Role[]): Role[] {
  return outsideEnabled(scenario) ? roles.filter((r) => !settings.activeSeats.includes(r)) : [];
}

/**
 * An outside company's own CU in quarter t: its starting chips (and chips on order, delivered in
 * quarter 0) until they retire, plus every quarter's pace delivered from quarter 1 on, each at its
 * vintage's efficiency. Shell is assumed to keep up.
 */
export function outsideCU(scenario: Scenario, role: Role, t: number): number {
  const c = scenario.companies[role];
  const o = scenario.outsideCompanies;
  const customEff = scenario.customSilicon[role]?.efficiency ?? 1;
  const retire = scenario.chips.retireAfterQuarters;
  let cu = 0;
  for (const k of c.cohorts) if (k.ageQ + t < retire) cu += k.gw * efficiency(scenario, -k.ageQ) * (k.custom ? customEff : 1);
  for (const k of c.chipsOnOrder) if (t < retire) cu += k.gw * efficiency(scenario, 0) * (k.custom ? customEff : 1);
  if (!o) return cu;
  const perQuarter = o.paceMultiple * (c.pace.chipsGW + c.pace.customGW * customEff);
  for (let v = Math.max(1, t - retire + 1); v <= t; v++) cu += perQuarter * efficiency(scenario, v);
  return cu;
}

/**
 * Sellable CU an outside company with a cloud rents out in quarter t: its starting cloud share of its
 * compute, by reputation. (Its starting contracts with seated buyers are the neutral supplier's and
 * come out of that supplier's capacity, as before.)
 */
export function outsideCloudCU(scenario: Scenario, role: Role, t: number): number {
  const c = scenario.companies[role];
  if (c.cloud.status !== 'live') return 0;
  return ((outsideCU(scenario, role, t) * c.allocation.cloud) / 100) * (scenario.cloud.sellableBase + scenario.cloud.sellableReputationWeight * c.cloud.reputation);
}

/**
 * CU an outside company receives in quarter t under the scenario's starting contracts it is the buyer
 * of (whoever sells: a seated seller keeps delivering them, as in startingContracts).
 */
export function outsideBoughtCU(scenario: Scenario, role: Role, t: number): number {
  let cu = 0;
  for (const k of scenario.contracts.starting) {
    if (k.buyer !== role) continue;
    const c = { id: k.id, seller: 'neutral' as const, buyer: 'neutral' as const, cuPerQuarter: k.cuPerQuarter, pricePerCU: k.pricePerCU, startQ: 0, endQ: k.quarters - 1 };
    cu += contractCU(k.rampToCU !== undefined && k.rampQuarters !== undefined ? { ...c, rampToCU: k.rampToCU, rampQuarters: k.rampQuarters } : c, t);
  }
  return cu;
}

/**
 * An outside company's training compute in quarter t: its starting training share of its own compute
 * and of the compute its starting contracts bring it (an outside OpenAI trains mostly on bought
 * compute; without it the frontier of a table without OpenAI stood still, tuning log 23).
 */
export function outsideTrainingCU(scenario: Scenario, role: Role, t: number): number {
  return ((outsideCU(scenario, role, t) + outsideBoughtCU(scenario, role, t)) * scenario.companies[role].allocation.training) / 100;
}

/** Merchant chips outside companies order a quarter (they join the outside chip demand). */
export function outsideChipDemand(scenario: Scenario, settings: Pick<MatchSettings, 'activeSeats'>, roles: readonly Role[]): number {
  const o = scenario.outsideCompanies;
  if (!o) return 0;
  return outsideRoles(scenario, settings, roles).reduce((x, r) => x + o.paceMultiple * scenario.companies[r].pace.chipsGW, 0);
}

/** A seat nobody plays (not the neutral supplier). */
function isAbsent(settings: Pick<MatchSettings, 'activeSeats'>, party: string): boolean {
  return party !== 'neutral' && !settings.activeSeats.includes(party as Role);
}

/**
 * CU that absent buyers keep taking in quarter t under the scenario's starting contracts with the
 * neutral supplier or another absent seller (an outside OpenAI still takes its contracted compute);
 * it leaves the rental market. Contracts with a seated seller are the seller's, as before.
 */
export function outsideContractCU(scenario: Scenario, settings: Pick<MatchSettings, 'activeSeats'>, t: number): number {
  if (!outsideEnabled(scenario)) return 0;
  let cu = 0;
  for (const k of scenario.contracts.starting) {
    if (!isAbsent(settings, k.buyer) || !(k.seller === 'neutral' || isAbsent(settings, k.seller))) continue;
    const c = { id: k.id, seller: 'neutral' as const, buyer: 'neutral' as const, cuPerQuarter: k.cuPerQuarter, pricePerCU: k.pricePerCU, startQ: 0, endQ: k.quarters - 1 };
    cu += contractCU(k.rampToCU !== undefined && k.rampQuarters !== undefined ? { ...c, rampToCU: k.rampToCU, rampQuarters: k.rampQuarters } : c, t);
  }
  return cu;
}
