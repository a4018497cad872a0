import Phaser from 'phaser';
import { DomLayer } from './dom';
import { FocusManager } from './focus';
import { registerWidget, type WidgetInfo } from './registry';
import { Tooltip } from './tooltip';
import { viewport, type Viewport } from './viewport';
import { isRtl } from '../i18n';

// Every scene extends this: it sets the camera to the logical coordinate space (ui/viewport),
// owns the scene's focus order, DOM overlay, tooltip and test registry entries, and rebuilds
// itself from scratch on resize or language change (state lives in the store, not in widgets).

export abstract class BaseScene<D extends object = object> extends Phaser.Scene {
  vp!: Viewport;
  focus!: FocusManager;
  dom!: DomLayer;
  tooltip!: Tooltip;
  protected sceneData!: D;
  private cleanups: (() => void)[] = [];

  create(data: D): void {
    this.sceneData = data ?? ({} as D);
    this.vp = viewport();
    const cam = this.cameras.main;
    cam.setOrigin(0, 0);
    cam.setZoom(this.vp.zoom);
    cam.setScroll(0, 0);
    this.focus = new FocusManager(this);
    this.dom = new DomLayer();
    this.tooltip = new Tooltip(this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
    this.build(this.sceneData);
    document.body.dataset.scene = this.scene.key;
  }

  /** Creates the scene's content. Called on create and on every rebuild. */
  abstract build(data: D): void;

  /** Rebuilds the scene with the same data (resize, language switch). */
  rebuild(data?: D): void {
    this.scene.restart(data ?? this.sceneData);
  }

  /** x of the reading-start edge of the span [x, x + w]. */
  vpStart(x: number, w: number): number {
    return isRtl() ? x + w : x;
  }

  /** x of the reading-end edge of the span [x, x + w]. */
  vpEnd(x: number, w: number): number {
    return isRtl() ? x : x + w;
  }

  /** Registers a cleanup run when the scene shuts down or rebuilds. */
  onTeardown(fn: () => void): void {
    this.cleanups.push(fn);
  }

  /** While set, registry removals are also collected here (see ui/region.ts). */
  exposeCapture: (() => void)[] | null = null;

  /** Registers a widget for tests and inspection; unregistered on teardown. */
  expose(id: string, info: () => Omit<WidgetInfo, 'id'> | null): void {
    const off = registerWidget(id, () => {
      const i = info();
      return i ? { id, ...i } : null;
    });
    this.onTeardown(off);
    this.exposeCapture?.push(off);
  }

  private teardown(): void {
    for (const fn of this.cleanups.splice(0)) fn();
    this.focus.destroy();
    this.dom.destroy();
    this.tweens.killAll();
    this.time.removeAllEvents();
  }
}
