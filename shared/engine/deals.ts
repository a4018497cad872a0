import type { Role } from '../roles';
import type { DealTerms } from '../orders/types';
import type { Contract, DealProposal, MatchState } from './types';
import { neutralCommittedCU } from './model/contracts';
import { isProposalOpen, proposalExpiresQ } from './proposals';

// Deal proposals and their acceptance (GAME.md 5.5). A proposal stays open until it expires
// (proposals.ts); an accepted one becomes a contract starting the quarter after the one in which it
// is accepted. The neutral supplier answers at once: it sells at ≥ 1.1 × the last cloud price
// while its uncommitted capacity allows.

export function counterpartyOf(from: Role, terms: DealTerms): Role | 'neutral' {
  return terms.seller === from ? terms.buyer : terms.seller;
}

export function neutralQuote(state: MatchState, startQ: number): { minPrice: number; spareCU: number } {
  const n = state.scenario.contracts.neutral;
  const minPrice = n.priceMarkup * state.global.lastCloudPrice;
  const spareCU = Math.max(0, n.maxContractShare * state.global.neutralSupplierCapacity - neutralCommittedCU(state.contracts, startQ));
  return { minPrice, spareCU };
}

export function neutralAccepts(state: MatchState, terms: DealTerms, startQ: number): boolean {
  const q = neutralQuote(state, startQ);
  return terms.pricePerCU >= q.minPrice && terms.cuPerQuarter <= q.spareCU;
}

/** Mutates `s`: adds the contract for an accepted proposal, starting at startQ. */
export function addContract(s: MatchState, proposal: DealProposal, startQ: number): Contract {
  const c: Contract = {
    id: `k${s.nextId++}`,
    seller: proposal.terms.seller,
    buyer: proposal.terms.buyer,
    cuPerQuarter: proposal.terms.cuPerQuarter,
    pricePerCU: proposal.terms.pricePerCU,
    startQ,
    endQ: startQ + proposal.terms.quarters - 1,
    proposalId: proposal.id,
  };
  s.contracts = [...s.contracts, c];
  return c;
}

/**
 * Mutates `s`: records a proposal made while quarter `proposedQ` is planned (live or in orders).
 * The neutral supplier decides immediately; a deal it accepts starts in quarter proposedQ + 1.
 */
export function addProposal(s: MatchState, from: Role, terms: DealTerms, proposedQ: number): DealProposal {
  const to = counterpartyOf(from, terms);
  const expiresQ = proposalExpiresQ(s.scenario, proposedQ);
  const startQ = proposedQ + 1;
  const p: DealProposal = { id: `p${s.nextId++}`, from, to, terms: { ...terms }, proposedQ, expiresQ, status: 'open' };
  if (to === 'neutral') {
    if (neutralAccepts(s, terms, startQ)) {
      p.status = 'accepted';
      s.proposals = [...s.proposals, p];
      addContract(s, p, startQ);
      return p;
    }
    p.status = 'rejected';
  }
  s.proposals = [...s.proposals, p];
  return p;
}

export function openProposalFor(state: MatchState, role: Role, id: string, t: number): DealProposal | undefined {
  return state.proposals.find((p) => p.id === id && p.to === role && isProposalOpen(p, t));
}
