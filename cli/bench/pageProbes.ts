// Scripts the client benchmark runs inside the page. They are plain JavaScript source (not
// functions handed to Playwright, which tsx would compile with helpers the page lacks), so they
// are never part of the client bundle.

/** Installed before the page loads: notes the moment Home first has an enabled button. */
export const WATCH_HOME_READY = `(() => {
  const check = () => {
    if (window.__benchHomeReady) return;
    const main = document.querySelector('main[data-screen="home"]');
    if (main && main.querySelector('h1') && main.querySelector('button:not([disabled])')) {
      window.__benchHomeReady = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export interface FrameSample {
  /** Per frame: rAF callback start → the task after the frame's rendering (script, style, layout, paint). */
  work: number[];
  /** Between consecutive frames. */
  interval: number[];
  /** Long animation frames (> 50 ms) the browser reported, with their durations. */
  long: number[];
}

/** An expression sampling \`ms\` milliseconds of frames; resolves to a FrameSample. */
export const sampleFrames = (ms: number) => `new Promise((resolve) => {
  const work = [], interval = [], long = [];
  let observer = null;
  try {
    observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) long.push(e.duration); });
    observer.observe({ type: 'long-animation-frame', buffered: false });
  } catch { observer = null; }
  const channel = new MessageChannel();
  let frameStart = 0;
  channel.port1.onmessage = () => work.push(performance.now() - frameStart);
  let last = 0;
  const end = performance.now() + ${ms};
  const frame = (now) => {
    if (last) interval.push(now - last);
    last = now;
    frameStart = performance.now();
    channel.port2.postMessage(0);
    if (performance.now() < end) requestAnimationFrame(frame);
    else { if (observer) observer.disconnect(); setTimeout(() => resolve({ work, interval, long }), 50); }
  };
  requestAnimationFrame(frame);
})`;

/** An expression: bytes transferred (compressed, with headers) for the page and every resource so far. */
export const TRANSFERRED = `(() => {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  const files = entries.map((e) => ({ name: new URL(e.name).pathname, bytes: e.transferSize }));
  return { total: files.reduce((s, f) => s + f.bytes, 0), files };
})()`;
