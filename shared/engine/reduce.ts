import { isRole, type Role } from '../roles';
import type { Orders, OrderError } from '../orders/types';
import { validateOrders, validateDealTerms } from '../orders/validate';
import { dealTermsSchema } from '../orders/schema';
import { zodIssuesToErrors } from '../orders/zod-errors';
import type { Action, MatchState, ReduceResult } from './types';
import { makeError, EngineInputError } from './errors';
import { addContract, addProposal, counterpartyOf, neutralQuote } from './deals';
import { resolveQuarter } from './resolve';
import { isProposalOpen } from './proposals';

// The engine as a reducer (boardgame.io-like): every change to a match goes through here.
// Invalid actions return field-level errors and leave the state untouched.

const fail = (errors: OrderError[]): ReduceResult => ({ ok: false, errors });

function seatErrors(state: MatchState, seat: unknown): OrderError[] {
  if (state.finished) return [makeError('type', 'action.finished')];
  if (!isRole(seat) || !state.settings.activeSeats.includes(seat)) return [makeError('seat', 'action.seat', { got: String(seat) })];
  if (state.companies[seat].bankrupt) return [makeError('seat', 'orders.seat.bankrupt', { role: seat })];
  return [];
}

/** Copy of the state with fresh proposal and contract lists (their items copied) for deal actions. */
function forDeals(state: MatchState): MatchState {
  return { ...state, proposals: state.proposals.map((p) => ({ ...p, terms: { ...p.terms } })), contracts: [...state.contracts] };
}

export function reduce(state: MatchState, action: Action): ReduceResult {
  if (action === null || typeof action !== 'object') return fail([makeError('type', 'action.unknown', { got: String(action) })]);
  const t = state.quarter;
  switch (action.type) {
    case 'submitOrders': {
      const errs = seatErrors(state, action.seat);
      if (errs.length) return fail(errs);
      const v = validateOrders(action.orders, { state, role: action.seat });
      if (!v.ok) return fail(v.errors);
      return { ok: true, state: { ...state, pending: { ...state.pending, [action.seat]: v.orders } } };
    }
    case 'withdrawOrders': {
      const errs = seatErrors(state, action.seat);
      if (errs.length) return fail(errs);
      const pending = { ...state.pending };
      delete pending[action.seat];
      return { ok: true, state: { ...state, pending } };
    }
    case 'proposeDeal': {
      const errs = seatErrors(state, action.seat);
      if (errs.length) return fail(errs);
      const parsed = dealTermsSchema.safeParse(action.terms);
      if (!parsed.success) return fail(zodIssuesToErrors(parsed.error.issues, action.terms, 'terms'));
      const terms = parsed.data;
      const termErrors = validateDealTerms(state, action.seat, terms, 'terms');
      if (termErrors.length) return fail(termErrors);
      if (counterpartyOf(action.seat, terms) !== action.to)
        return fail([makeError('to', 'orders.deals.counterparty', { party: String(action.to) })]);
      if (action.to === 'neutral') {
        const q = neutralQuote(state, t + 1);
        if (terms.pricePerCU < q.minPrice || terms.cuPerQuarter > q.spareCU)
          return fail([
            makeError('terms', 'action.deal.neutralRefused', {
              minPrice: Math.ceil(q.minPrice * 100) / 100,
              spare: Math.floor(q.spareCU * 100) / 100,
              price: terms.pricePerCU,
              cu: terms.cuPerQuarter,
            }),
          ]);
      }
      const s = forDeals(state);
      addProposal(s, action.seat, terms, t);
      return { ok: true, state: s };
    }
    case 'respondDeal': {
      const errs = seatErrors(state, action.seat);
      if (errs.length) return fail(errs);
      const p = state.proposals.find((x) => x.id === action.proposalId);
      if (!p) return fail([makeError('proposalId', 'action.proposal.unknown', { id: String(action.proposalId) })]);
      if (p.to !== action.seat) return fail([makeError('proposalId', 'action.proposal.notAddressed', { id: p.id, role: action.seat })]);
      const status = p.status === 'open' && !isProposalOpen(p, t) ? 'expired' : p.status;
      if (status !== 'open') return fail([makeError('proposalId', 'action.proposal.closed', { id: p.id, status })]);
      if (state.companies[p.from].bankrupt) return fail([makeError('proposalId', 'action.proposal.closed', { id: p.id, status: 'expired' })]);
      const s = forDeals(state);
      const mine = s.proposals.find((x) => x.id === p.id)!;
      if (action.accept === true) {
        mine.status = 'accepted';
        addContract(s, mine, t + 1);
      } else if (action.accept === false) {
        mine.status = 'rejected';
      } else {
        return fail([makeError('accept', 'field.type', { expected: 'true or false' })]);
      }
      return { ok: true, state: s };
    }
    case 'resolve': {
      if (state.finished) return fail([makeError('type', 'action.finished')]);
      const orders: Partial<Record<Role, Orders>> = {};
      for (const r of state.settings.activeSeats) {
        const pending = state.pending[r];
        // A pending submission that is no longer valid (e.g. a proposal it accepts has expired) falls back to defaults.
        if (pending && !state.companies[r].bankrupt && validateOrders(pending, { state, role: r }).ok) orders[r] = pending;
      }
      Object.assign(orders, action.orders ?? {});
      try {
        const out = resolveQuarter(state, orders, action.hostEvents ?? []);
        return { ok: true, state: out.state, report: out.report };
      } catch (err) {
        if (err instanceof EngineInputError) return fail(err.errors);
        throw err;
      }
    }
    default:
      return fail([makeError('type', 'action.unknown', { got: String((action as { type?: unknown }).type) })]);
  }
}
