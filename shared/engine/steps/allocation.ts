import type { Role } from '../../roles';
import { installedCapacity } from '../model/capacity';
import { cloudLiveIn } from '../model/cloud';
import type { Ctx } from '../context';

// Steps 2/5/6 capacity bookkeeping (GAME.md 5.6): own CU from installed cohorts; available =
// own − delivered under contracts sold + received under contracts bought; split by allocation.

/** Installed capacity after deliveries, before contracts (sellers need own CU first). */
export function measureCapacity(ctx: Ctx): void {
  const { s, sc } = ctx;
  for (const role of ctx.live) {
    const c = s.companies[role];
    const inst = installedCapacity(c, sc, s.settings);
    ctx.cap[role] = {
      shellReadyGW: c.shellReadyGW,
      chipGW: inst.chipGW,
      installedGW: inst.installedGW,
      idleShellGW: inst.idleShellGW,
      strandedGW: inst.strandedGW,
      onOrderGW: 0,
      underConstruction: [],
      ownCU: inst.ownCU,
      contractOutCU: 0,
      contractInCU: 0,
      availableCU: 0,
      trainingCU: 0,
      productsCU: 0,
      cloudCU: 0,
      idleCU: 0,
      secondHandPricePerGW: 0,
      secondHandValue: 0,
    };
  }
}

export function runAllocation(ctx: Ctx, outCU: Partial<Record<Role, number>>, inCU: Partial<Record<Role, number>>): void {
  const { s, t } = ctx;
  for (const role of ctx.live) {
    const cap = ctx.cap[role]!;
    const c = s.companies[role];
    const a = ctx.orders[role]!.allocation;
    cap.contractOutCU = outCU[role] ?? 0;
    cap.contractInCU = inCU[role] ?? 0;
    cap.availableCU = Math.max(0, cap.ownCU - cap.contractOutCU + cap.contractInCU);
    const cloudOk = cloudLiveIn(c.cloud.status, c.cloud.readyQuarter, t);
    cap.trainingCU = (cap.availableCU * a.training) / 100;
    cap.productsCU = (cap.availableCU * a.products) / 100;
    cap.cloudCU = cloudOk ? (cap.availableCU * a.cloud) / 100 : 0;
    // Validation keeps cloud at 0 without a live cloud; anything else would sit idle.
    cap.idleCU = cloudOk ? 0 : (cap.availableCU * a.cloud) / 100;
    c.allocation = { ...a };
  }
}
