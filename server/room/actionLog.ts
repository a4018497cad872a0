import type { ResolveTrigger } from '../../shared/protocol';
import type { Role } from '../../shared/roles';
import type { Action, HostEvent, Orders } from './engine';
import type { DecidedBy } from '../../shared/replay';

// What happened in each quarter of a room, enough to rebuild the match from createMatch: the
// engine actions accepted during planning (in order), the host events, and the orders every seat
// resolved with (submitted, bot, autopilot or GAME.md §7 default).

export type OrderSource = 'submitted' | 'bot' | 'autopilot' | 'default';

export interface QuarterLog {
  quarter: number;
  /** submitOrders / withdrawOrders / proposeDeal / respondDeal actions, in the order applied. */
  actions: Action[];
  hostEvents: HostEvent[];
  /** The orders each active seat resolved with. */
  orders: Partial<Record<Role, Orders>>;
  sources: Partial<Record<Role, OrderSource>>;
  /** Who decided each seat's orders (metadata for exports; a replay never reads it). */
  decidedBy?: Partial<Record<Role, DecidedBy>>;
  trigger: ResolveTrigger;
  /** stateHash after the quarter resolved. */
  hash: string;
}

export class ActionLog {
  readonly quarters: QuarterLog[];
  private actions: Action[] = [];

  /** `pending`: actions already accepted in the quarter being planned (a match restored after a crash). */
  constructor(initial: QuarterLog[] = [], pending: readonly Action[] = []) {
    this.quarters = initial.map((q) => structuredClone(q));
    this.actions = pending.map((a) => structuredClone(a));
  }

  record(action: Action): void {
    this.actions.push(structuredClone(action));
  }

  /** Actions of the quarter being planned so far. */
  get pendingActions(): readonly Action[] {
    return this.actions;
  }

  close(entry: Omit<QuarterLog, 'actions'>): QuarterLog {
    const log: QuarterLog = { ...structuredClone(entry), actions: this.actions };
    this.quarters.push(log);
    this.actions = [];
    return log;
  }

  /** Forget the open quarter's actions (the engine state was recreated in the lobby). */
  discardPending(): void {
    this.actions = [];
  }
}
