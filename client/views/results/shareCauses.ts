import type { ValuationReport } from '../../../shared/engine/types';

// "Why your share price moved": the change in a company's share price from one quarter's report to
// the next, split into the valuation's parts (shared/engine/model/valuation.ts):
//
//   price = max(0, ccf × (E + sf × (F + G) − C − P) + netCash) ÷ shares
//
// with ccf the cost-of-capital factor (moodFactor), E the earnings value, F the core franchise, G the
// AI growth value, sf the sentiment factor, C the circular-money discount, P the capex penalty (E, F,
// G, C, P before ccf), netCash = equity − EV. The report carries each part already multiplied by ccf,
// so they are divided back. Each part is swapped from its previous to its new value one at a time, in
// the order of SHARE_CAUSES, and the price change each swap makes is that cause's amount: the amounts
// add up to the whole move exactly (the order decides only how the small cross effects are shared).

export const SHARE_CAUSES = ['earnings', 'franchise', 'growth', 'sentiment', 'circular', 'capexPenalty', 'costOfCapital', 'netCash', 'shares'] as const;
export type ShareCauseKey = (typeof SHARE_CAUSES)[number];

export interface ShareCause {
  key: ShareCauseKey;
  /** $ per share this cause added (negative: took off). */
  amount: number;
}

export interface ShareMove {
  before: number;
  after: number;
  /** after ÷ before − 1 (0 when before is 0). */
  change: number;
  /** Every cause in SHARE_CAUSES order, zeros included; null when a report lacks the parts (engine 1 records). */
  causes: ShareCause[] | null;
}

type Parts = Record<'ccf' | 'earnings' | 'franchise' | 'growth' | 'sf' | 'circular' | 'penalty' | 'netCash' | 'shares', number>;

type ValuationParts = Pick<
  ValuationReport,
  'moodFactor' | 'sentimentFactor' | 'earningsValue' | 'franchiseValue' | 'growthValue' | 'circularDiscountValue' | 'capexPenaltyValue' | 'ev' | 'equity' | 'sharePrice' | 'marketCap'
>;

const FIELDS: (keyof ValuationParts)[] = ['moodFactor', 'sentimentFactor', 'earningsValue', 'franchiseValue', 'growthValue', 'circularDiscountValue', 'capexPenaltyValue', 'ev', 'equity', 'sharePrice', 'marketCap'];

function priceOf(p: Parts): number {
  if (p.shares <= 0) return 0;
  return Math.max(0, p.ccf * (p.earnings + p.sf * (p.franchise + p.growth) - p.circular - p.penalty) + p.netCash) / p.shares;
}

/** The valuation's parts before the cost-of-capital factor, or null when the report lacks one of them. */
function partsOf(v: Partial<ValuationParts>, fallbackShares: number): Parts | null {
  for (const f of FIELDS) if (typeof v[f] !== 'number' || !Number.isFinite(v[f])) return null;
  const x = v as ValuationParts;
  if (x.moodFactor <= 0) return null;
  const shares = x.sharePrice > 0 ? x.marketCap / x.sharePrice : fallbackShares;
  const parts: Parts = {
    ccf: x.moodFactor,
    earnings: x.earningsValue / x.moodFactor,
    franchise: x.franchiseValue / x.moodFactor,
    growth: x.growthValue / x.moodFactor,
    sf: x.sentimentFactor,
    circular: x.circularDiscountValue / x.moodFactor,
    penalty: x.capexPenaltyValue / x.moodFactor,
    netCash: x.equity - x.ev,
    shares,
  };
  // The parts must rebuild the reported price; a report that does not (another engine's formula) gets no breakdown.
  const rebuilt = priceOf(parts);
  if (Math.abs(rebuilt - x.sharePrice) > 1e-6 * Math.max(1, Math.abs(x.sharePrice))) return null;
  return parts;
}

/** Which parts each cause swaps. */
const SWAPS: Record<ShareCauseKey, (keyof Parts)[]> = {
  earnings: ['earnings'],
  franchise: ['franchise'],
  growth: ['growth'],
  sentiment: ['sf'],
  circular: ['circular'],
  capexPenalty: ['penalty'],
  costOfCapital: ['ccf'],
  netCash: ['netCash'],
  shares: ['shares'],
};

/**
 * The share-price move between two reports of one company. `before` is the previous quarter's
 * valuation (null for the first quarter: then only the move from `startPrice` is known).
 * `shares` is the company's current share count, used when a price of 0 hides it.
 */
export function shareMove(before: Partial<ValuationParts> | null, after: Partial<ValuationParts>, startPrice: number, shares: number): ShareMove {
  const afterPrice = typeof after.sharePrice === 'number' ? after.sharePrice : 0;
  const beforePrice = before && typeof before.sharePrice === 'number' ? before.sharePrice : startPrice;
  const change = beforePrice > 0 ? afterPrice / beforePrice - 1 : 0;
  const move: ShareMove = { before: beforePrice, after: afterPrice, change, causes: null };
  if (!before) return move;
  const b = partsOf(before, shares);
  const a = partsOf(after, shares);
  if (!a || !b) return move;
  if (a.shares <= 0) a.shares = b.shares;
  if (b.shares <= 0) b.shares = a.shares;
  const cur: Parts = { ...b };
  let last = priceOf(cur);
  move.causes = SHARE_CAUSES.map((key) => {
    for (const f of SWAPS[key]) cur[f] = a[f];
    const next = priceOf(cur);
    const amount = next - last;
    last = next;
    return { key, amount };
  });
  return move;
}

/** The causes worth a line: those that moved the price by at least `minShare` of it (largest first). */
export function notableCauses(move: ShareMove, minShare = 0.001): ShareCause[] {
  if (!move.causes) return [];
  const floor = Math.max(1e-9, minShare * Math.max(move.before, move.after));
  return move.causes.filter((c) => Math.abs(c.amount) >= floor).sort((x, y) => Math.abs(y.amount) - Math.abs(x.amount) || SHARE_CAUSES.indexOf(x.key) - SHARE_CAUSES.indexOf(y.key));
}
