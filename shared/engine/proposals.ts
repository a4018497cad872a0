import type { Scenario } from './scenario-types';
import type { DealProposal } from './types';

// When a deal proposal expires (GAME.md 5.5: "a proposal expires after 2 quarters"). One rule for
// every way a proposal is made — live during planning (reduce's proposeDeal) or in a seat's orders
// (processed when the quarter resolves): a proposal made while quarter t is planned can be answered
// until quarter t + proposalQuarters resolves (live, or in that quarter's orders), and expires then.
// The counterparty therefore always has at least proposalQuarters full planning phases to answer.

/** The last quarter in which a proposal made while planning `proposedQ` can still be accepted. */
export function proposalExpiresQ(scenario: Scenario, proposedQ: number): number {
  return proposedQ + scenario.contracts.proposalQuarters;
}

/** True while the proposal can still be answered in quarter t. */
export function isProposalOpen(p: DealProposal, t: number): boolean {
  return p.status === 'open' && p.expiresQ >= t;
}
