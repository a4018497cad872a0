import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CanvasHost, type Painter } from './PhaserHost';
import { prefersReducedMotion } from './motion';
import { sameData } from './sameData';
import './canvas.css';

// The frame every chart shares: a stage the Phaser canvas fills (hidden from assistive technology),
// an optional hover/keyboard readout, and whatever the chart adds below it in the DOM (a legend, the
// visually hidden table that is its text equivalent).

export interface ChartFrameProps {
  /** Draws the chart; re-run only when `data` changes (deeply; functions are not compared) or the size does. */
  paint: Painter;
  /** The plain data the painter draws. */
  data: unknown;
  /** Accessible name of the stage (the chart's title). */
  label: string;
  rtl?: boolean;
  /** Animate when the data is first drawn or changes (skipped under prefers-reduced-motion). */
  animate?: boolean;
  /** ms before the animation starts (Results plays its charts in turn); the loop sleeps meanwhile. */
  animateDelay?: number;
  /** Stage height in CSS px; without it the stage keeps the aspect ratio of `aspect` (w / h). */
  height?: number;
  aspect?: number;
  /** Height from the stage's width (charts whose rows reflow); wins over `height` and `aspect`. */
  heightFor?: (width: number) => number;
  class?: string;
  /** Rendered after the stage (legend, text equivalent). */
  children?: ComponentChildren;
}

interface Readout {
  lines: string[];
  x: number;
  y: number;
}

export function ChartFrame(props: ChartFrameProps) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const [stageW, setStageW] = useState(0);
  const hostRef = useRef<CanvasHost | null>(null);
  const drawn = useRef<unknown>(undefined);
  const [readout, setReadout] = useState<Readout | null>(null);
  const [interactive, setInteractive] = useState(false);

  useEffect(() => {
    const host = new CanvasHost(canvasRef.current!, {
      rtl: props.rtl,
      onReady: () => setInteractive(!!host.cursor),
    });
    hostRef.current = host;
    return () => {
      host.destroy();
      hostRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (!props.heightFor) return;
    const stage = stageRef.current!;
    const ro = new ResizeObserver(() => setStageW(Math.round(stage.getBoundingClientRect().width)));
    ro.observe(stage);
    return () => ro.disconnect();
  }, [!!props.heightFor]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    if (drawn.current !== undefined && sameData(drawn.current, [props.data, props.rtl])) return;
    drawn.current = [props.data, props.rtl];
    host.setRtl(!!props.rtl);
    host.setPainter(props.paint, !!props.animate && !prefersReducedMotion(), props.animateDelay ?? 0);
    setInteractive(!!host.cursor);
    setReadout(null);
  });

  const move = (i: number | null) => {
    const host = hostRef.current;
    if (!host) return;
    const out = host.setCursor(i);
    setReadout(out);
  };
  const onPointer = (e: PointerEvent) => {
    const host = hostRef.current;
    const c = host?.cursor;
    if (!c) return;
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const i = c.at(e.clientX - r.left, e.clientY - r.top);
    if (i !== host.cursorIndex) move(i);
  };
  const onKey = (e: KeyboardEvent) => {
    const host = hostRef.current;
    const c = host?.cursor;
    if (!c) return;
    const cur = host.cursorIndex ?? c.initial;
    // Along the x axis (drawn left to right in every language, like a number line): right/up is the
    // next position; down the rows of a waterfall: down is the next one.
    const step: Record<string, number> = c.vertical ? { ArrowDown: 1, ArrowUp: -1 } : { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 };
    let next: number | null = null;
    const delta = step[e.key];
    if (typeof delta === 'number') next = cur + delta;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = c.count - 1;
    else if (e.key === 'Escape') return move(null);
    else return;
    e.preventDefault();
    move(Math.max(0, Math.min(c.count - 1, next)));
  };

  const style: Record<string, string> = props.heightFor
    ? { height: `${Math.round(props.heightFor(stageW || 320))}px` }
    : props.height
      ? { height: `${props.height}px` }
      : { aspectRatio: String(props.aspect ?? 16 / 9) };
  return (
    <figure class={`cr-chart${props.class ? ` ${props.class}` : ''}`} dir={props.rtl ? 'rtl' : 'ltr'}>
      <div
        class="cr-chart-stage"
        ref={stageRef}
        style={style}
        role={interactive ? 'group' : undefined}
        aria-label={interactive ? props.label : undefined}
        tabIndex={interactive ? 0 : undefined}
        onPointerMove={onPointer}
        onPointerLeave={() => move(null)}
        onFocus={() => {
          const c = hostRef.current?.cursor;
          if (c) move(hostRef.current!.cursorIndex ?? c.initial);
        }}
        onBlur={() => move(null)}
        onKeyDown={onKey}
      >
        <div class="cr-chart-canvas" ref={canvasRef} />
        {readout && (
          <div class="cr-chart-readout" aria-live="polite" style={readoutStyle(readout, canvasRef.current)}>
            {readout.lines.map((l, i) => (
              <div key={i} class={i === 0 ? 'cr-chart-readout-head' : undefined}>
                {l}
              </div>
            ))}
          </div>
        )}
      </div>
      {props.children}
    </figure>
  );
}

/** Above the anchor, kept inside the stage: flipped to the anchor's other side near the edges. */
function readoutStyle(r: Readout, stage: HTMLElement | null): Record<string, string> {
  const w = stage?.clientWidth ?? 0;
  const leftHalf = r.x < w / 2;
  return leftHalf ? { left: `${Math.round(r.x + 12)}px`, top: `${Math.round(r.y)}px` } : { right: `${Math.round(w - r.x + 12)}px`, top: `${Math.round(r.y)}px` };
}
