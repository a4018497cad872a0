import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, createMatch, playerView } from '../../shared/index';
import { traitsFor } from '../../shared/bots';
import { courseTraits, FUNDING_RUNWAY_QUARTERS, isLosing, isShortOfFunding, LOSING_ROUND_QUARTERS, PRUDENT_AFTER_QUARTER } from '../../shared/bots/course';
import { readSituation, type Situation } from '../../shared/bots/situation';
import { planAllocation } from '../../shared/bots/allocation';
import { planFinance } from '../../shared/bots/finance';
import type { CapacityPlan } from '../../shared/bots/capacity';

// A private lab on lean rounds that is losing (past its early quarters, burning cash, AI revenue
// flat, a short runway) changes course: a fuller round, no new chips or bought compute, and its
// compute back into training. A lab still growing, a public company, a persona that does not change
// course, or a match too near its end to turn around keep their traits.

function openai(quarters: number, patch: Partial<Situation>): Situation {
  const state = createMatch(DEFAULT_SCENARIO, { quarters }, 'course');
  const k = readSituation(playerView(state, 'openai', []), 'openai', DEFAULT_SCENARIO);
  return { ...k, ...patch, me: { ...k.me, ...(patch.me ?? {}) } };
}

const losing = { t: 10, quartersLeft: 30, ocf: -8, aiGrowth: 0.005, canRaiseEquity: true, maxEquityRaise: 60, cloudLiveNow: true } as const;
const noCapex: CapacityPlan = { chipsGW: 0, chipPrice: 0, customGW: 0, customPrice: 0, buildGW: 0, buildCostPerGW: 0, buildQuarters: 1, expedite: false, maxPricePerGW: 0 };

describe('a losing lab changes course', () => {
  it('raises a fuller round, stops ordering chips and buying compute, and trains again', () => {
    const k = openai(40, { ...losing, me: { ...openai(40, {}).me, cash: 10 } });
    const tr = traitsFor('cloud-first', 'openai');
    expect(isLosing(k, tr)).toBe(true);
    const changed = courseTraits(k, tr);
    expect(changed.roundHeadroom).toBe(LOSING_ROUND_QUARTERS);
    expect(changed.chipPace).toBe(0);
    expect(changed.buyDeals).toBe(0);
    const lean = planFinance(k, tr, noCapex, 0).finance.raiseEquity;
    const full = planFinance(k, changed, noCapex, 0).finance.raiseEquity;
    expect(full).toBeGreaterThan(lean + 2 * 8 * 0.9);
    expect(planAllocation(k, changed).training).toBeGreaterThanOrEqual(50);
    expect(planAllocation(k, tr).training).toBeLessThan(50);
  });

  it('keeps its course while growing, with a long runway, early, near the end, or as another persona', () => {
    const cash = { me: { ...openai(40, {}).me, cash: 10 } };
    const tr = traitsFor('cloud-first', 'openai');
    expect(isLosing(openai(40, { ...losing, ...cash, aiGrowth: 0.05 }), tr)).toBe(false);
    expect(isLosing(openai(40, { ...losing, me: { ...cash.me, cash: 40 } }), tr)).toBe(false);
    expect(isLosing(openai(40, { ...losing, ...cash, t: 4 }), tr)).toBe(false);
    expect(isLosing(openai(12, { ...losing, ...cash, quartersLeft: 2 }), tr)).toBe(false);
    expect(isLosing(openai(40, { ...losing, ...cash, ocf: 1 }), tr)).toBe(false);
    expect(isLosing(openai(40, { ...losing, ...cash }), traitsFor('classic', 'openai'))).toBe(false);
    expect(isLosing(openai(40, { ...losing, ...cash, isPrivate: false }), traitsFor('builder', 'meta'))).toBe(false);
  });
});

describe('a lab short of funding stops adding commitments', () => {
  // Burning $8B a quarter with $10B of cash: 11 quarters of burn need $88B, the largest round is $50B.
  const short = { t: PRUDENT_AFTER_QUARTER, quartersLeft: 20, ocf: -8, aiGrowth: 0.05, canRaiseEquity: true, maxEquityRaise: 50 } as const;
  const withCash = (cash: number) => ({ me: { ...openai(40, {}).me, cash } });

  it('orders no chips, buys no compute and raises fuller rounds, whatever its persona', () => {
    for (const persona of ['classic', 'balanced', 'frugal', 'builder', 'cloud-first'] as const) {
      const tr = traitsFor(persona, 'openai');
      const k = openai(40, { ...short, ...withCash(10) });
      expect(isLosing(k, tr)).toBe(false); // still growing: not the turnaround of a losing lab
      expect(isShortOfFunding(k)).toBe(true);
      const changed = courseTraits(k, tr);
      expect(changed).toMatchObject({ chipPace: 0, paceGrowth: 0, surgeQuarters: 0, buyDeals: 0, computeAmbition: 0 });
      expect(changed.roundHeadroom).toBe(Math.max(tr.roundHeadroom, LOSING_ROUND_QUARTERS));
      // Its compute stays where the persona puts it.
      expect(changed.minTraining).toBe(tr.minTraining);
      expect(changed.cloudShare).toBe(tr.cloudShare);
    }
  });

  it('keeps its course in its first three years, with enough funding, when not burning cash, or as a public company', () => {
    const tr = traitsFor('builder', 'openai');
    const k = (patch: Partial<Situation>, cash = 10) => openai(40, { ...short, ...withCash(cash), ...patch });
    expect(isShortOfFunding(k({ t: PRUDENT_AFTER_QUARTER - 1 }))).toBe(false);
    expect(isShortOfFunding(k({}, FUNDING_RUNWAY_QUARTERS * 8 - 50 + 1))).toBe(false);
    expect(isShortOfFunding(k({}, FUNDING_RUNWAY_QUARTERS * 8 - 50 - 1))).toBe(true);
    expect(isShortOfFunding(k({ maxEquityRaise: 100 }))).toBe(false);
    expect(isShortOfFunding(k({ ocf: 2 }))).toBe(false);
    expect(isShortOfFunding(k({ isPrivate: false }))).toBe(false);
    expect(courseTraits(k({ t: PRUDENT_AFTER_QUARTER - 1 }), tr)).toBe(tr);
  });
});
