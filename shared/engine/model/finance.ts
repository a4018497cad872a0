import { clamp } from '../../math/index';
import type { Scenario } from '../scenario-types';

// Finance formulas (GAME.md 5.11, 5.12): cost of equity and debt depend on investor mood M.

type Money = Scenario['money'];

export function equityDiscount(mood: number, m: Money): number {
  return m.equityDiscountBase + m.equityDiscountMood * (1 - mood / 100);
}

/** New shares issued for `amount` at `price` less `discount`; 0 if the price is not positive. */
export function sharesForRaise(amount: number, price: number, discount: number): number {
  const p = price * (1 - discount);
  return p > 0 ? amount / p : 0;
}

/** Debt / trailing-4q EBITDA, capped; non-positive EBITDA counts as the cap. */
export function leverage(debt: number, ebitda4: number, cap: number): number {
  if (debt <= 0) return 0;
  if (ebitda4 <= 0) return cap;
  return Math.min(cap, debt / ebitda4);
}

export function debtSpread(lev: number, mood: number, m: Money): number {
  return m.spreadBase + m.spreadLeverage * lev + m.spreadMood * (1 - mood / 100);
}

/** Blended annual rate after adding `added` at `rate` to `balance` at `oldRate`. */
export function blendRate(balance: number, oldRate: number, added: number, rate: number): number {
  const total = balance + added;
  return total > 0 ? (balance * oldRate + added * rate) / total : rate;
}

export function quarterlyInterest(debt: number, debtRate: number, revolver: number, revolverRate: number): number {
  return (debt * debtRate + revolver * revolverRate) / 4;
}

export function taxOn(pretax: number, rate: number): number {
  return pretax > 0 ? pretax * rate : 0;
}

export function revolverLimit(ebitda4: number, multiple: number): number {
  return Math.max(0, multiple * ebitda4);
}

/** Investors' annual cost of capital: base rate + equity premium + mood premium × (1 − M/100). */
export function costOfCapital(baseRate: number, mood: number, p: Scenario['investors']['costOfCapital']): number {
  return baseRate + p.equityPremium + p.moodPremium * (1 - clamp(mood, 0, 100) / 100);
}

/**
 * What the cost of capital does to every multiple: (k₀ + d) / (k + d), with k₀ the cost of capital at
 * the scenario's start (so the factor is 1 there) and d a duration term that keeps one rate step from
 * moving values as much as a perpetuity would.
 */
export function costOfCapitalFactor(k: number, scenario: Pick<Scenario, 'money' | 'mood' | 'investors'>): number {
  const p = scenario.investors.costOfCapital;
  const k0 = costOfCapital(scenario.money.baseRate, scenario.mood.start, p);
  return (k0 + p.duration) / Math.max(1e-6, k + p.duration);
}
