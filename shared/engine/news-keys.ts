import { ERROR_MESSAGES } from '../orders/error-keys';

// English text for every key the engine emits: news items, money-line and cause keys, preview
// warnings. `{name}` placeholders are filled from the item's params. The client translates by key.

export const NEWS_TEMPLATES = {
  /** Targeted events also carry `target` (and the item's `role`); newsText appends it in brackets. */
  'news.event': '{title}',
  'news.event.ended': '{title} is over',
  'news.chips.retired': '{role} retired {gw} GW of old chips',
  'news.chips.droppedOut': '{role} dropped out of the chip market: its limit of ${maxPrice}B/GW was below the price of ${price}B/GW',
  'news.chips.scarce': 'Chips are scarce: demand of {demand} GW against supply of {supply} GW pushed the price to ${price}B/GW; orders are filled pro rata',
  'news.chips.slack': 'Chip supply is ample ({demand} GW ordered of {supply} GW): price ${price}B/GW',
  'news.dc.ready': '{role} brought {gw} GW of data-center shell online',
  'news.dc.powerIndex': 'Grid strain: {starts} GW of data centers started against {grid} GW of new grid; building costs ×{index}',
  'news.contract.started': 'Compute deal {id} starts: {seller} sells {buyer} {cu} CU a quarter at ${price}B/CU for {quarters} quarters',
  'news.contract.shortfall': '{seller} fell {missingCU} CU short on deal {id} with {buyer} and pays a ${penalty}B penalty',
  'news.contract.ended': 'Deal {id} between {seller} and {buyer} ended early; {counterparty} loses ${lost}B of future payments',
  'news.cloud.launched': '{role} is launching a cloud, live in quarter {readyQuarter}',
  'news.cloud.live': "{role}'s cloud is live",
  'news.cloud.overbuilt': 'Overbuilt: cloud compute rents for only ${price}B/CU ({quantity} CU sold)',
  'news.cloud.tight': 'Compute is tight: cloud rents reach ${price}B/CU ({quantity} CU sold)',
  'news.cloud.price': 'Cloud compute cleared at ${price}B/CU ({quantity} CU sold)',
  'news.products.unserved': '{role} could not serve ${amount}B of its ${demand}B AI product demand: not enough compute',
  'news.frontier': '{role} now has the best model (ahead of {previous})',
  'news.finance.equity': '{role} raised ${amount}B of equity at a {discount}% discount',
  'news.finance.debt': '{role} issued ${amount}B of debt at {rate}%',
  'news.finance.buyback': '{role} bought back ${amount}B of shares',
  'news.distress.revolverRepaid': '{role} repaid ${amount}B of its revolver',
  'news.distress.revolver': '{role} ran out of cash and drew ${amount}B on its revolver at {rate}%',
  'news.distress.emergencyRaise': '{role} was forced into an emergency share sale: ${amount}B at a {discount}% discount',
  'news.distress.bankrupt': '{role} is bankrupt, leaving ${unpaid}B unpaid',
  'news.distress.contagion': "{role}'s collapse shakes the market: investor mood {mood}",
  'news.statement.clarifyRumor': "{role}'s CEO answers the rumor; sentiment +{effect}",
  'news.statement.clarify': "{role}'s CEO clarifies; sentiment +{effect}",
  'news.statement.hype': "{role}'s CEO promises explosive AI growth; sentiment +{effect} (checked in quarter {dueQ})",
  'news.statement.capexCut': '{role} promised capex discipline and cut orders to ${ordered}B from ${last}B; sentiment +{effect}',
  'news.statement.capexNotCut': '{role} promised capex discipline but ordered ${ordered}B after ${last}B; sentiment {effect}',
  'news.statement.announceCloud': '{role} announces its own cloud; sentiment +{effect}',
  'news.statement.hypeKept': "{role} kept its growth promise: AI revenue ${aiRevenue}B (needed ${target}B)",
  'news.statement.hypeBroken': "{role} missed its growth promise: AI revenue ${aiRevenue}B (needed ${target}B); sentiment {effect}, credibility falls",
  'news.mood.bust': 'Investor mood collapses to {mood}',
  'news.mood.boom': 'Investor euphoria: mood {mood}',
} as const;

export type NewsKey = keyof typeof NEWS_TEMPLATES;

/** Labels for money lines (P&L, cash flow, capex, finance), sentiment causes and mood causes. */
export const LINE_LABELS: Record<string, string> = {
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
  'statement.clarify': 'CEO clarification',
  'statement.hype': 'CEO hype',
  'statement.hypeBroken': 'Broken promise',
  'statement.capexDiscipline': 'Capex discipline statement',
  'statement.announceCloud': 'Cloud announcement',
  'event.{id}': 'Event: {title}',
  'mood.growth': 'AI revenue growth',
  'mood.roiGap': 'ROI gap (capex vs AI revenue)',
  'mood.reversion': 'Drift back to normal',
  'mood.events': 'Events',
  'mood.noise': 'Noise',
  'mood.contagion': 'Bankruptcy contagion',
};

export const PREVIEW_WARNINGS = {
  'preview.cashNegative': 'Cash would end near ${cash}B: the revolver (${revolver}B available) covers shortfalls first',
  'preview.distress': 'Cash would end near ${cash}B, more than the revolver covers: expect an emergency share sale or bankruptcy',
  'preview.chipLimit': 'Your chip limit ${maxPrice}B/GW is below the expected price ${price}B/GW: you may drop out',
  'preview.chipsScarce': 'Chip demand looks above supply: expect a premium price and partial fill',
  'preview.stranded': 'Chips would exceed your data-center shell by {gw} GW next quarter: they would sit idle',
  'preview.powerIndex': 'Expected building costs ×{index} from grid strain',
} as const;

/** Fill a template's `{name}` placeholders. */
export function formatTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** English text of a news item (the event title param already is English). */
export function newsText(key: string, params: Record<string, string | number>): string {
  const t = (NEWS_TEMPLATES as Record<string, string>)[key];
  if (!t) return key;
  const text = formatTemplate(t, params);
  return key === 'news.event' && params.target !== undefined ? `${text} (${params.target})` : text;
}

/** Every key with English text, for the client's translation tables and the completeness test. */
export const ALL_TEXT_KEYS: string[] = [
  ...Object.keys(NEWS_TEMPLATES),
  ...Object.keys(LINE_LABELS),
  ...Object.keys(PREVIEW_WARNINGS),
  ...Object.keys(ERROR_MESSAGES),
];
