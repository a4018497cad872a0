// What the game server says about itself on /metrics (Prometheus text), read at the start and the
// end of the measurement window: its own event-loop delay and how long its resolutions took. Set
// beside the latencies the clients measure, it tells the server's time from the time a message
// spends between the server and the client (sockets, compression).

export type MetricSample = Map<string, number>;

/** Samples of a Prometheus text exposition, keyed by `name{labels}` as written. */
export function parseMetrics(text: string): MetricSample {
  const out: MetricSample = new Map();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    const value = Number(line.slice(cut + 1));
    if (cut > 0 && Number.isFinite(value)) out.set(line.slice(0, cut), value);
  }
  return out;
}

export async function scrapeMetrics(httpUrl: string): Promise<MetricSample | null> {
  try {
    const res = await fetch(`${httpUrl}/metrics`);
    return res.ok ? parseMetrics(await res.text()) : null;
  } catch {
    return null;
  }
}

export interface ServerInside {
  /** prom-client's event-loop delay since the previous scrape (it resets on each), ms. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** Quarters resolved in the window, and the upper bound of the histogram bucket holding their 99th percentile, ms. */
  resolves: number;
  resolveP99AtMostMs: number;
}

const PREFIX = 'compute_race_';
const BUCKET = /^compute_race_resolve_seconds_bucket\{le="([^"]+)"\}$/;

/** The window's figures from a scrape at its start and one at its end (null when either is missing). */
export function serverInside(start: MetricSample | null, end: MetricSample | null): ServerInside | null {
  if (!start || !end) return null;
  const lag = (k: string) => (end.get(`${PREFIX}nodejs_eventloop_lag_${k}_seconds`) ?? NaN) * 1000;
  const buckets: { le: number; count: number }[] = [];
  for (const [key, value] of end) {
    const m = BUCKET.exec(key);
    if (m?.[1] === undefined) continue;
    buckets.push({ le: m[1] === '+Inf' ? Infinity : Number(m[1]) * 1000, count: value - (start.get(key) ?? 0) });
  }
  buckets.sort((a, b) => a.le - b.le);
  const resolves = buckets.at(-1)?.count ?? 0;
  const p99 = buckets.find((b) => b.count >= resolves * 0.99)?.le ?? NaN;
  return { loopDelayP99Ms: lag('p99'), loopDelayMaxMs: lag('max'), resolves, resolveP99AtMostMs: resolves > 0 ? p99 : NaN };
}
