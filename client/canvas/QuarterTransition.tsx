import { useEffect, useRef } from 'preact/hooks';
import { css, palette } from '../theme/palette';
import { prefersReducedMotion } from './motion';
import { CanvasHost, type Drawing, type DrawKit } from './PhaserHost';
import './canvas.css';

// The short beat between Planning and Results: the screen dims, the planning title rises away while
// a line sweeps across, the results title arrives, and a market's two curves cross at a clearing
// point that pops — then the overlay fades and onDone fires. About 1.3 s; a tap, a click, Escape,
// Enter or the Skip button ends it at once; under prefers-reduced-motion it does not play at all.

export interface QuarterTransitionProps {
  /** What is ending, e.g. "Planning · Q2 2026". */
  from: string;
  /** What comes, e.g. "Results · Q2 2026" (also announced to screen readers). */
  to: string;
  /** The skip button's text. */
  skipLabel: string;
  onDone: () => void;
  /** ms, 600–1500 (default 1300). */
  duration?: number;
  rtl?: boolean;
}

const clamp01 = (v: number) => Math.max(0, Math.min(1, v));
/** Progress of a sub-interval [a, b] of the animation. */
const span = (t: number, a: number, b: number) => clamp01((t - a) / (b - a));
const easeOut = (t: number) => 1 - (1 - t) ** 3;
const demandY = (u: number) => 0.1 + 0.8 * Math.sqrt(u);
const supplyY = (u: number) => 0.9 - 0.8 * u * u;

/** Where the two curves meet (bisection: demand minus supply grows with u). */
const CROSS_U = (() => {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (demandY(mid) < supplyY(mid)) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
})();

export function paintTransition(from: string, to: string, duration: number) {
  return (kit: DrawKit): Drawing => {
    const { w, h, rtl } = kit;
    const size = w < 480 ? 24 : 32;
    const bg = kit.layer();
    const fx = kit.layer();
    const cx = w / 2;
    const cy = h * 0.42;
    const wrap = Math.max(120, w - 48);
    const fromText = kit.text(cx, cy, from, { size, bold: true, originX: 0.5, originY: 0.5, color: css(palette.textDim), wrap, align: 'center' });
    const toText = kit.text(cx, cy, to, { size, bold: true, originX: 0.5, originY: 0.5, color: css(palette.text), wrap, align: 'center' });
    const lineW = Math.min(w - 48, 420);
    const lineY = cy + toText.height / 2 + 18;
    const chartW = Math.min(w - 64, 220);
    const chartH = Math.min(110, h * 0.2);
    const chart = { x: cx - chartW / 2, y: lineY + 24, w: chartW, h: chartH };
    const frame = (t: number) => {
      const fade = t < 0.12 ? easeOut(t / 0.12) : t > 0.86 ? 1 - span(t, 0.86, 1) : 1;
      bg.clear();
      bg.fillStyle(palette.bg, 0.94 * fade).fillRect(0, 0, w, h);
      const out = easeOut(span(t, 0.08, 0.42));
      fromText.setAlpha((1 - out) * fade).setY(cy - 36 * out);
      const arrive = easeOut(span(t, 0.3, 0.58));
      toText.setAlpha(arrive * fade).setY(cy + 36 * (1 - arrive));
      fx.clear();
      const sweep = easeOut(span(t, 0.1, 0.5));
      const x0 = cx - lineW / 2;
      fx.fillStyle(palette.accent, fade);
      if (rtl) fx.fillRect(x0 + lineW * (1 - sweep), lineY, lineW * sweep, 3);
      else fx.fillRect(x0, lineY, lineW * sweep, 3);
      // Two curves crossing: demand falling steeply then flatter, supply flat then rising steeply
      // (screen y grows downwards), meeting at their clearing point.
      const draw = easeOut(span(t, 0.45, 0.78));
      if (draw > 0) {
        const steps = 24;
        const n = Math.max(1, Math.round(steps * draw));
        const curve = (color: number, f: (u: number) => number) => {
          fx.lineStyle(3, color, fade);
          fx.beginPath();
          fx.moveTo(chart.x, chart.y + chart.h * f(0));
          for (let i = 1; i <= n; i++) fx.lineTo(chart.x + (chart.w * i) / steps, chart.y + chart.h * f(i / steps));
          fx.strokePath();
        };
        curve(palette.demand, demandY);
        curve(palette.supply, supplyY);
      }
      const pop = span(t, 0.76, 0.86);
      if (pop > 0) {
        const px = chart.x + chart.w * CROSS_U;
        const py = chart.y + chart.h * demandY(CROSS_U);
        const r = 7 * (pop < 1 ? 0.6 + 0.8 * Math.sin(pop * Math.PI * 0.75) : 1);
        fx.fillStyle(palette.clearing, 0.3 * fade).fillCircle(px, py, r * 1.9);
        fx.fillStyle(palette.clearing, fade).fillCircle(px, py, r);
      }
    };
    return { animation: { duration, frame } };
  };
}

export function QuarterTransition(props: QuarterTransitionProps) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<CanvasHost | null>(null);
  const done = useRef(false);
  const propsRef = useRef(props);
  propsRef.current = props;
  const finish = () => {
    if (done.current) return;
    done.current = true;
    propsRef.current.onDone();
  };
  const skip = () => {
    const host = hostRef.current;
    if (host?.animating) host.finish();
    finish();
  };

  useEffect(() => {
    if (prefersReducedMotion()) {
      finish();
      return;
    }
    const duration = Math.max(600, Math.min(1500, props.duration ?? 1300));
    const host = new CanvasHost(canvasRef.current!, { rtl: props.rtl });
    hostRef.current = host;
    const paint = paintTransition(props.from, props.to, duration);
    host.setPainter((kit) => {
      const d = paint(kit);
      return { animation: { ...d.animation!, onEnd: finish } };
    }, true);
    // If Phaser is slow to arrive (a cold cache on a slow network), the game goes on without the beat.
    const fallback = window.setTimeout(finish, duration + 2500);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' || e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        skip();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearTimeout(fallback);
      window.removeEventListener('keydown', onKey);
      host.destroy();
      hostRef.current = null;
    };
  }, []);

  if (done.current || prefersReducedMotion()) {
    return (
      <div role="status" class="sr-only">
        {props.to}
      </div>
    );
  }
  return (
    <div class="cr-transition" dir={props.rtl ? 'rtl' : 'ltr'} onClick={skip}>
      <div class="cr-chart-canvas" ref={canvasRef} />
      <div role="status" class="sr-only">
        {props.to}
      </div>
      <button
        type="button"
        class="cr-transition-skip"
        onClick={(e) => {
          e.stopPropagation();
          skip();
        }}
      >
        {props.skipLabel}
      </button>
    </div>
  );
}
