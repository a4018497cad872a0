import type Phaser from 'phaser';
import { palette } from '../theme/palette';
import type { BaseScene } from './BaseScene';
import { Box } from './box';
import { roundRect } from './draw';
import { label } from './text';

export interface PanelOptions {
  title?: string;
  /** Small text at the reading end of the title row. */
  caption?: string;
  icon?: string;
  accent?: number;
  raised?: boolean;
  /** Help text shown by an (i) badge next to the title. */
  help?: string;
  helpId?: string;
}

export interface Panel {
  box: Box;
  /** Area below the title row. */
  content: Box;
  bg: Phaser.GameObjects.Graphics;
  title?: Phaser.GameObjects.Text;
  caption?: Phaser.GameObjects.Text;
}

export const PANEL_PAD = 14;
export const TITLE_H = 34;

/** A card: rounded background, optional title row with icon, caption and help badge. */
export function panel(ui: BaseScene, box: Box, o: PanelOptions = {}): Panel {
  const g = ui.add.graphics();
  roundRect(g, { x: box.x + 1, y: box.y + 3, w: box.w, h: box.h }, 12, 0x000000, 0.25);
  roundRect(g, box, 12, o.raised ? palette.panelRaised : palette.panel, 0.96, palette.stroke, 1);
  let content = box.inset(PANEL_PAD);
  const out: Panel = { box, content, bg: g };
  if (o.title) {
    const ty = box.y + 12;
    let dx = PANEL_PAD;
    if (o.accent !== undefined) {
      g.fillStyle(o.accent, 1);
      const ax = box.startX(0, 4);
      g.fillRoundedRect(ax + (ax === box.x ? 0 : 0), box.y + 14, 4, 16, 2);
    }
    if (o.icon) {
      const img = ui.add.image(box.start(dx + 9), ty + 10, o.icon).setDisplaySize(18, 18);
      img.setAlpha(0.95);
      dx += 26;
    }
    out.title = label(ui, box.start(dx), ty + 1, o.title, { size: 'h3', bold: true, color: palette.text });
    if (o.help) {
      const hx = box.start(dx + out.title.width + 14);
      helpBadge(ui, hx, ty + 10, o.helpId ?? `help.${o.title}`, o.help);
    }
    if (o.caption) {
      out.caption = label(ui, box.end(PANEL_PAD), ty + 3, o.caption, { size: 'small', color: palette.textDim, align: 'end' });
    }
    content = new Box(box.x + PANEL_PAD, box.y + TITLE_H + 6, box.w - PANEL_PAD * 2, box.h - TITLE_H - 6 - PANEL_PAD);
    out.content = content;
  }
  return out;
}

/** A round "i" badge that shows an explanation on hover or keyboard focus. */
export function helpBadge(ui: BaseScene, cx: number, cy: number, id: string, text: string, r = 8): void {
  const g = ui.add.graphics();
  const draw = (hover: boolean) => {
    g.clear();
    g.fillStyle(hover ? palette.accent : palette.panelHover, 1);
    g.fillCircle(cx, cy, r);
    g.lineStyle(1, palette.strokeStrong, 1);
    g.strokeCircle(cx, cy, r);
  };
  draw(false);
  const t = label(ui, cx, cy, 'i', { size: 11, bold: true, align: 'center', originY: 0.5, color: palette.text });
  t.setOrigin(0.5, 0.5);
  const zone = ui.add.zone(cx - r - 3, cy - r - 3, r * 2 + 6, r * 2 + 6).setOrigin(0, 0).setInteractive({ useHandCursor: true });
  const rect = { x: cx - r, y: cy - r, w: r * 2, h: r * 2 };
  zone.on('pointerover', () => {
    draw(true);
    ui.tooltip.show(id, text, rect);
  });
  zone.on('pointerout', () => {
    draw(false);
    ui.tooltip.hide(id);
  });
  ui.focus.add({
    id,
    bounds: () => rect,
    enabled: () => true,
    visible: () => zone.active,
    radius: r,
    onFocus: () => ui.tooltip.show(id, text, rect),
    onBlur: () => ui.tooltip.hide(id),
    activate: () => ui.tooltip.show(id, text, rect),
  });
  ui.expose(id, () => ({ kind: 'readout', label: text, enabled: true, focused: false, ...rect }));
}
