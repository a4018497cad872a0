import type { Role } from '../../../shared/roles';
import { t } from '../../i18n';
import { newsText, quarterLabel } from '../../i18n/engineText';
import type { MatchSnapshot } from '../../state/model';
import { infoTab } from './InfoTabs';
import { rankNews } from './newsRank';

// The latest headline that matters to the seat, under the columns, with a way to all the news.
// It does not rotate (a moving line is hard to read, worst for slow readers and in Arabic).

export function NewsStrip({ s, role }: { s: MatchSnapshot; role: Role | null }) {
  const ranked = rankNews(s.news, role);
  const top = ranked.yours[0] ?? ranked.markets[0] ?? ranked.routine[0] ?? null;
  return (
    <section class="pl-news-strip" aria-label={t('news.title')}>
      <img src="./icons/news.svg" alt="" width={18} height={18} />
      <p>{top ? `${quarterLabel(top.quarter)}: ${newsText(top)}` : t('news.empty')}</p>
      {s.news.length > 0 && (
        <a
          href="#plan-info"
          onClick={() => {
            infoTab.value = 'news';
          }}
        >
          {t('plan.allNews')}
        </a>
      )}
    </section>
  );
}
