import type { NewsItem } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';
import { roleName } from '../../app/company';
import { t } from '../../i18n';
import { eventText, eventTitle, newsText, quarterLabel } from '../../i18n/engineText';
import type { MatchSnapshot } from '../../state/model';
import { rankNews } from './newsRank';

// News, player first: active events, then the seat's own news, then what moved the markets, then
// the routine items folded away (one click opens them).

function NewsList({ items }: { items: NewsItem[] }) {
  return (
    <ul class="pl-news-list pl-plain-list">
      {items.map((n, i) => (
        <li key={i} class={`pl-news-item sev-${n.severity}`}>
          <span class="pl-news-quarter">{quarterLabel(n.quarter)}</span>
          <span>{newsText(n)}</span>
        </li>
      ))}
    </ul>
  );
}

export function NewsPanel({ s, role }: { s: MatchSnapshot; role: Role | null }) {
  const ranked = rankNews(s.news, role);
  return (
    <div class="stack">
      <section class="stack-small" aria-labelledby="news-events">
        <h3 id="news-events">{t('news.activeEvents')}</h3>
        {s.events.length === 0 ? (
          <p class="muted">{t('news.noEvents')}</p>
        ) : (
          <ul class="pl-plain-list stack-small">
            {s.events.map((e, i) => (
              <li key={i}>
                <strong class="warn">
                  {eventTitle(e.id)}
                  {e.target ? ` · ${roleName(e.target)}` : ''} ({e.remaining === null ? t('news.permanent') : t('news.quartersLeft', { n: e.remaining })})
                </strong>
                <br />
                <span class="muted">{eventText(e.id)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {s.news.length === 0 && <p class="muted">{t('news.empty')}</p>}
      {role && ranked.yours.length > 0 && (
        <section aria-labelledby="news-yours">
          <h3 id="news-yours">{t('plan.news.yours')}</h3>
          <NewsList items={ranked.yours} />
        </section>
      )}
      {ranked.markets.length > 0 && (
        <section aria-labelledby="news-markets">
          <h3 id="news-markets">{t('plan.news.markets')}</h3>
          <NewsList items={ranked.markets} />
        </section>
      )}
      {ranked.routine.length > 0 && (
        <details class="pl-news-routine">
          <summary>{t('plan.news.routine', { n: ranked.routine.length })}</summary>
          <NewsList items={ranked.routine} />
        </details>
      )}
    </div>
  );
}
