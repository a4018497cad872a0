import type { NewsItem } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';

// The quarter's news, player first: what happened to the player's company (its own moves, deals it is
// a party of, events aimed at it), then the markets and the world (chip and cloud clearing, grid
// strain, investor mood, events, rivals' big moments: the best model, a cloud launch, a bankruptcy),
// then the routine (rivals' day-to-day items: shells online, financing, statements), which the screen
// shows collapsed. Within a group the engine's order is kept.

export type NewsGroup = 'mine' | 'markets' | 'routine';

/** Market- and world-wide items: nobody's own news, everybody's context. */
const MARKET_KEYS = new Set([
  'news.chips.scarce',
  'news.chips.slack',
  'news.cloud.overbuilt',
  'news.cloud.tight',
  'news.cloud.price',
  'news.dc.powerIndex',
  'news.mood.bust',
  'news.mood.boom',
  'news.event',
  'news.event.ended',
  'news.distress.contagion',
]);

/** A rival's moments worth the second group; the rest of what rivals do is routine. */
const RIVAL_HEADLINES = new Set([
  'news.frontier',
  'news.cloud.launched',
  'news.cloud.live',
  'news.distress.bankrupt',
  'news.distress.emergencyRaise',
  'news.distress.revolver',
  'news.statement.hypeBroken',
  'news.investors.capexPenaltyUp',
  'news.vendor.accepted',
]);

/** Parameters that name a company party to the item. */
const ROLE_PARAMS = ['role', 'seller', 'buyer', 'counterparty', 'target', 'previous'] as const;

export function involves(item: Pick<NewsItem, 'role' | 'params'>, role: Role): boolean {
  if (item.role === role) return true;
  return ROLE_PARAMS.some((p) => item.params?.[p] === role);
}

export function newsGroup(item: NewsItem, role: Role | null): NewsGroup {
  if (role && involves(item, role)) return 'mine';
  if (MARKET_KEYS.has(item.key) || RIVAL_HEADLINES.has(item.key)) return 'markets';
  return 'routine';
}

export interface RankedNews {
  mine: NewsItem[];
  markets: NewsItem[];
  routine: NewsItem[];
}

/** The items split into the three groups, each in the engine's order. A spectator (role null) has no "mine". */
export function rankNews(items: readonly NewsItem[], role: Role | null): RankedNews {
  const out: RankedNews = { mine: [], markets: [], routine: [] };
  for (const n of items) out[newsGroup(n, role)].push(n);
  return out;
}
