import type { Situation } from './situation';
import type { BotTraits } from './personas';

// Changing course when losing (GAME.md 10, issue 11): a private lab on lean funding rounds that is
// past its early quarters, still burning cash, whose AI revenue has stopped growing and whose cash
// would last only a few more quarters stops betting on the next quarter. It raises a fuller round
// while investors still pay for it, stops ordering chips beyond the minimum and stops buying
// compute under contract, and puts its compute back into its model (training at least half, renting
// out less) to win back product revenue. Without this a cloud-first lab that lost the product race
// kept its lean rounds and its thin rental margins until its value (and so the largest round it
// could raise) fell under its burn: 12 of 19 sank in 40-quarter matches, most in quarters 10-16.
// A turnaround needs years to pay, so with fewer than three years left a losing lab plays on (the
// 12-quarter table never sees the change, nor a 20-quarter one after its quarter 8).

/** Quarters a losing lab's round covers on top of its gap (burn plus half of next quarter's capex). */
export const LOSING_ROUND_QUARTERS = 3;
/** Before this quarter a lab is still in its early bets, whatever its figures say. */
export const LOSING_AFTER_QUARTER = 6;
/** A turnaround takes about three years to pay: with the end of the match nearer, a losing lab plays on. */
export const TURNAROUND_QUARTERS = 12;
/** AI revenue growth (average q/q over the last quarters) under which the product race is lost. */
export const STALLED_GROWTH = 0.02;
/** Cash left, in quarters of burn, under which the runway is short. */
export const SHORT_RUNWAY_QUARTERS = 3;

/** True when the seat is a private lab that is losing and its persona changes course. */
export function isLosing(k: Situation, tr: BotTraits): boolean {
  if (!tr.changesCourse || !k.isPrivate || k.t < LOSING_AFTER_QUARTER || k.quartersLeft < TURNAROUND_QUARTERS) return false;
  const burn = -k.ocf;
  if (burn <= 0) return false;
  return k.aiGrowth < STALLED_GROWTH && k.me.cash < SHORT_RUNWAY_QUARTERS * burn;
}

// Every persona's lab, once past its first three years (the default match), stops adding
// commitments when its cash and the largest round investors would take cover fewer than
// FUNDING_RUNWAY_QUARTERS of its burn: no new chips or compute under contract, and fuller rounds
// while investors still buy them. Without this, labs whose value investors had written down kept
// signing take-or-pay compute into their last quarters: 18.6% of 40-quarter 5-seat matches ended
// with a bankruptcy (GAME.md 11: 2–15%). Its first three years are left alone: that is when a lab
// bets on the market being there, and when the bankruptcies of GAME.md 11's 12-quarter table happen.

/** Before this quarter a lab bets on growth whatever its funding says. */
export const PRUDENT_AFTER_QUARTER = 12;
/** Quarters of burn that cash plus the largest possible round must cover for a lab to keep adding commitments. */
export const FUNDING_RUNWAY_QUARTERS = 11;

/** True when the seat is a private lab, past its early years, whose funding covers only a few quarters of burn. */
export function isShortOfFunding(k: Situation): boolean {
  if (!k.isPrivate || k.t < PRUDENT_AFTER_QUARTER) return false;
  const burn = -k.ocf;
  if (burn <= 0) return false;
  return k.me.cash + k.maxEquityRaise < FUNDING_RUNWAY_QUARTERS * burn;
}

/** No new chips or compute under contract, and rounds that cover the quarters ahead. */
function stopCommitting(tr: BotTraits): BotTraits {
  return { ...tr, roundHeadroom: Math.max(tr.roundHeadroom, LOSING_ROUND_QUARTERS), chipPace: 0, paceGrowth: 0, surgeQuarters: 0, buyDeals: 0, computeAmbition: 0 };
}

/** The persona's traits for this quarter: changed when the lab is losing, or short of funding. */
export function courseTraits(k: Situation, tr: BotTraits): BotTraits {
  if (isLosing(k, tr)) return { ...stopCommitting(tr), minTraining: Math.max(tr.minTraining, 0.5), cloudShare: Math.min(tr.cloudShare, 0.4) };
  return isShortOfFunding(k) ? stopCommitting(tr) : tr;
}
