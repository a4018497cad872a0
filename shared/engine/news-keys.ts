import { ERROR_MESSAGES } from '../orders/error-keys';

// English text for every key the engine emits: news items, money-line and cause keys, preview
// warnings — the one English source: the client shows these and keeps only its Arabic table.
// Placeholders `{name}` or `{name|format}` are filled from the item's params; the format says what
// the value is, so each reader can render it its own way: money ($B), gw, cu, int, n2 (a number),
// x (a multiplier), percent (already in percent), role (a role or 'neutral'), quarter (a quarter
// index), targetSuffix (" (target)" when there is one). formatTemplate renders them as plain
// English; the client formats them for the reader's locale.

export const NEWS_TEMPLATES = {
  /** Targeted events also carry `target` (and the item's `role`), shown in brackets. */
  'news.event': '{title}{target|targetSuffix}',
  'news.event.ended': '{title} is over',
  'news.chips.retired': '{role|role} retired {gw|gw} of old chips',
  'news.chips.droppedOut': '{role|role} dropped out of the chip market: its limit of {maxPrice|money}/GW was below the price of {price|money}/GW',
  'news.chips.scarce': 'Chips are scarce: {demand|gw} ordered against {supply|gw} of supply pushed the price to {price|money}/GW; orders filled pro rata',
  'news.chips.slack': 'Chip supply is ample ({demand|gw} ordered of {supply|gw}): price {price|money}/GW',
  'news.dc.ready': '{role|role} brought {gw|gw} of data-center shell online',
  'news.dc.powerIndex': 'Grid strain: {starts|gw} of data centers started against {grid|gw} of new grid; building costs ×{index|x}',
  'news.contract.started': 'Compute deal starts: {seller|role} sells {buyer|role} {cu|cu} a quarter at {price|money}/CU for {quarters|int} quarters',
  'news.contract.shortfall': '{seller|role} fell {missingCU|cu} short on a deal with {buyer|role} and pays a {penalty|money} penalty',
  'news.contract.ended': 'A deal between {seller|role} and {buyer|role} ended early; {counterparty|role} loses {lost|money} of future payments',
  'news.cloud.launched': '{role|role} is launching a cloud, live in {readyQuarter|quarter}',
  'news.cloud.live': '{role|role}’s cloud is live',
  'news.cloud.overbuilt': 'Overbuilt: cloud compute rents for only {price|money}/CU ({quantity|cu} sold)',
  'news.cloud.tight': 'Compute is tight: cloud rents reach {price|money}/CU ({quantity|cu} sold)',
  'news.cloud.price': 'Cloud compute cleared at {price|money}/CU ({quantity|cu} sold)',
  'news.products.unserved': '{role|role} could not serve {amount|money} of its {demand|money} AI product demand: not enough compute',
  'news.frontier': '{role|role} now has the best model (ahead of {previous|role})',
  'news.finance.equity': '{role|role} raised {amount|money} of equity at a {discount|percent} discount',
  'news.finance.debt': '{role|role} issued {amount|money} of debt at {rate|percent}',
  'news.finance.buyback': '{role|role} bought back {amount|money} of shares',
  'news.distress.revolverRepaid': '{role|role} repaid {amount|money} of its revolver',
  'news.distress.revolver': '{role|role} ran out of cash and drew {amount|money} on its revolver at {rate|percent}',
  'news.distress.emergencyRaise': '{role|role} was forced into an emergency share sale: {amount|money} at a {discount|percent} discount',
  'news.distress.bankrupt': '{role|role} is bankrupt, leaving {unpaid|money} unpaid',
  'news.distress.contagion': '{role|role}’s collapse shakes the market: investor mood {mood|int}',
  'news.statement.clarifyRumor': '{role|role}’s CEO answers the rumor; sentiment +{effect|n2}',
  /** Engine 1.x only (a clarify without a rumor); kept so that v1 records still read. */
  'news.statement.clarify': '{role|role}’s CEO clarifies; sentiment +{effect|n2}',
  'news.statement.clarifyNothing': '{role|role}’s CEO clarifies, but there is no rumor to answer: investors shrug',
  'news.statement.hype': '{role|role}’s CEO promises explosive AI growth; sentiment +{effect|n2} (checked in {dueQ|quarter})',
  'news.statement.capexCut': '{role|role} promised capex discipline and cut orders to {ordered|money} against a recent average of {last|money}; sentiment +{effect|n2}',
  'news.statement.capexNotCut': '{role|role} promised capex discipline but ordered {ordered|money} against a recent average of {last|money}; sentiment {effect|n2}',
  'news.investors.capexPenaltyUp': 'Investors see {role|role} spending more than its AI revenue can pay back: capex penalty −{penalty|percent} of its value (was −{before|percent})',
  'news.investors.capexPenaltyDown': 'Investors ease up on {role|role}’s spending: capex penalty −{penalty|percent} of its value (was −{before|percent})',
  'news.vendor.accepted': '{role|role} takes vendor financing: the chip supplier buys {equity|money} of its shares, and it must take {gw|gw} of chips a quarter for {quarters|int} quarters at {price|money}/GW',
  'news.vendor.commitmentEnded': '{role|role}’s chip commitments end with it; the chip supplier loses {lost|money} of orders',
  'news.chips.secondHand': '{role|role} sold {gw|gw} of old chips second-hand for {proceeds|money}',
  'news.statement.announceCloud': '{role|role} announces its own cloud; sentiment +{effect|n2}',
  'news.statement.hypeKept': '{role|role} kept its growth promise: AI revenue {aiRevenue|money} (needed {target|money})',
  'news.statement.hypeBroken': '{role|role} missed its growth promise: AI revenue {aiRevenue|money} (needed {target|money}); sentiment {effect|n2}, credibility falls',
  'news.core.eroding': '{role|role} invests less than its chips wear out: customers drift to rivals whose AI keeps up, and its core business grows {points|n2} points a quarter slower',
  'news.statement.cloudPromise': 'Investors will judge {role|role}’s cloud in {dueQ|quarter}: cloud compute rents for {price|money}/CU now; below {floor|money}/CU the promise is broken',
  'news.statement.cloudKept': '{role|role}’s cloud enters a market worth entering: cloud compute rents for {price|money}/CU (needed {floor|money}); credibility rises',
  'news.statement.cloudBroken': '{role|role} announced a cloud into a market that soured: cloud compute rents for {price|money}/CU (needed {floor|money}); sentiment {effect|n2}, credibility falls',
  'news.mood.bust': 'Investor mood collapses to {mood|int}',
  'news.mood.boom': 'Investor euphoria: mood {mood|int}',
} as const;

export type NewsKey = keyof typeof NEWS_TEMPLATES;

/** Labels for money lines (P&L, cash flow, capex, finance), sentiment causes and mood causes. */
export const LINE_LABELS = {
  'revenue.core.ads': 'Ads',
  'revenue.core.software': 'Software',
  'revenue.core.retail': 'Retail',
  'revenue.core.cloudNonAI': 'Cloud (non-AI)',
  'revenue.core.cloudAI': 'Cloud (AI)',
  'revenue.core.aiProducts': 'AI products',
  'revenue.aiProducts': 'AI products',
  'revenue.cloud': 'Cloud compute sales',
  'revenue.contracts': 'Compute contracts sold',
  'revenue.partnerShare': 'Partner share from OpenAI',
  'revenue.shortfallCompensation': 'Shortfall compensation received',
  'cost.core': 'Core business costs',
  'cost.dataCenters': 'Data-center running costs',
  'cost.training': 'Training overhead',
  'cost.serving': 'Serving costs',
  'cost.cloudSales': 'Cloud sales costs',
  'cost.contracts': 'Compute contracts bought',
  'cost.shortfallPenalty': 'Shortfall penalties paid',
  'cost.partnerShare': 'Partner share to Microsoft',
  'cost.interest': 'Interest',
  'cost.tax': 'Tax',
  'capex.chips': 'Chips delivered',
  'capex.customChips': 'Custom silicon delivered',
  'capex.dataCenters': 'Data-center construction',
  'capex.cloudLaunch': 'Cloud launch',
  'finance.equity': 'Equity raised',
  'finance.vendorEquity': 'Equity bought by the chip supplier',
  'finance.chipSale': 'Chips sold second-hand',
  'finance.debt': 'Debt issued',
  'finance.repay': 'Debt repaid',
  'finance.buyback': 'Share buyback',
  'distress.revolver': 'Revolver drawn',
  'distress.revolverRepaid': 'Revolver repaid',
  'distress.emergencyEquity': 'Emergency equity raise',
  'distress.unpaid': 'Unpaid at bankruptcy',
  'sentiment.decay': 'Fading of old news',
  'sentiment.surprise': 'Earnings surprise',
  'sentiment.commitments': 'Contract commitments above revenue',
  'sentiment.underinvestment': 'Investing less than its chips wear out: falling behind',
  'statement.clarify': 'CEO clarification',
  'statement.hype': 'CEO hype',
  'statement.hypeBroken': 'Broken promise',
  'statement.cloudBroken': 'Cloud promise broken',
  'statement.capexDiscipline': 'Capex discipline statement',
  'statement.announceCloud': 'Cloud announcement',
  'event.{id}': 'Event: {title}',
  'mood.growth': 'AI revenue growth',
  'mood.roiGap': 'ROI gap (capex vs AI revenue)',
  'mood.reversion': 'Drift back to normal',
  'mood.events': 'Events',
  'mood.noise': 'Noise',
  'mood.contagion': 'Bankruptcy contagion',
} as const;

export const PREVIEW_WARNINGS = {
  'preview.cashNegative': 'Cash would end near {cash|money}: the revolver ({revolver|money} available) covers the shortfall first',
  'preview.distress': 'Cash would end near {cash|money}, more than the revolver ({revolver|money}) covers: expect an emergency share sale or bankruptcy',
  'preview.chipLimit': 'Your chip limit {maxPrice|money}/GW is below the expected price {price|money}/GW: you may drop out',
  'preview.chipsScarce': 'Chip demand looks above supply: expect a premium price and a partial fill',
  'preview.stranded': 'Chips would exceed your data-center shell by {gw|gw} next quarter: they would sit idle',
  'preview.powerIndex': 'Grid strain: building costs ×{index|x}',
} as const;

function plain(value: string | number, format: string | undefined): string {
  switch (format) {
    case 'money':
      return `$${value}B`;
    case 'gw':
      return `${value} GW`;
    case 'cu':
      return `${value} CU`;
    case 'percent':
      return `${value}%`;
    case 'quarter':
      return `quarter ${value}`;
    case 'targetSuffix':
      return ` (${value})`;
    default:
      return String(value);
  }
}

/** Fill a template's `{name}` / `{name|format}` placeholders as plain English. */
export function formatTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)(?:\|(\w+))?\}/g, (m, name: string, format?: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value !== undefined ? plain(value, format) : format === 'targetSuffix' ? '' : m;
  });
}

/** English text of a news item (the event title param already is English). */
export function newsText(key: string, params: Record<string, string | number>): string {
  const t = (NEWS_TEMPLATES as Record<string, string>)[key];
  return t ? formatTemplate(t, params) : key;
}

/** Every key with English text, for the client's translation tables and the completeness test. */
export const ALL_TEXT_KEYS: string[] = [
  ...Object.keys(NEWS_TEMPLATES),
  ...Object.keys(LINE_LABELS),
  ...Object.keys(PREVIEW_WARNINGS),
  ...Object.keys(ERROR_MESSAGES),
];
