// Scale strategy. The canvas always has the window's size in device pixels (so nothing is
// stretched by CSS), and every scene's camera zooms its logical coordinate space onto it.
// Layouts are written in logical pixels for a space at least MIN_W × MIN_H: 1280×720 and
// 1920×1080 both give 1138×640 logical, 1024×640 gives 1120×700. Text is rasterized at the
// camera zoom (its `resolution`), so it stays crisp at every size.

export const MIN_W = 1120;
export const MIN_H = 640;

export interface Viewport {
  /** Window size in CSS pixels. */
  cssW: number;
  cssH: number;
  dpr: number;
  /** CSS pixels per logical pixel. */
  scale: number;
  /** Device pixels per logical pixel: the camera zoom and the text resolution. */
  zoom: number;
  /** Logical size of the visible area. */
  w: number;
  h: number;
}

export function computeViewport(cssW: number, cssH: number, dpr: number): Viewport {
  const safeW = Math.max(320, cssW);
  const safeH = Math.max(240, cssH);
  const scale = Math.min(safeW / MIN_W, safeH / MIN_H);
  const ratio = Math.max(1, Math.min(3, dpr || 1));
  return { cssW: safeW, cssH: safeH, dpr: ratio, scale, zoom: scale * ratio, w: safeW / scale, h: safeH / scale };
}

let current: Viewport = measure();

export function measure(): Viewport {
  const w = globalThis.innerWidth ?? MIN_W;
  const h = globalThis.innerHeight ?? MIN_H;
  return computeViewport(w, h, globalThis.devicePixelRatio ?? 1);
}

export function viewport(): Viewport {
  return current;
}

export function updateViewport(): Viewport {
  current = measure();
  return current;
}

/** Converts a logical rectangle to CSS pixels relative to the page (for DOM overlays and tests). */
export function toCss(x: number, y: number, w = 0, h = 0): { x: number; y: number; w: number; h: number } {
  const s = current.scale;
  return { x: x * s, y: y * s, w: w * s, h: h * s };
}
