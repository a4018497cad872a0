import { previewOrders } from '../../../shared/engine';
import type { MatchState, OrderPreview, QuarterReport } from '../../../shared/engine/types';
import { validateOrders } from '../../../shared/orders';
import type { OrderError, Orders } from '../../../shared/orders/types';
import type { Role } from '../../../shared/roles';
import { draftToOrders, type Draft, type NumberReading } from './draft';

// The order form's check, run as the player types: the draft read into Orders, every field
// checked by the shared validator, and the shared engine's estimate of the quarter, which is
// computed only from valid orders (an estimate of invalid input would be nonsense).

export type OrderTab = 'build' | 'compute' | 'finance' | 'deals' | 'supplier';
export const ORDER_TABS: OrderTab[] = ['build', 'compute', 'finance', 'deals', 'supplier'];

export function tabOfPath(path: string): OrderTab {
  if (path.startsWith('chips') || path.startsWith('customChips') || path.startsWith('build')) return 'build';
  if (path.startsWith('sellChips') || path.startsWith('vendorFinancing')) return 'supplier';
  if (path.startsWith('allocation') || path.startsWith('cloud')) return 'compute';
  if (path.startsWith('finance') || path.startsWith('statement')) return 'finance';
  if (path.startsWith('deals')) return 'deals';
  return 'build';
}

export interface OrderCheck {
  orders: Orders;
  /** Field path → why its text is not a number. */
  parseErrors: Record<string, string>;
  /** The validator's errors on fields whose text was readable. */
  errors: OrderError[];
  valid: boolean;
  preview: OrderPreview | null;
  /** Tabs holding at least one problem, in tab order. */
  tabsWithErrors: OrderTab[];
}

export function checkOrders(d: Draft, quarter: number, state: MatchState | null, role: Role, read: (raw: string) => NumberReading, lastReport: QuarterReport | null = null): OrderCheck {
  const { orders, parseErrors } = draftToOrders(d, quarter, read);
  let errors: OrderError[] = [];
  if (state) {
    const v = validateOrders(orders, { state, role });
    if (!v.ok) errors = v.errors.filter((e) => !(e.path in parseErrors));
  }
  const valid = Object.keys(parseErrors).length === 0 && errors.length === 0;
  let preview: OrderPreview | null = null;
  if (valid && state) {
    try {
      preview = previewOrders(state, role, orders, lastReport);
    } catch {
      preview = null;
    }
  }
  const bad = new Set<OrderTab>([...Object.keys(parseErrors), ...errors.map((e) => e.path)].map(tabOfPath));
  return { orders, parseErrors: parseErrors, errors, valid, preview, tabsWithErrors: ORDER_TABS.filter((t) => bad.has(t)) };
}

/** The first problem's field path (to take the player to it on submit). */
export function firstProblem(c: OrderCheck): string | null {
  return Object.keys(c.parseErrors)[0] ?? c.errors[0]?.path ?? null;
}
