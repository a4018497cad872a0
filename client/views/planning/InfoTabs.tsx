import { signal } from '@preact/signals';
import type { Role } from '../../../shared/roles';
import { Tabs } from '../../components/Tabs';
import { t } from '../../i18n';
import type { MatchSnapshot } from '../../state/model';
import { ContractBookPanel } from './ContractBookPanel';
import { InvestorsPanel } from './InvestorsPanel';
import { MarketsPanel } from './MarketsPanel';
import { NewsPanel } from './NewsPanel';
import { OrderHistoryPanel } from './OrderHistoryPanel';
import { ReportPanel } from './ReportPanel';
import { RivalsPanel } from './RivalsPanel';

// What the player reads while planning, one tab each: markets, investors, rivals, news, and for a
// seat its contract book, its order history and last quarter's report.

export type InfoTab = 'markets' | 'investors' | 'rivals' | 'news' | 'contracts' | 'history' | 'report';

/** The info tab shown; the news strip opens the News tab through it. */
export const infoTab = signal<InfoTab>('markets');

export function InfoTabs({ s, role }: { s: MatchSnapshot; role: Role | null }) {
  const tabs: { id: InfoTab; label: string; panel: () => preact.JSX.Element }[] = [
    { id: 'markets', label: t('tab.markets'), panel: () => <MarketsPanel s={s} role={role} /> },
    { id: 'investors', label: t('tab.investors'), panel: () => <InvestorsPanel s={s} role={role} /> },
    { id: 'rivals', label: role ? t('plan.tab.rivals') : t('plan.tab.companies'), panel: () => <RivalsPanel s={s} role={role} /> },
    { id: 'news', label: t('tab.news'), panel: () => <NewsPanel s={s} role={role} /> },
  ];
  if (role) {
    tabs.push(
      { id: 'contracts', label: t('plan.tab.contracts'), panel: () => <ContractBookPanel s={s} role={role} /> },
      { id: 'history', label: t('plan.tab.history'), panel: () => <OrderHistoryPanel s={s} role={role} /> },
      { id: 'report', label: t('plan.tab.report'), panel: () => <ReportPanel s={s} role={role} /> },
    );
  }
  return <Tabs label={t('plan.jump.info')} class="info-tabs" selected={infoTab.value} onSelect={(id) => (infoTab.value = id as InfoTab)} tabs={tabs} />;
}
