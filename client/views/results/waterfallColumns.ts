import { t } from '../../i18n';

/** The column headers of a Results waterfall's table (its text equivalent). */
export function resultsWaterfallColumns(): { item: string; amount: string; running: string } {
  return { item: t('res.wf.item'), amount: t('res.wf.amount'), running: t('res.wf.running') };
}
