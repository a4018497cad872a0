// Every error key the engine and order validation can produce, with its English template.
// `{name}` is replaced by the error's params (plus `{path}`). The client translates by key.

export const ERROR_MESSAGES = {
  'field.type': '{path}: must be {expected}',
  'field.integer': '{path}: must be a whole number (got {got})',
  'field.finite': '{path}: must be a finite number (got {got})',
  'field.min': '{path}: must be at least {min} (got {got})',
  'field.max': '{path}: must be at most {max} (got {got})',
  'field.tooMany': '{path}: at most {max} entries (got {got})',
  'field.unknown': '{path}: unknown field {keys}',
  'field.enum': '{path}: must be one of {options} (got {got})',
  'field.required': '{path}: is required',
  'field.invalid': '{path}: is invalid ({reason})',
  'orders.quarter.mismatch': '{path}: orders are for quarter {got} but quarter {expected} is being planned',
  'orders.phase.finished': '{path}: the match is finished',
  'orders.seat.inactive': '{path}: seat {role} has no company in this match',
  'orders.seat.bankrupt': '{path}: {role} is bankrupt and can no longer give orders',
  'orders.allocation.sum': '{path}: training+products+cloud must equal 100 (got {got})',
  'orders.allocation.cloudWithoutCloud': '{path}: cloud share must be 0 without a live cloud (got {got})',
  'orders.customChips.role': '{path}: only Amazon and Google can order custom silicon',
  'orders.customChips.cap': '{path}: custom silicon is capped at {cap} GW this quarter (got {got})',
  'orders.cloud.alreadyHasCloud': '{path}: {role} already has a cloud ({status}); launching is once only',
  'orders.statement.announceWithoutLaunch': '{path}: "announce cloud" needs a cloud launch in the same orders',
  'orders.finance.raiseEquityMax': '{path}: at most {max} can be raised this quarter (got {got})',
  'orders.finance.equityRound': '{path}: a private company raises at most once every {every} quarters (next round in quarter {next})',
  'orders.finance.debtAccess': '{path}: no access to debt markets before {needed} quarters of positive operating cash flow (have {have})',
  'orders.finance.repayMax': '{path}: only {max} of debt is outstanding (got {got})',
  'orders.finance.buybackCash': '{path}: buyback exceeds cash of {cash} (got {got})',
  'orders.finance.buybackPrivate': '{path}: a private company cannot buy back shares',
  'orders.finance.raiseAndBuyback': '{path}: cannot raise equity and buy back shares in the same quarter',
  'orders.finance.issueAndRepay': '{path}: cannot issue and repay debt in the same quarter',
  'orders.sellChips.max': '{path}: only {max} GW of chips are owned (got {got})',
  'orders.vendorFinancing.noOffer': '{path}: there is no open vendor-financing offer for {role} this quarter',
  'orders.deals.notParty': '{path}: the proposer must be the buyer or the seller',
  'orders.deals.selfDeal': '{path}: buyer and seller must differ',
  'orders.deals.counterparty': '{path}: {party} cannot take part in deals in this match',
  'orders.deals.sellerNoCloud': '{path}: the seller {party} has no live cloud',
  'orders.deals.tooLong': '{path}: contracts run at most {max} quarters (got {got})',
  'orders.deals.unknownProposal': '{path}: no open proposal {id} addressed to {role}',
  'orders.deals.acceptAndReject': '{path}: proposal {id} cannot be both accepted and rejected',
  'orders.deals.duplicate': '{path}: proposal {id} is listed twice',
  'action.unknown': '{path}: unknown action type {got}',
  'action.finished': '{path}: the match is finished',
  'action.seat': '{path}: {got} is not an active seat',
  'action.proposal.unknown': '{path}: no proposal {id}',
  'action.proposal.notAddressed': '{path}: proposal {id} is not addressed to {role}',
  'action.proposal.closed': '{path}: proposal {id} is {status}',
  'action.deal.neutralRefused': '{path}: the neutral supplier sells at no less than {minPrice} per CU and has {spare} CU free (asked {price} for {cu} CU)',
  'hostEvent.unknown': '{path}: unknown event {got}',
  'hostEvent.targetRequired': '{path}: event {id} needs a target ({kind})',
  'hostEvent.noTarget': '{path}: event {id} is global and takes no target (got {got})',
  'hostEvent.badTarget': '{path}: {got} cannot be the target of {id} ({reason})',
  'settings.activeSeats': '{path}: {reason}',
} as const;

export type ErrorKey = keyof typeof ERROR_MESSAGES;
export const ERROR_KEYS = Object.keys(ERROR_MESSAGES) as ErrorKey[];

function formatValue(v: string | number): string {
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return String(v);
  const r = Math.round(v * 10000) / 10000;
  return String(r === 0 ? 0 : r);
}

/** Replace `{name}` placeholders; unknown placeholders stay as they are. */
export function formatMessage(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = Object.hasOwn(params, name) ? params[name] : undefined;
    return v === undefined ? m : formatValue(v);
  });
}
