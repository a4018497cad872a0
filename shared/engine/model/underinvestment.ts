import { clamp } from '../../math/index';
import type { Scenario } from '../scenario-types';
import type { CompanyState, TrailRow } from '../types';

export interface FleetUpkeep {
  /** Average capex ordered over the window plus last quarter's compute bought ($B a quarter). */
  invested: number;
  /** `maintenance` × last quarter's depreciation ($B a quarter). */
  needed: number;
  /** 1 − invested ÷ needed, within 0..1 (0 when nothing is needed). */
  shortfall: number;
}

/**
 * How far a company falls short of keeping up its AI fleet, 0 (it invests at least `maintenance` ×
 * last quarter's depreciation) to 1 (it invests nothing). Investment a quarter = the average ordered
 * capex of the last `quarters` quarters (the drag's `p.quarters` unless given) plus last quarter's
 * compute bought (engine 2.3).
 */
export function fleetUpkeep(orderedCapex: readonly number[], trail: readonly TrailRow[], p: Scenario['investors']['underinvestment'], quarters = p?.quarters ?? 1): FleetUpkeep {
  const last = trail[trail.length - 1];
  if (!p || !last) return { invested: 0, needed: 0, shortfall: 0 };
  const recent = orderedCapex.slice(-quarters);
  const invested = (recent.length > 0 ? recent.reduce((x, y) => x + y, 0) / recent.length : 0) + last.computeBought;
  const needed = Math.max(0, p.maintenance * last.depreciation);
  return { invested, needed, shortfall: needed > 0 ? clamp(1 - invested / needed, 0, 1) : 0 };
}

export function underinvestmentShortfall(orderedCapex: readonly number[], trail: readonly TrailRow[], p: Scenario['investors']['underinvestment'], quarters = p?.quarters ?? 1): number {
  return fleetUpkeep(orderedCapex, trail, p, quarters).shortfall;
}

type Upkept = Pick<CompanyState, 'orderedCapexHistory' | 'trail' | 'coreLines'>;

/** Engine 2.7: how a company keeps up its fleet, measured over the erosion's window (the last year's orders). */
export function erosionUpkeep(c: Upkept, sc: Scenario): FleetUpkeep {
  const under = sc.investors.underinvestment;
  return fleetUpkeep(c.orderedCapexHistory, c.trail, under, under?.erosionQuarters);
}

/** Engine 2.7: core growth a company loses a quarter for falling behind (0 after the match's last quarter). */
export function coreErosionRate(c: Upkept, sc: Scenario, t: number, quarters: number, upkeep?: FleetUpkeep): number {
  const rate = t < quarters - 1 && c.coreLines.length > 0 ? (sc.investors.underinvestment?.coreErosion ?? 0) : 0;
  return rate > 0 ? rate * (upkeep ?? erosionUpkeep(c, sc)).shortfall : 0;
}
