import { t, type MessageKey } from '../../i18n';
import { money, num, pctDelta } from '../../i18n/format';
import type { MatchSnapshot } from '../../state/model';
import { awards, type Award } from './awards';

// The four awards (GAME.md §6): who won each, with the figure that won it and what it rewards.

function awardValue(a: Award): string {
  if (a.id === 'moneyMachine') return t('award.moneyMachine.value', { amount: money(a.value) });
  if (a.id === 'frontier') return t('award.frontier.value', { q: num(a.value, 1) });
  if (a.id === 'ironBalanceSheet') return t('award.ironBalanceSheet.value', { x: num(a.value, 2) });
  return t('award.bestTiming.value', { tsr: pctDelta(a.value) });
}

export function AwardsList(props: { snap: MatchSnapshot }) {
  return (
    <section class="card stack" aria-labelledby="awards-title" data-testid="awards">
      <h2 id="awards-title">{t('deb.awards')}</h2>
      <ul class="awards">
        {awards(props.snap).map((a) => (
          <li key={a.id} style={a.role ? { '--co': `var(--co-${a.role})` } : undefined}>
            <h3>{t(`award.${a.id}` as MessageKey)}</h3>
            <p>{a.role ? `${t(`role.${a.role}.name` as MessageKey)} · ${awardValue(a)}` : t('award.none')}</p>
            <p class="muted small">{t(`award.${a.id}.help` as MessageKey)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
