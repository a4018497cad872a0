import type { NewsItem } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';
import { t } from '../../i18n';
import { newsText } from '../../i18n/engineText';
import { rankNews } from './newsRanking';

// The quarter's news, player first (newsRanking.ts): the player's own items, then the markets and
// rivals' big news, then the routine items folded into a disclosure.

function Items(props: { items: NewsItem[] }) {
  return (
    <ul class="news-list">
      {props.items.map((n, i) => (
        <li key={`${n.key}-${i}`} class={`news-item sev-${n.severity}`}>
          <span class="news-dot" aria-hidden="true" />
          <span>{newsText(n)}</span>
        </li>
      ))}
    </ul>
  );
}

export function NewsList(props: { news: NewsItem[]; role: Role | null }) {
  const r = rankNews(props.news, props.role);
  return (
    <section class="card stack" aria-labelledby="news-title" data-testid="news">
      <h2 id="news-title">{t('res.news')}</h2>
      {props.news.length === 0 && <p class="muted">{t('res.news.none')}</p>}
      {r.mine.length > 0 && (
        <div class="news-group" data-group="mine">
          <h3>{t('res.news.mine')}</h3>
          <Items items={r.mine} />
        </div>
      )}
      {r.markets.length > 0 && (
        <div class="news-group" data-group="markets">
          <h3>{t('res.news.markets')}</h3>
          <Items items={r.markets} />
        </div>
      )}
      {r.routine.length > 0 && (
        <details class="news-group" data-group="routine">
          <summary>{t('res.news.routine', { n: r.routine.length })}</summary>
          <Items items={r.routine} />
        </details>
      )}
    </section>
  );
}
