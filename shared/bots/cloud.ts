import type { Situation } from './situation';
import type { BotTraits } from './personas';
import { round2 } from './numbers';

// Cloud launch (OpenAI, Meta) and the ask price a live cloud rents at.

/** Forcing the launch decision (balance counterfactuals): never, or at the first chance from a quarter on. */
export type CloudOverride = 'never' | { launchAt: number };

export function decideLaunch(k: Situation, tr: BotTraits, draw: number, override?: CloudOverride): boolean {
  if (k.me.cloud.status !== 'none' || k.sc.companies[k.role].launchCost <= 0) return false;
  if (override === 'never') return false;
  if (override) return k.t >= override.launchAt;
  // A cloud needs its launch quarters plus a few live ones to pay back.
  if (k.quartersLeft <= k.sc.cloud.launchQuarters + 2) return false;
  if (tr.launchPenaltyTrigger > 0 && k.capexPenalty < tr.launchPenaltyTrigger) return false;
  return draw < tr.launchChance;
}

export function askPrice(k: Situation, tr: BotTraits, draw: number): number {
  if (!k.cloudLiveNow && k.me.cloud.status === 'none') return 0;
  if (tr.askFactor <= 0) return 0;
  // Never below the neutral suppliers' cost: that capacity sells first anyway.
  const ask = Math.max(0.8 * k.neutralCost, tr.askFactor * k.lastCloudPrice * (0.95 + 0.1 * draw));
  return round2(Math.min(ask, 50));
}
