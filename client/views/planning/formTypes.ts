import type { MatchState, OrderPreview } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';
import type { MatchSnapshot } from '../../state/model';
import type { Draft } from './draft';

// What every tab of the order form gets from the form.

export interface TabProps {
  s: MatchSnapshot;
  role: Role;
  state: MatchState | null;
  draft: Draft;
  /** Changes the draft (saved at once, marked as changed since the last submit). */
  update: (fn: (d: Draft) => void) => void;
  /** Changes the deal being drafted (saved, but not an order change: no resubmit needed). */
  updateDeal: (fn: (d: Draft['deal']) => void) => void;
  /** The player-language error for a field path, or null. */
  fieldError: (path: string) => string | null;
  /** The estimate of the last valid orders (for hints; the estimate panel itself needs valid orders). */
  hints: OrderPreview | null;
}

/** The DOM id of an order field (to focus it on submit). */
export function fieldId(path: string): string {
  return `order-${path.replace(/\./g, '-')}`;
}
