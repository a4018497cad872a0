import type Phaser from 'phaser';
import { iconKey } from '../assets';
import { t } from '../i18n';
import { newsText, quarterLabel } from '../i18n/engineText';
import type { MatchSnapshot } from '../state/model';
import { palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import type { Box } from '../ui/box';
import { roundRect } from '../ui/draw';
import { label, setLabel } from '../ui/text';

// The news ticker along the bottom: the latest items one after another, each held for a few
// seconds with a fade (a crawl would be hard to read in Arabic and for slow readers).

export function renderTicker(ui: BaseScene, box: Box, s: MatchSnapshot): void {
  const g = ui.add.graphics();
  roundRect(g, box, 10, palette.panel, 0.96, palette.stroke, 1);
  const tag = label(ui, box.start(34), box.cy, t('news.title'), { size: 'tiny', bold: true, color: palette.highlight, originY: 0.5 });
  ui.add.image(box.start(16), box.cy, iconKey('news')).setDisplaySize(15, 15).setTint(palette.highlight);
  const items = [...s.news].reverse().slice(0, 12);
  const startDx = 44 + tag.width;
  const text: Phaser.GameObjects.Text = label(ui, box.start(startDx), box.cy, '', { size: 'small', color: palette.text, originY: 0.5, maxWidth: box.w - startDx - 12 });
  if (items.length === 0) {
    setLabel(text, t('news.empty'), box.w - startDx - 12);
    text.setColor('#6f7f98');
    return;
  }
  let i = 0;
  const show = () => {
    const n = items[i % items.length];
    const dot = n.severity === 'good' ? '▲ ' : n.severity === 'bad' ? '▼ ' : '• ';
    setLabel(text, `${dot}${quarterLabel(n.quarter)} — ${newsText(n)}`, box.w - startDx - 12);
    text.setColor(n.severity === 'bad' ? '#ffb08a' : n.severity === 'good' ? '#7fe0c0' : '#e9eef6');
    text.setAlpha(0);
    ui.tweens.add({ targets: text, alpha: 1, duration: 250 });
    i += 1;
  };
  show();
  if (items.length > 1) ui.time.addEvent({ delay: 5000, loop: true, callback: show });
  ui.expose('ticker', () => ({ kind: 'readout', label: text.text, enabled: true, focused: false, state: { items: items.length }, ...box }));
}
