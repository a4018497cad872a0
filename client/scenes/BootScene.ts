import Phaser from 'phaser';
import { ASSETS } from '../assets';
import { t } from '../i18n';
import { pct } from '../i18n/format';
import { palette } from '../theme/palette';
import { roundRect } from '../ui/draw';
import { label, setLabel } from '../ui/text';
import { viewport } from '../ui/viewport';
import { classroomEntry } from '../classroom/entry';

// Boot: loads every asset with a real progress bar (driven by the loader's progress events),
// then hands over to Home.

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  preload(): void {
    const vp = viewport();
    const cam = this.cameras.main;
    cam.setOrigin(0, 0).setZoom(vp.zoom);
    const cx = vp.w / 2;
    const cy = vp.h / 2;
    label(this, cx, cy - 70, t('app.title'), { size: 'display', bold: true, align: 'center' });
    const status = label(this, cx, cy + 34, t('boot.loadingArt'), { size: 'small', color: palette.textDim, align: 'center' });
    const barW = Math.min(420, vp.w * 0.5);
    const bar = { x: cx - barW / 2, y: cy - 6, w: barW, h: 12 };
    const g = this.add.graphics();
    const draw = (p: number) => {
      g.clear();
      roundRect(g, bar, 6, palette.panelRaised, 1, palette.stroke, 1);
      if (p > 0) roundRect(g, { ...bar, w: Math.max(12, bar.w * p) }, 6, palette.accent, 1);
    };
    draw(0);
    document.body.dataset.scene = 'Boot';
    document.body.dataset.bootProgress = '0';
    this.load.on(Phaser.Loader.Events.PROGRESS, (p: number) => {
      draw(p);
      setLabel(status, t('boot.loading', { pct: pct(p, 0) }));
      document.body.dataset.bootProgress = String(Math.round(p * 100));
    });
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => {
      setLabel(status, t('boot.failed', { file: file.src }));
      status.setColor('#ff8a4c');
    });
    for (const a of ASSETS) this.load.svg(a.key, a.url, { width: a.w, height: a.h });
  }

  create(): void {
    this.scene.start(classroomEntry() ?? 'Home');
  }
}
