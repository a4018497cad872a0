import type Phaser from 'phaser';
import { t } from '../i18n';
import { int } from '../i18n/format';
import { css, palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import type { Focusable } from '../ui/focus';
import { label, setLabel } from '../ui/text';

// Investor mood 0–100 as a half-dial with fear/greed bands. The needle animates from the
// previous value; a faint ghost needle marks where the quarter started.

export const MOOD_BANDS = [
  { from: 0, to: 20, key: 'mood.band.extremeFear', color: palette.fearExtreme },
  { from: 20, to: 40, key: 'mood.band.fear', color: palette.fear },
  { from: 40, to: 60, key: 'mood.band.neutral', color: palette.calm },
  { from: 60, to: 80, key: 'mood.band.greed', color: palette.greed },
  { from: 80, to: 100, key: 'mood.band.extremeGreed', color: palette.greedExtreme },
] as const;

export function moodBand(v: number): (typeof MOOD_BANDS)[number] {
  return MOOD_BANDS.find((b) => v < b.to) ?? MOOD_BANDS[MOOD_BANDS.length - 1];
}

export function moodBandName(v: number): string {
  return t(moodBand(v).key);
}

export class MoodGauge {
  private g: Phaser.GameObjects.Graphics;
  private needle: Phaser.GameObjects.Graphics;
  private valueText: Phaser.GameObjects.Text;
  private bandText: Phaser.GameObjects.Text;
  private value: number;
  private shown: number;
  readonly focusable: Focusable;

  constructor(
    private ui: BaseScene,
    private cx: number,
    private cy: number,
    private r: number,
    value: number,
    private before: number | null,
    readonly id = 'mood.gauge',
  ) {
    this.value = value;
    this.shown = value;
    this.g = ui.add.graphics();
    this.needle = ui.add.graphics();
    const thick = Math.max(10, r * 0.2);
    for (const b of MOOD_BANDS) {
      this.g.lineStyle(thick, b.color, 0.9);
      this.g.beginPath();
      this.g.arc(cx, cy, r, this.angle(b.from) + 0.012, this.angle(b.to) - 0.012, false);
      this.g.strokePath();
    }
    // Tick marks every 10.
    this.g.lineStyle(1.5, palette.bg, 0.9);
    for (let v = 10; v < 100; v += 10) {
      const a = this.angle(v);
      this.g.lineBetween(cx + Math.cos(a) * (r - thick / 2), cy + Math.sin(a) * (r - thick / 2), cx + Math.cos(a) * (r + thick / 2), cy + Math.sin(a) * (r + thick / 2));
    }
    const small = r < 56;
    // Scale ends: "0 · Fear" under the left end, "Greed · 100" under the right end.
    label(ui, cx - r, cy + thick / 2 + 2, `0 ${t('mood.fear')}`, { size: 'tiny', color: palette.fear, align: 'center', bold: true }).setOrigin(0.5, 0);
    label(ui, cx + r, cy + thick / 2 + 2, `${t('mood.greed')} 100`, { size: 'tiny', color: palette.greed, align: 'center', bold: true }).setOrigin(0.5, 0);
    this.valueText = label(ui, cx, cy - r * 0.3, '', { size: small ? 'h2' : 'display', bold: true, align: 'center', originY: 0.5 }).setOrigin(0.5, 0.5);
    this.bandText = label(ui, cx, cy - r * 0.3 + (small ? 18 : 26), '', { size: small ? 'tiny' : 'small', bold: true, align: 'center', originY: 0.5 }).setOrigin(0.5, 0.5);
    this.draw();
    const box = { x: cx - r - thick, y: cy - r - thick, w: 2 * (r + thick), h: r + thick * 1.5 + 16 };
    const zone = ui.add.zone(box.x, box.y, box.w, box.h).setOrigin(0, 0).setInteractive();
    const explain = () => this.explanation();
    zone.on('pointerover', () => ui.tooltip.show(id, explain(), box));
    zone.on('pointerout', () => ui.tooltip.hide(id));
    this.focusable = {
      id,
      bounds: () => box,
      enabled: () => true,
      visible: () => zone.active,
      radius: 12,
      onFocus: () => ui.tooltip.show(id, explain(), box),
      onBlur: () => ui.tooltip.hide(id),
    };
    ui.focus.add(this.focusable);
    ui.expose(id, () => ({ kind: 'chart', label: t('mood.title'), enabled: true, focused: ui.focus.isFocused(this.focusable), state: { value: this.value, before: this.before }, ...box }));
  }

  private angle(v: number): number {
    return Math.PI + (Math.max(0, Math.min(100, v)) / 100) * Math.PI;
  }

  private explanation(): string {
    const parts = [`${t('mood.title')}: ${int(this.value)} — ${moodBandName(this.value)}`];
    if (this.before !== null) parts.push(t('mood.changed', { from: int(this.before), to: int(this.value) }));
    parts.push(t('mood.explain'));
    return parts.join('\n');
  }

  /** Sweeps the needle from `before` to the value. */
  animate(delay = 0, duration = 1200): void {
    const start = this.before ?? this.value;
    const state = { v: start };
    this.shown = start;
    this.draw();
    this.ui.tweens.add({
      targets: state,
      v: this.value,
      delay,
      duration,
      ease: 'Cubic.easeInOut',
      onUpdate: () => {
        this.shown = state.v;
        this.draw();
      },
    });
  }

  private draw(): void {
    const { cx, cy, r } = this;
    const n = this.needle;
    n.clear();
    const pointer = (v: number, alpha: number) => {
      const a = this.angle(v);
      const tip = { x: cx + Math.cos(a) * (r + 2), y: cy + Math.sin(a) * (r + 2) };
      const base = r * 0.62;
      const side = 0.09;
      n.fillStyle(palette.text, alpha);
      n.fillTriangle(
        tip.x,
        tip.y,
        cx + Math.cos(a - side) * base,
        cy + Math.sin(a - side) * base,
        cx + Math.cos(a + side) * base,
        cy + Math.sin(a + side) * base,
      );
    };
    if (this.before !== null && Math.abs(this.before - this.value) > 0.5) pointer(this.before, 0.25);
    pointer(this.shown, 1);
    const band = moodBand(this.shown);
    setLabel(this.valueText, int(this.shown));
    setLabel(this.bandText, t(band.key));
    this.bandText.setColor(css(band.color));
  }
}
