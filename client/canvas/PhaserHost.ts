import type Phaser from 'phaser';

// One small Phaser game per mounted chart, sized to its DOM container at the device pixel ratio.
//
// Phaser arrives through a dynamic import, so it is its own chunk and loads the first time a chart
// is shown. The game draws in CSS pixels (the camera zooms by the pixel ratio, text is rendered at
// that resolution, so lines and 14 px labels stay crisp). Between redraws the game loop sleeps:
// a static chart costs no frame work at all; a repaint renders exactly one frame by hand, and only
// an animation wakes the loop, until it ends. Resizing resizes the canvas and repaints — the game
// and its scene are never re-created.

export type PhaserModule = typeof Phaser;

let loading: Promise<PhaserModule> | null = null;

/** Loads Phaser once (its own chunk). */
export function loadPhaser(): Promise<PhaserModule> {
  loading ??= import('phaser').then((m) => ((m as { default?: PhaserModule }).default ?? (m as unknown as PhaserModule)));
  return loading;
}

/** Largest pixel ratio drawn at: beyond 3 the canvas grows with no visible gain. */
const MAX_DPR = 3;

export interface TextOptions {
  /** CSS px; never below 14 (the client's smallest text). */
  size?: number;
  color?: string;
  bold?: boolean;
  originX?: number;
  originY?: number;
  alpha?: number;
  /** Wrap at this width (CSS px), lines aligned by `align`. */
  wrap?: number;
  align?: 'left' | 'center' | 'right';
}

/** What a painter draws with: CSS-pixel sizes, a base Graphics and text that is crisp at the pixel ratio. */
export interface DrawKit {
  P: PhaserModule;
  scene: Phaser.Scene;
  /** Container size in CSS px. */
  w: number;
  h: number;
  dpr: number;
  rtl: boolean;
  /** A fresh Graphics layer above everything drawn so far. */
  layer(): Phaser.GameObjects.Graphics;
  text(x: number, y: number, s: string, opts?: TextOptions): Phaser.GameObjects.Text;
  /** Width in CSS px a text would take. */
  measure(s: string, opts?: { size?: number; bold?: boolean }): number;
}

/** An animation a painter asks for: `frame(t)` is called with t from 0 to 1 over `duration` ms. */
export interface Animation {
  duration: number;
  delay?: number;
  frame(t: number): void;
  /** Called once the last frame is drawn (or the animation is finished early). */
  onEnd?: () => void;
}

/** A pointer/keyboard cursor over a drawn chart: positions it can take and how each one is shown. */
export interface Cursor {
  count: number;
  /** Where the keyboard cursor starts. */
  initial: number;
  /** Positions run down the chart (rows): ArrowDown moves to the next one. */
  vertical?: boolean;
  /** The cursor position under a point (CSS px inside the container), or null for none. */
  at(x: number, y: number): number | null;
  /** Draws position i on the overlay layer (cleared before) and returns its readout lines and anchor. */
  show(g: Phaser.GameObjects.Graphics, i: number): { lines: string[]; x: number; y: number };
}

export interface Drawing {
  animation?: Animation;
  cursor?: Cursor;
}

export type Painter = (kit: DrawKit) => Drawing | void;

export const MIN_TEXT_PX = 14;
export const FONT_LATIN = '"Noto Sans", "Segoe UI", "Helvetica Neue", Roboto, Arial, sans-serif';
export const FONT_ARABIC = '"Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", Tahoma, "Geeza Pro", "Noto Sans", Arial, sans-serif';

let measureCtx: CanvasRenderingContext2D | null = null;

/** The page's font (canvas text matches the DOM around it), or a per-script stack. */
export function fontFamily(rtl: boolean): string {
  const page = typeof document !== 'undefined' ? getComputedStyle(document.body ?? document.documentElement).fontFamily : '';
  return page || (rtl ? FONT_ARABIC : FONT_LATIN);
}

export function measureText(s: string, size: number, bold: boolean, rtl: boolean, family = fontFamily(rtl)): number {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return s.length * size * 0.6;
  measureCtx.font = `${bold ? 'bold ' : ''}${size}px ${family}`;
  return measureCtx.measureText(s).width;
}

/** Every host alive in this page (the browser tests read it to find leaks). */
export const liveHosts = new Set<CanvasHost>();

export interface HostOptions {
  rtl?: boolean;
  /** Called once the game is up (tests, and the transition that waits for it). */
  onReady?: () => void;
}

/** The one scene of a chart's game: reports when it is created and calls back on every update. */
function sceneClass(P: PhaserModule, onCreate: (scene: Phaser.Scene) => void, onUpdate: () => void): typeof Phaser.Scene {
  return class ChartScene extends P.Scene {
    constructor() {
      super({ key: 'chart' });
    }
    create(): void {
      this.cameras.main.setOrigin(0, 0);
      // Reported outside Phaser's step (a microtask), so the first paint can render by hand.
      queueMicrotask(() => onCreate(this));
    }
    override update(): void {
      onUpdate();
    }
  };
}

export class CanvasHost {
  game: Phaser.Game | null = null;
  /** Repaints done (tests check that a re-render with equal data does not repaint). */
  paints = 0;
  /** Frames rendered (by hand or by the running loop). */
  frames = 0;
  /** Milliseconds the last repaint took (painter and its frame), for benchmarks. */
  paintMs = 0;
  private scene: Phaser.Scene | null = null;
  private P: PhaserModule | null = null;
  private painter: Painter | null = null;
  private animateNext = false;
  private animateDelay = 0;
  /** Wakes the loop when a delayed animation starts (the loop sleeps through the delay). */
  private wakeTimer: ReturnType<typeof setTimeout> | null = null;
  private drawing: Drawing = {};
  private overlay: Phaser.GameObjects.Graphics | null = null;
  private anim: { spec: Animation; start: number } | null = null;
  private cssW = 0;
  private cssH = 0;
  private dpr = 1;
  private observer: ResizeObserver | null = null;
  private dprQuery: MediaQueryList | null = null;
  private destroyed = false;
  private cursorAt: number | null = null;
  private rtl: boolean;

  constructor(
    readonly el: HTMLElement,
    private opts: HostOptions = {},
  ) {
    this.rtl = !!opts.rtl;
    liveHosts.add(this);
    void loadPhaser().then(
      (P) => this.boot(P),
      (e: unknown) => console.error('Phaser failed to load', e),
    );
  }

  get running(): boolean {
    return !!this.game?.loop.running;
  }

  get animating(): boolean {
    return this.anim !== null;
  }

  setRtl(rtl: boolean): void {
    this.rtl = rtl;
  }

  /** Sets what to draw and draws it (with its animation when `animate`, starting after `delay` ms). */
  setPainter(painter: Painter, animate = false, delay = 0): void {
    this.painter = painter;
    this.animateNext = animate;
    this.animateDelay = Math.max(0, delay);
    this.paint();
  }

  /** Ends a running animation at its last frame. */
  finish(): void {
    if (!this.anim) return;
    const { spec } = this.anim;
    this.anim = null;
    this.clearWakeTimer();
    spec.frame(1);
    this.renderOnce();
    spec.onEnd?.();
  }

  /** Moves the cursor to position i (null hides it); returns the readout, if any. */
  setCursor(i: number | null): { lines: string[]; x: number; y: number } | null {
    this.cursorAt = i;
    const g = this.overlay;
    const c = this.drawing.cursor;
    if (!g || !c) return null;
    g.clear();
    let out: { lines: string[]; x: number; y: number } | null = null;
    if (i !== null) out = c.show(g, Math.max(0, Math.min(c.count - 1, i)));
    this.renderOnce();
    return out;
  }

  get cursor(): Cursor | undefined {
    return this.drawing.cursor;
  }

  get cursorIndex(): number | null {
    return this.cursorAt;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    liveHosts.delete(this);
    this.clearWakeTimer();
    this.observer?.disconnect();
    this.dprQuery?.removeEventListener('change', this.onDprChange);
    const game = this.game;
    this.game = null;
    this.scene = null;
    if (!game) return;
    const gl = (game.renderer as { gl?: WebGLRenderingContext } | null)?.gl;
    game.destroy(true);
    // Phaser destroys on its next step; a sleeping loop has none, so run it now.
    game.loop.tick();
    // Give the WebGL context back now rather than when the garbage collector finds it (browsers cap live contexts).
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  }

  private boot(P: PhaserModule): void {
    if (this.destroyed) return;
    this.P = P;
    this.readSize();
    const ChartScene = sceneClass(
      P,
      (scene) => this.ready(scene),
      () => this.step(),
    );
    this.game = new P.Game({
      type: P.AUTO,
      parent: this.el,
      transparent: true,
      banner: false,
      autoFocus: false,
      disableContextMenu: false,
      width: this.pixelW(),
      height: this.pixelH(),
      scale: { mode: P.Scale.NONE },
      audio: { noAudio: true },
      input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
      render: { antialias: true, powerPreference: 'low-power' },
      scene: ChartScene,
    });
    const canvas = this.game.canvas;
    canvas.setAttribute('aria-hidden', 'true');
    canvas.removeAttribute('tabindex');
    canvas.classList.add('cr-canvas');
    this.observer = new ResizeObserver(() => this.onResize());
    this.observer.observe(this.el);
    this.watchDpr();
  }

  private ready(scene: Phaser.Scene): void {
    if (this.destroyed || !this.game) return;
    this.scene = scene;
    this.applySize();
    this.game.events.on('postrender', () => (this.frames += 1));
    this.paint();
    this.opts.onReady?.();
  }

  private readSize(): void {
    const r = this.el.getBoundingClientRect();
    this.cssW = Math.max(1, Math.round(r.width));
    this.cssH = Math.max(1, Math.round(r.height));
    this.dpr = Math.max(1, Math.min(MAX_DPR, window.devicePixelRatio || 1));
  }

  private pixelW(): number {
    return Math.max(1, Math.round(this.cssW * this.dpr));
  }

  private pixelH(): number {
    return Math.max(1, Math.round(this.cssH * this.dpr));
  }

  private applySize(): void {
    const game = this.game;
    if (!game || !this.scene) return;
    game.scale.resize(this.pixelW(), this.pixelH());
    const cam = this.scene.cameras.main;
    cam.setSize(this.pixelW(), this.pixelH());
    cam.setOrigin(0, 0);
    cam.setZoom(this.dpr);
    cam.setScroll(0, 0);
    game.canvas.style.width = `${this.cssW}px`;
    game.canvas.style.height = `${this.cssH}px`;
  }

  private onResize(): void {
    // Hidden (a closed tab, display: none): keep the drawing for when it shows again.
    const r = this.el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return;
    const w = this.cssW;
    const h = this.cssH;
    const d = this.dpr;
    this.readSize();
    if (w === this.cssW && h === this.cssH && d === this.dpr) return;
    this.applySize();
    // A running animation restarts its frame at the new size where it was.
    this.paint(true);
  }

  private readonly onDprChange = (): void => {
    this.watchDpr();
    this.onResize();
  };

  private watchDpr(): void {
    this.dprQuery?.removeEventListener('change', this.onDprChange);
    this.dprQuery = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    this.dprQuery.addEventListener('change', this.onDprChange);
  }

  private kit(): DrawKit {
    const scene = this.scene!;
    const dpr = this.dpr;
    const rtl = this.rtl;
    const family = fontFamily(rtl);
    return {
      P: this.P!,
      scene,
      w: this.cssW,
      h: this.cssH,
      dpr,
      rtl,
      layer: () => scene.add.graphics(),
      text: (x, y, s, o = {}) => {
        const size = Math.max(MIN_TEXT_PX, o.size ?? MIN_TEXT_PX);
        const t = scene.add.text(x, y, s, {
          fontFamily: family,
          fontSize: `${size}px`,
          fontStyle: o.bold ? 'bold' : 'normal',
          color: o.color ?? '#e9eef6',
          resolution: dpr,
          rtl,
          align: o.align ?? 'left',
          ...(o.wrap ? { wordWrap: { width: o.wrap, useAdvancedWrap: true } } : {}),
        });
        t.setOrigin(o.originX ?? 0, o.originY ?? 0);
        if (o.alpha !== undefined) t.setAlpha(o.alpha);
        // Whole device pixels: glyphs land on the pixel grid.
        t.setPosition(Math.round((x - t.originX * t.width) * dpr) / dpr + t.originX * t.width, Math.round((y - t.originY * t.height) * dpr) / dpr + t.originY * t.height);
        return t;
      },
      measure: (s, o = {}) => measureText(s, Math.max(MIN_TEXT_PX, o.size ?? MIN_TEXT_PX), !!o.bold, rtl, family),
    };
  }

  /** Clears the scene and runs the painter; `resized` keeps a running animation going at the new size. */
  private paint(resized = false): void {
    const scene = this.scene;
    if (!scene || !this.painter || this.destroyed) return;
    const wasAnimating = this.anim;
    const t0 = performance.now();
    for (const obj of [...scene.children.list]) obj.destroy();
    this.paints += 1;
    const drawing = this.painter(this.kit()) ?? {};
    this.drawing = drawing;
    this.overlay = scene.add.graphics();
    const animate = resized ? wasAnimating !== null : this.animateNext;
    this.animateNext = false;
    if (drawing.animation && animate) {
      const fresh = !(resized && wasAnimating);
      this.anim = { spec: drawing.animation, start: fresh ? performance.now() + this.animateDelay : wasAnimating.start };
      if (fresh) {
        this.clearWakeTimer();
        if (this.animateDelay > 0) {
          this.wakeTimer = setTimeout(() => {
            this.wakeTimer = null;
            if (this.anim) this.game?.loop.wake();
          }, this.animateDelay);
        }
      }
      this.step();
      // Asleep through a delay (the first frame is shown by hand), running once it has begun.
      if (this.wakeTimer) this.renderOnce();
      else this.game!.loop.wake();
      this.paintMs = performance.now() - t0;
      return;
    }
    this.anim = null;
    this.clearWakeTimer();
    drawing.animation?.frame(1);
    if (drawing.animation?.onEnd && !resized) queueMicrotask(drawing.animation.onEnd);
    if (this.cursorAt !== null && drawing.cursor) this.setCursor(this.cursorAt);
    else this.renderOnce();
    this.paintMs = performance.now() - t0;
  }

  private clearWakeTimer(): void {
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
  }

  /** Called from the scene's update while the loop runs: advances the animation, sleeps when done. */
  private step(): void {
    const a = this.anim;
    const game = this.game;
    if (!game) return;
    if (!a) {
      game.loop.sleep();
      return;
    }
    const t = (performance.now() - a.start - (a.spec.delay ?? 0)) / Math.max(1, a.spec.duration);
    a.spec.frame(Math.max(0, Math.min(1, t)));
    if (t >= 1) {
      this.anim = null;
      // This frame still renders; the loop stops after it.
      game.loop.sleep();
      if (a.spec.onEnd) queueMicrotask(a.spec.onEnd);
    }
  }

  /** Renders one frame with the loop asleep (a no-op while the loop runs: its next frame shows it). */
  private renderOnce(): void {
    const game = this.game;
    if (!game || this.destroyed) return;
    if (game.loop.running) {
      if (!this.anim) game.loop.sleep();
      else return;
    }
    game.loop.tick();
  }
}
