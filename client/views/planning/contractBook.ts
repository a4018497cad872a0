import { contractCU } from '../../../shared/engine/model/contracts';
import type { Contract } from '../../../shared/engine/types';
import type { Party } from '../../../shared/orders/types';
import type { Role } from '../../../shared/roles';
import type { ProposalView } from '../../state/model';

// The contract book: every deal the seat is in or has offered, as rows to list. Signed contracts
// (running, starting later or ended) and proposals (open, accepted, rejected, expired) in one
// list, so an offer sent is never lost from view.

export type BookStatus = 'running' | 'starting' | 'ended' | 'open' | 'accepted' | 'rejected' | 'expired';

export interface BookRow {
  id: string;
  kind: 'contract' | 'offer';
  /** The other side of the deal. */
  counterparty: Party;
  /** Whether the seat buys or sells the compute. */
  side: 'buy' | 'sell';
  /** For offers: who proposed it. */
  incoming: boolean;
  /** CU per quarter (this quarter's for a ramping contract). */
  cu: number;
  pricePerCU: number;
  /** Quarters still to deliver (contracts) or the whole term (offers). */
  quartersLeft: number;
  status: BookStatus;
  /** Offers: last quarter they can be accepted. */
  expiresQ?: number;
}

function contractRow(c: Contract, role: Role, quarter: number): BookRow | null {
  if (c.buyer !== role && c.seller !== role) return null;
  const end = c.endedEarlyQ !== undefined ? Math.min(c.endQ, c.endedEarlyQ) : c.endQ;
  const status: BookStatus = end < quarter ? 'ended' : c.startQ > quarter ? 'starting' : 'running';
  const side = c.buyer === role ? 'buy' : 'sell';
  const from = Math.max(quarter, c.startQ);
  return {
    id: c.id,
    kind: 'contract',
    counterparty: side === 'buy' ? c.seller : (c.buyer),
    side,
    incoming: false,
    cu: contractCU(c, Math.min(Math.max(quarter, c.startQ), c.endQ)),
    pricePerCU: c.pricePerCU,
    quartersLeft: status === 'ended' ? 0 : end - from + 1,
    status,
  };
}

function offerRow(p: ProposalView, role: Role, quarter: number): BookRow {
  const incoming = p.from !== role;
  const open = p.status === 'open' && p.expiresQ < quarter ? 'expired' : p.status;
  return {
    id: p.id,
    kind: 'offer',
    counterparty: incoming ? p.from : p.to,
    side: p.buyer === role ? 'buy' : 'sell',
    incoming,
    cu: p.cuPerQuarter,
    pricePerCU: p.pricePerCU,
    quartersLeft: p.quarters,
    status: open,
    expiresQ: p.expiresQ,
  };
}

const ORDER: Record<BookStatus, number> = { open: 0, running: 1, starting: 2, accepted: 3, rejected: 4, expired: 5, ended: 6 };

/** Rows for the seat: open offers first, then running and future contracts, then the past. */
export function contractBook(contracts: readonly Contract[], proposals: readonly ProposalView[], role: Role, quarter: number): BookRow[] {
  const fromContracts = new Set(contracts.map((c) => c.proposalId).filter(Boolean));
  const rows: BookRow[] = [];
  for (const c of contracts) {
    const r = contractRow(c, role, quarter);
    if (r) rows.push(r);
  }
  // An accepted offer appears as its contract; the offer row would repeat it.
  for (const p of proposals) if (!(p.status === 'accepted' && fromContracts.has(p.id))) rows.push(offerRow(p, role, quarter));
  return rows.map((r, i) => ({ r, i })).sort((a, b) => ORDER[a.r.status] - ORDER[b.r.status] || a.i - b.i).map((x) => x.r);
}
