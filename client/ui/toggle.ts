import Phaser from 'phaser';
import { isRtl } from '../i18n';
import { palette } from '../theme/palette';
import type { BaseScene } from './BaseScene';
import type { Focusable } from './focus';
import { label, plainText } from './text';

export interface ToggleOptions {
  id: string;
  text: string;
  value: boolean;
  onChange: (on: boolean) => void;
  tooltip?: string;
  disabled?: boolean;
  size?: 'small' | 'body';
}

/** An on/off switch with its label, in reading order (switch first). */
export class Toggle {
  private g: Phaser.GameObjects.Graphics;
  private txt: Phaser.GameObjects.Text;
  private zone: Phaser.GameObjects.Zone;
  private on: boolean;
  private disabled: boolean;
  readonly focusable: Focusable;
  readonly h = 26;
  private hovered = false;

  constructor(
    private ui: BaseScene,
    private x: number,
    private y: number,
    private w: number,
    private o: ToggleOptions,
  ) {
    this.on = o.value;
    this.disabled = !!o.disabled;
    this.g = ui.add.graphics();
    const textX = isRtl() ? x + w - 46 : x + 46;
    this.txt = label(ui, textX, y + this.h / 2, o.text, { size: o.size ?? 'small', color: palette.text, originY: 0.5, maxWidth: w - 48 });
    this.zone = ui.add.zone(x, y, w, this.h).setOrigin(0, 0).setInteractive({ useHandCursor: true });
    this.zone.on('pointerup', () => {
      ui.focus.focus(this.focusable, false);
      this.toggle();
    });
    this.zone.on('pointerover', () => {
      this.hovered = true;
      this.draw();
      if (o.tooltip) ui.tooltip.show(o.id, o.tooltip, this.rect());
    });
    this.zone.on('pointerout', () => {
      this.hovered = false;
      this.draw();
      ui.tooltip.hide(o.id);
    });
    this.focusable = {
      id: o.id,
      bounds: () => this.rect(),
      enabled: () => !this.disabled,
      visible: () => this.zone.visible && this.zone.active,
      activate: () => this.toggle(),
      radius: 8,
      onFocus: (kb) => {
        if (kb && o.tooltip) ui.tooltip.show(o.id, o.tooltip, this.rect());
      },
      onBlur: () => ui.tooltip.hide(o.id),
    };
    ui.focus.add(this.focusable);
    ui.expose(o.id, () =>
      this.zone.visible
        ? { kind: 'toggle', label: plainText(this.txt), enabled: !this.disabled, focused: ui.focus.isFocused(this.focusable), state: { on: this.on }, ...this.rect() }
        : null,
    );
    this.draw();
  }

  private rect() {
    return { x: this.x, y: this.y, w: this.w, h: this.h };
  }

  get value(): boolean {
    return this.on;
  }

  set(on: boolean): void {
    this.on = on;
    this.draw();
  }

  setEnabled(on: boolean): void {
    this.disabled = !on;
    this.draw();
  }

  setVisible(v: boolean): void {
    this.g.setVisible(v);
    this.txt.setVisible(v);
    this.zone.setVisible(v);
  }

  private toggle(): void {
    if (this.disabled) return;
    this.on = !this.on;
    this.draw();
    this.o.onChange(this.on);
  }

  private draw(): void {
    const g = this.g;
    g.clear();
    const sw = 38;
    const sh = 20;
    const sx = isRtl() ? this.x + this.w - sw : this.x;
    const sy = this.y + (this.h - sh) / 2;
    const alpha = this.disabled ? 0.4 : 1;
    g.fillStyle(this.on ? palette.accent : this.hovered ? palette.panelHover : palette.panelRaised, alpha);
    g.fillRoundedRect(sx, sy, sw, sh, sh / 2);
    g.lineStyle(1, this.on ? palette.accent : palette.strokeStrong, alpha);
    g.strokeRoundedRect(sx, sy, sw, sh, sh / 2);
    const knobRight = isRtl() ? !this.on : this.on;
    const kx = knobRight ? sx + sw - sh / 2 : sx + sh / 2;
    g.fillStyle(this.on ? palette.textOnAccent : palette.textDim, alpha);
    g.fillCircle(kx, sy + sh / 2, sh / 2 - 3);
    this.txt.setAlpha(this.disabled ? 0.5 : 1);
  }
}
