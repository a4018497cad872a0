import type { QuarterReport } from '../../shared/engine/types';
import { iconKey } from '../assets';
import { t } from '../i18n';
import { lineLabel, newsText, quarterLabel } from '../i18n/engineText';
import { money, num, numDelta, pctDelta } from '../i18n/format';
import { MoodGauge } from '../charts/MoodGauge';
import { SupplyDemandChart } from '../charts/SupplyDemandChart';
import { chipMarketData, cloudMarketData } from '../planning/charts';
import type { MatchSnapshot } from '../state/model';
import { palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { panel } from '../ui/panel';
import { stat } from '../ui/stat';
import { label } from '../ui/text';
import { rt } from './i18n';

// A quarter's markets and investors, as the results screen showed them: both clearings with
// their curves, the mood needle with the causes of its move, and the quarter's news.

export function renderMarkets(ui: BaseScene, box: Box, s: MatchSnapshot, r: QuarterReport | null): void {
  const [left, right] = box.cutStart(Math.round(box.w * 0.62), 10);
  const title = r ? t('res.markets', { quarter: quarterLabel(r.quarter) }) : t('mk.chips');
  const mk = panel(ui, left, { title, icon: iconKey('chart'), help: t('help.chipMarket'), helpId: 'help.replay.markets' });
  const [chipBox, cloudBox] = mk.content.columns(2, 14);
  const chipTitle = r ? `${t('mk.chips')}: ${money(r.chips.price)}/${t('unit.gw')}${r.chips.scarce ? ` · ${t('res.scarce')}` : ''}` : t('mk.chips');
  label(ui, chipBox.start(), chipBox.y, chipTitle, { size: 'small', bold: true, maxWidth: chipBox.w });
  new SupplyDemandChart(ui, new Box(chipBox.x, chipBox.y + 22, chipBox.w, chipBox.h - 22), 'replay.chart.chips', t('mk.chips'), chipMarketData(r, s, null));
  const cloudTitle = r ? `${t('mk.cloud')}: ${money(r.cloud.price)}/${t('unit.cu')}` : t('mk.cloud');
  label(ui, cloudBox.start(), cloudBox.y, cloudTitle, { size: 'small', bold: true, maxWidth: cloudBox.w });
  new SupplyDemandChart(ui, new Box(cloudBox.x, cloudBox.y + 22, cloudBox.w, cloudBox.h - 22), 'replay.chart.cloud', t('mk.cloud'), cloudMarketData(r, s, null));

  const moodP = panel(ui, right, { title: t('mood.title'), icon: iconKey('gauge'), help: t('mood.explain'), helpId: 'help.replay.mood' });
  const mc = moodP.content;
  const radius = Math.min(62, mc.w / 2 - 40);
  const after = r ? r.mood.after : s.global.mood;
  new MoodGauge(ui, mc.cx, mc.y + radius + 10, radius, after, r ? r.mood.before : null, 'replay.mood');
  let y = mc.y + radius + 42;
  if (r) {
    stat(ui, mc.x, y, mc.w, t('inv.roiGap'), `${num(r.mood.roiGap, 2)}×`, { help: t('help.roiGap'), size: 'tiny', valueColor: palette.highlight });
    y += 16;
    stat(ui, mc.x, y, mc.w, t('inv.aiGrowth'), pctDelta(r.mood.aiRevenueGrowth), { help: t('help.aiGrowth'), size: 'tiny' });
    y += 20;
    const causes = r.mood.causes.filter((c) => Math.abs(c.amount) >= 0.05);
    if (causes.length) {
      label(ui, mc.start(), y, t('res.moodCauses'), { size: 'tiny', bold: true, color: palette.textMuted });
      y += 16;
      for (const c of causes) {
        stat(ui, mc.x, y, mc.w, lineLabel(`mood.${c.key}`), numDelta(c.amount, 1), { size: 'tiny', valueColor: c.amount >= 0 ? palette.good : palette.bad });
        y += 15;
      }
      y += 6;
    }
  }
  label(ui, mc.start(), y, rt('rp.news'), { size: 'small', bold: true });
  y += 20;
  const news = r?.news ?? [];
  for (const n of news) {
    if (y > mc.bottom - 16) break;
    const color = n.severity === 'good' ? palette.good : n.severity === 'bad' ? palette.bad : palette.info;
    ui.add.graphics().fillStyle(color, 1).fillCircle(mc.start(4), y + 7, 3.5);
    const txt = label(ui, mc.start(14), y, newsText(n), { size: 'tiny', color: palette.text, wrap: mc.w - 14, maxLines: 2 });
    y += Math.max(16, txt.height) + 5;
  }
}
