// Scripts the client benchmark runs inside the page (passed to Playwright as functions, so they
// are serialised and never part of the client bundle).

/** Installed before the page loads: notes the moment Home first has an enabled button. */
export function watchHomeReady(): void {
  const w = window as unknown as { __benchHomeReady?: number };
  const check = () => {
    if (w.__benchHomeReady) return;
    const main = document.querySelector('main[data-screen="home"]');
    if (main?.querySelector('button:not([disabled])') && main.querySelector('h1')) {
      w.__benchHomeReady = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  document.addEventListener('DOMContentLoaded', () => {
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    check();
  });
}

export interface FrameSample {
  /** Per frame: rAF callback start → the task after the frame's rendering (script, style, layout, paint). */
  work: number[];
  /** Between consecutive frames. */
  interval: number[];
  /** Long animation frames (> 50 ms) the browser reported, with their durations. */
  long: number[];
}

/** Samples `ms` milliseconds of frames in the page. */
export function sampleFrames(ms: number): Promise<FrameSample> {
  return new Promise((resolve) => {
    const work: number[] = [];
    const interval: number[] = [];
    const long: number[] = [];
    let observer: PerformanceObserver | null = null;
    try {
      observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) long.push(e.duration);
      });
      observer.observe({ type: 'long-animation-frame', buffered: false });
    } catch {
      observer = null;
    }
    const channel = new MessageChannel();
    let frameStart = 0;
    channel.port1.onmessage = () => {
      work.push(performance.now() - frameStart);
    };
    let last = 0;
    const end = performance.now() + ms;
    const frame = (now: number) => {
      if (last) interval.push(now - last);
      last = now;
      frameStart = performance.now();
      channel.port2.postMessage(0);
      if (performance.now() < end) requestAnimationFrame(frame);
      else {
        observer?.disconnect();
        setTimeout(() => resolve({ work, interval, long }), 50);
      }
    };
    requestAnimationFrame(frame);
  });
}

/** Bytes transferred (compressed, with headers) for the page and every resource loaded so far. */
export function transferred(): { total: number; files: { name: string; bytes: number; encoded: number }[] } {
  const nav = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const files = [...nav, ...res].map((e) => ({ name: new URL(e.name).pathname, bytes: e.transferSize, encoded: e.encodedBodySize }));
  return { total: files.reduce((s, f) => s + f.bytes, 0), files };
}
