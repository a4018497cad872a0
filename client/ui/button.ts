import Phaser from 'phaser';
import { palette } from '../theme/palette';
import type { TextSize } from '../theme/type';
import type { BaseScene } from './BaseScene';
import { roundRect } from './draw';
import type { Focusable } from './focus';
import { label, setLabel, plainText } from './text';
import { isRtl } from '../i18n';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'tab';

export interface ButtonOptions {
  id: string;
  text: string;
  onClick: () => void;
  variant?: ButtonVariant;
  /** Width in logical px; default fits the text. */
  w?: number;
  h?: number;
  size?: TextSize;
  icon?: string;
  iconTint?: number;
  iconSize?: number;
  tooltip?: string;
  disabled?: boolean;
  selected?: boolean;
  /** Accent colour for selected/tab state. */
  accent?: number;
  bold?: boolean;
  /** Registers in the scene's keyboard order (default true). */
  focusable?: boolean;
  kind?: 'button' | 'tab' | 'toggle' | 'choice';
}

/** A button with hover, press, disabled, selected and keyboard focus states. Position is its top-left. */
export class Button extends Phaser.GameObjects.Container {
  readonly id: string;
  private bg: Phaser.GameObjects.Graphics;
  private txt: Phaser.GameObjects.Text;
  private icon?: Phaser.GameObjects.Image;
  private zone: Phaser.GameObjects.Zone;
  private hovered = false;
  private pressed = false;
  private disabledFlag: boolean;
  private selectedFlag: boolean;
  readonly bw: number;
  readonly bh: number;
  readonly focusable: Focusable;
  private tooltipText?: string;

  constructor(
    private ui: BaseScene,
    x: number,
    y: number,
    private opts: ButtonOptions,
  ) {
    super(ui, x, y);
    this.id = opts.id;
    this.disabledFlag = !!opts.disabled;
    this.selectedFlag = !!opts.selected;
    this.tooltipText = opts.tooltip;
    const size = opts.size ?? 'body';
    const h = opts.h ?? 34;
    this.bg = ui.add.graphics();
    this.txt = label(ui, 0, h / 2, opts.text, {
      size,
      bold: opts.bold ?? opts.variant !== 'ghost',
      align: 'center',
      originY: 0.5,
    });
    const iconSize = opts.iconSize ?? Math.round(h * 0.52);
    const iconGap = opts.icon ? iconSize + (opts.text ? 8 : 0) : 0;
    const w = opts.w ?? Math.ceil((opts.text ? this.txt.width : 0) + 28 + iconGap);
    this.bw = w;
    this.bh = h;
    if (opts.icon) {
      this.icon = ui.add.image(0, h / 2, opts.icon).setDisplaySize(iconSize, iconSize);
      const contentW = (opts.text ? this.txt.width : 0) + iconGap;
      const startLeft = (w - contentW) / 2;
      if (isRtl()) {
        this.icon.setPosition(w - startLeft - iconSize / 2, h / 2);
        this.txt.setPosition(w - startLeft - iconGap - this.txt.width / 2, h / 2);
      } else {
        this.icon.setPosition(startLeft + iconSize / 2, h / 2);
        this.txt.setPosition(startLeft + iconGap + this.txt.width / 2, h / 2);
      }
    } else {
      this.txt.setPosition(w / 2, h / 2);
    }
    if (this.txt.width > w - 12) setLabel(this.txt, opts.text, w - 12);
    this.zone = ui.add.zone(0, 0, w, h).setOrigin(0, 0);
    this.zone.setInteractive({ useHandCursor: true });
    this.add([this.bg, ...(this.icon ? [this.icon] : []), this.txt, this.zone]);
    ui.add.existing(this);
    this.setSize(w, h);

    this.zone.on('pointerover', () => {
      this.hovered = true;
      this.redraw();
      if (this.tooltipText) this.ui.tooltip.show(this.id, this.tooltipText, this.worldRect());
    });
    this.zone.on('pointerout', () => {
      this.hovered = false;
      this.pressed = false;
      this.redraw();
      this.ui.tooltip.hide(this.id);
    });
    this.zone.on('pointerdown', () => {
      if (this.disabledFlag) return;
      this.pressed = true;
      this.redraw();
    });
    this.zone.on('pointerup', () => {
      if (!this.pressed || this.disabledFlag) return;
      this.pressed = false;
      this.redraw();
      this.ui.focus.focus(this.focusable, false);
      this.opts.onClick();
    });

    this.focusable = {
      id: this.id,
      bounds: () => this.worldRect(),
      enabled: () => !this.disabledFlag,
      visible: () => this.isShown(),
      activate: () => this.opts.onClick(),
      radius: 8,
      onFocus: (viaKeyboard) => {
        if (viaKeyboard && this.tooltipText) this.ui.tooltip.show(this.id, this.tooltipText, this.worldRect());
      },
      onBlur: () => this.ui.tooltip.hide(this.id),
    };
    if (opts.focusable !== false) ui.focus.add(this.focusable);
    ui.expose(this.id, () =>
      this.isShown()
        ? {
            kind: opts.kind ?? (opts.variant === 'tab' ? 'tab' : 'button'),
            label: plainText(this.txt),
            enabled: !this.disabledFlag,
            focused: ui.focus.isFocused(this.focusable),
            state: { selected: this.selectedFlag },
            ...this.worldRect(),
          }
        : null,
    );
    this.redraw();
  }

  worldRect(): { x: number; y: number; w: number; h: number } {
    const m = this.getWorldTransformMatrix();
    return { x: m.tx, y: m.ty, w: this.bw, h: this.bh };
  }

  private isShown(): boolean {
    if (!this.visible || this.alpha === 0) return false;
    for (let o: Phaser.GameObjects.Container | null = this.parentContainer; o; o = o.parentContainer) {
      if (!o.visible || o.alpha === 0) return false;
    }
    return this.active;
  }

  setEnabled(on: boolean): this {
    this.disabledFlag = !on;
    if (this.zone.input) this.zone.input.cursor = on ? 'pointer' : 'default';
    this.redraw();
    return this;
  }

  get enabled(): boolean {
    return !this.disabledFlag;
  }

  setSelected(on: boolean): this {
    this.selectedFlag = on;
    this.redraw();
    return this;
  }

  setText(text: string): this {
    setLabel(this.txt, text, this.bw - 12);
    return this;
  }

  setTooltip(text: string | undefined): this {
    this.tooltipText = text;
    return this;
  }

  private redraw(): void {
    const g = this.bg;
    g.clear();
    const r = { x: 0, y: 0, w: this.bw, h: this.bh };
    const v = this.opts.variant ?? 'secondary';
    const accent = this.opts.accent ?? palette.accent;
    let fill: number | null = palette.panelRaised;
    let stroke: number | null = palette.strokeStrong;
    let textColor: number = palette.text;
    let fillAlpha = 1;
    if (v === 'primary') {
      fill = this.pressed ? 0x3d9fd6 : this.hovered ? palette.accentStrong : accent;
      stroke = null;
      textColor = palette.textOnAccent;
    } else if (v === 'danger') {
      fill = this.hovered ? 0x4a2418 : 0x38190f;
      stroke = palette.bad;
      textColor = 0xffc2a3;
    } else if (v === 'ghost') {
      fill = this.hovered ? palette.panelHover : null;
      stroke = null;
      textColor = this.hovered ? palette.text : palette.textDim;
    } else if (v === 'tab') {
      fill = this.selectedFlag ? palette.panelRaised : this.hovered ? palette.panelHover : null;
      stroke = this.selectedFlag ? palette.strokeStrong : null;
      textColor = this.selectedFlag ? palette.text : palette.textDim;
    } else {
      fill = this.pressed ? palette.panel : this.hovered ? palette.panelHover : palette.panelRaised;
      if (this.selectedFlag) {
        stroke = accent;
        fill = this.hovered ? palette.panelHover : 0x14304a;
      }
    }
    if (this.disabledFlag) {
      fillAlpha = 0.45;
      textColor = palette.textMuted;
      if (v === 'primary') fill = palette.panelRaised;
    }
    roundRect(g, r, 8, fill, fillAlpha, stroke, this.selectedFlag && v !== 'tab' ? 2 : 1);
    if (v === 'tab' && this.selectedFlag) {
      g.fillStyle(accent, 1);
      g.fillRoundedRect(10, this.bh - 3, this.bw - 20, 3, 1.5);
    }
    this.txt.setColor(`#${textColor.toString(16).padStart(6, '0')}`);
    this.icon?.setAlpha(this.disabledFlag ? 0.4 : 1);
    if (this.icon && this.opts.iconTint !== undefined) this.icon.setTint(this.opts.iconTint);
    this.ui.focus?.drawRing();
  }
}

export function button(ui: BaseScene, x: number, y: number, opts: ButtonOptions): Button {
  return new Button(ui, x, y, opts);
}
