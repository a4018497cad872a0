import type Phaser from 'phaser';
import { isRtl } from '../i18n';
import { quarterLabel } from '../i18n/engineText';
import { palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { Button } from '../ui/button';
import { ChoiceGroup } from '../ui/choice';
import type { Focusable } from '../ui/focus';
import { label, setLabel } from '../ui/text';
import { rt } from './i18n';
import { replay, SPEEDS, type Speed } from './store';

// The replay's timeline: step back, play/pause, step forward, a scrubber with one stop per
// position (the start, then after each quarter) that follows the pointer and the arrow keys, and
// the playback speed. Positions run in reading order (right to left in Arabic).

export function positionLabel(p: number): string {
  return p === 0 ? rt('rp.at.start', { quarter: quarterLabel(0) }) : rt('rp.at.after', { quarter: quarterLabel(p - 1) });
}

export class Timeline {
  private track: Box;
  private g: Phaser.GameObjects.Graphics;
  private thumb: Phaser.GameObjects.Graphics;
  private playBtn: Button;
  private back: Button;
  private fwd: Button;
  private where: Phaser.GameObjects.Text;
  private dragging = false;
  readonly focusable: Focusable;

  constructor(
    private ui: BaseScene,
    box: Box,
  ) {
    const rtl = isRtl();
    const [controls, rest] = box.cutStart(250, 14);
    this.back = new Button(ui, 0, controls.y + 4, { id: 'replay.stepBack', text: rtl ? '▶' : '◀', tooltip: rt('rp.stepBack'), w: 44, h: 40, onClick: () => replay.step(-1) });
    this.back.setX(controls.startX(0, 44));
    this.playBtn = new Button(ui, 0, controls.y + 4, { id: 'replay.play', text: this.playText(), variant: 'primary', w: 140, h: 40, onClick: () => replay.setPlaying(!replay.playing) });
    this.playBtn.setX(controls.startX(52, 140));
    this.fwd = new Button(ui, 0, controls.y + 4, { id: 'replay.stepForward', text: rtl ? '◀' : '▶', tooltip: rt('rp.stepForward'), w: 44, h: 40, onClick: () => replay.step(1) });
    this.fwd.setX(controls.startX(200, 44));

    const [speedBox, trackArea] = rest.cutEnd(4 * 50 + 3 * 4, 18);
    label(ui, speedBox.start(), speedBox.y - 2, rt('rp.speed'), { size: 'tiny', color: palette.textMuted });
    new ChoiceGroup<string>(ui, speedBox.x, speedBox.y + 14, {
      id: 'replay.speed',
      items: SPEEDS.map((s) => ({ value: String(s), text: `${s}×` })),
      value: String(replay.speed),
      itemW: 50,
      gap: 4,
      h: 30,
      size: 'small',
      onChange: (v) => replay.setSpeed(Number(v) as Speed),
    });

    this.track = new Box(trackArea.x + 10, trackArea.y + 22, trackArea.w - 20, 12);
    this.where = label(ui, trackArea.start(10), trackArea.y - 2, '', { size: 'small', bold: true, color: palette.text });
    this.g = ui.add.graphics();
    this.thumb = ui.add.graphics();
    this.drawTrack();
    const zone = ui.add.zone(trackArea.x, trackArea.y, trackArea.w, trackArea.h + 8).setOrigin(0, 0).setInteractive({ cursor: 'pointer' });
    zone.on('pointerdown', (p: Phaser.Input.Pointer) => {
      this.dragging = true;
      ui.focus.focus(this.focusable, false);
      replay.setPlaying(false);
      replay.setPosition(this.positionAt(p.worldX));
    });
    zone.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (this.dragging && p.isDown) replay.setPosition(this.positionAt(p.worldX));
    });
    const stop = () => (this.dragging = false);
    zone.on('pointerup', stop);
    zone.on('pointerout', stop);

    this.focusable = {
      id: 'replay.scrub',
      bounds: () => ({ x: trackArea.x, y: trackArea.y, w: trackArea.w, h: trackArea.h }),
      enabled: () => true,
      visible: () => true,
      radius: 8,
      key: (e) => {
        const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
        const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
        if (e.key === forward || e.key === 'ArrowUp') return replay.step(1), true;
        if (e.key === backward || e.key === 'ArrowDown') return replay.step(-1), true;
        if (e.key === 'Home') return replay.setPosition(0), true;
        if (e.key === 'End') return replay.setPosition(replay.last), true;
        if (e.key === ' ') return replay.setPlaying(!replay.playing), true;
        return false;
      },
      activate: () => replay.setPlaying(!replay.playing),
    };
    ui.focus.add(this.focusable);
    ui.expose('replay.scrub', () => ({
      kind: 'readout',
      label: rt('rp.timeline'),
      enabled: true,
      focused: ui.focus.isFocused(this.focusable),
      state: { position: replay.position, last: replay.last, playing: replay.playing, speed: replay.speed },
      x: trackArea.x,
      y: trackArea.y,
      w: trackArea.w,
      h: trackArea.h,
    }));
    this.update();
  }

  private playText(): string {
    return replay.playing ? `❚❚  ${rt('rp.pause')}` : `${isRtl() ? '◀' : '▶'}  ${rt('rp.play')}`;
  }

  /** x of stop p on the track (reading order). */
  private xOf(p: number): number {
    const n = Math.max(1, replay.last);
    const f = p / n;
    return isRtl() ? this.track.right - f * this.track.w : this.track.x + f * this.track.w;
  }

  private positionAt(wx: number): number {
    const n = Math.max(1, replay.last);
    const f = (wx - this.track.x) / Math.max(1, this.track.w);
    return Math.round((isRtl() ? 1 - f : f) * n);
  }

  private drawTrack(): void {
    const g = this.g;
    const t = this.track;
    g.fillStyle(palette.bgDeep, 1).fillRoundedRect(t.x - 6, t.y, t.w + 12, t.h, 6);
    g.lineStyle(1, palette.strokeStrong, 1).strokeRoundedRect(t.x - 6, t.y, t.w + 12, t.h, 6);
    const n = replay.last;
    for (let p = 0; p <= n; p++) g.fillStyle(palette.textMuted, 1).fillCircle(this.xOf(p), t.cy, 2.5);
    // Stop labels, as many as fit: every k-th one, k the smallest step at which none overlap.
    const texts = Array.from({ length: n + 1 }, (_, p) => (p === 0 ? rt('rp.start') : quarterLabel(p - 1)));
    const probe = label(this.ui, 0, 0, texts[texts.length - 1], { size: 'tiny' });
    const widest = probe.width + 10;
    probe.destroy();
    const gap = n > 0 ? Math.abs(this.xOf(1) - this.xOf(0)) : t.w;
    const every = Math.max(1, Math.ceil(widest / Math.max(1, gap)));
    for (let p = 0; p <= n; p += every) {
      if (p !== n && n - p < every) continue;
      label(this.ui, this.xOf(p), t.bottom + 6, texts[p], { size: 'tiny', color: palette.textMuted, align: 'center' }).setOrigin(0.5, 0);
    }
    if (n % every !== 0) label(this.ui, this.xOf(n), t.bottom + 6, texts[n], { size: 'tiny', color: palette.textMuted, align: 'center' }).setOrigin(0.5, 0);
  }

  /** Redraws what depends on the position and the playback state. */
  update(): void {
    const t = this.track;
    const x = this.xOf(replay.position);
    const th = this.thumb;
    th.clear();
    th.fillStyle(palette.accent, 0.35);
    if (isRtl()) th.fillRoundedRect(x, t.y + 2, t.right + 4 - x, t.h - 4, 4);
    else th.fillRoundedRect(t.x - 4, t.y + 2, x - t.x + 4, t.h - 4, 4);
    th.fillStyle(palette.accent, 1).fillCircle(x, t.cy, 9);
    th.lineStyle(2, palette.bg, 1).strokeCircle(x, t.cy, 9);
    setLabel(this.where, positionLabel(replay.position));
    this.playBtn.setText(this.playText());
    this.back.setEnabled(replay.position > 0);
    this.fwd.setEnabled(replay.position < replay.last);
  }
}
