import type { NewsItem } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';

// Player-first news: the seat's own events first (its launches, deals, financing, statements,
// distress), then what moved the markets, then the routine items (others' financing, data
// centres coming online…) which the screen shows collapsed. Newest first inside each group.

export interface RankedNews {
  yours: NewsItem[];
  markets: NewsItem[];
  routine: NewsItem[];
}

const MARKET_PREFIXES = ['news.chips.', 'news.cloud.price', 'news.cloud.tight', 'news.cloud.overbuilt', 'news.mood.', 'news.products.', 'news.dc.powerIndex', 'news.frontier', 'news.event', 'news.distress.contagion', 'news.distress.bankrupt', 'news.investors.'];

function mentions(n: NewsItem, role: Role): boolean {
  if (n.role === role) return true;
  return Object.values(n.params ?? {}).some((v) => v === role);
}

export function isMarketNews(n: NewsItem): boolean {
  return MARKET_PREFIXES.some((p) => n.key.startsWith(p));
}

export function rankNews(news: readonly NewsItem[], role: Role | null): RankedNews {
  // The engine appends news in order: reverse keeps the newest first, a stable sort keeps ties in that order.
  const newest = news
    .map((n, i) => ({ n, i }))
    .sort((a, b) => b.n.quarter - a.n.quarter || b.i - a.i)
    .map((x) => x.n);
  const out: RankedNews = { yours: [], markets: [], routine: [] };
  for (const n of newest) {
    if (role && mentions(n, role)) out.yours.push(n);
    else if (isMarketNews(n)) out.markets.push(n);
    else out.routine.push(n);
  }
  return out;
}
