import type { Role } from '../roles';
import type { DealTerms } from '../orders/types';
import type { Contract, DealProposal, MatchState } from './types';
import { neutralCommittedCU } from './model/contracts';

// Deal proposals and their acceptance (GAME.md 5.5). A proposal is visible to the counterparty for
// two planning phases; an accepted one becomes a contract starting the quarter after the one being
// planned. The neutral supplier answers at once: it sells at ≥ 1.1 × the last cloud price while
// its uncommitted capacity allows.

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

/** Mutates `s`: records a proposal (the neutral supplier decides immediately). */
export function addProposal(s: MatchState, from: Role, terms: DealTerms, proposedQ: number, expiresQ: number, startQ: number): DealProposal {
  const to = counterpartyOf(from, terms);
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
  return state.proposals.find((p) => p.id === id && p.to === role && p.status === 'open' && p.expiresQ >= t);
}
