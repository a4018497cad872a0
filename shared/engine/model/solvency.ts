import { clamp } from '../../math/index';
import type { Scenario } from '../scenario-types';
import type { SolvencyReport } from '../types';
import { revolverLimit } from './finance';

// Company-level solvency (engine 2, GAME.md 12.1.6): a company out of cash draws its revolver, then
// sells emergency equity if investors will buy it, which depends on the company alone: its equity
// value, its leverage covenant, and (through how much of its value it can sell at once) the mood.

type Distress = Scenario['distress'];

/** Debt ÷ trailing EBITDA; null without debt; the covenant broken when EBITDA is not positive. */
export function covenantLeverage(debt: number, ebitda4: number, d: Distress): { leverage: number | null; broken: boolean } {
  if (debt <= 1e-9) return { leverage: null, broken: false };
  if (ebitda4 <= 0) return { leverage: d.covenantLeverage + 1, broken: true };
  const leverage = debt / ebitda4;
  return { leverage, broken: leverage > d.covenantLeverage };
}

/** Largest emergency raise investors take now: a share of equity value that grows with mood. */
export function emergencyCapacity(equityValue: number, mood: number, broken: boolean, d: Distress): number {
  if (broken || equityValue <= 0) return 0;
  return (d.emergencyMaxShareBase + (d.emergencyMaxShareMood * clamp(mood, 0, 100)) / 100) * equityValue;
}

/** Revolver a company can still draw: up to its multiple of trailing EBITDA, and never past the leverage covenant. */
export function revolverRoom(debt: number, revolver: number, ebitda4: number, d: Distress): number {
  const byEbitda = revolverLimit(ebitda4, d.revolverEbitdaMultiple) - revolver;
  const byCovenant = d.covenantLeverage * Math.max(0, ebitda4) - debt - revolver;
  return Math.max(0, Math.min(byEbitda, byCovenant));
}

export function solvencyOf(
  x: { cash: number; debt: number; revolver: number; ebitda4: number; equityValue: number; mood: number },
  d: Distress,
): SolvencyReport {
  const cov = covenantLeverage(x.debt + x.revolver, x.ebitda4, d);
  const room = revolverRoom(x.debt, x.revolver, x.ebitda4, d);
  const emergency = emergencyCapacity(x.equityValue, x.mood, cov.broken, d);
  return {
    equityValue: x.equityValue,
    leverage: cov.leverage,
    covenantLeverage: d.covenantLeverage,
    covenantBroken: cov.broken,
    revolverRoom: room,
    emergencyCapacity: emergency,
    headroom: Math.max(0, x.cash) + room + emergency,
  };
}
