// Content negotiation for the precompressed client files: which of brotli, gzip or the plain
// file a request's Accept-Encoding allows, preferring the smallest (brotli).

export type Encoding = 'br' | 'gzip';

/** q-values by coding from an Accept-Encoding header ("gzip, br;q=0.5, *;q=0"). */
function qualities(header: string): Map<string, number> {
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let value = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) value = Number(m[1]);
    }
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  return q;
}

/** The encodings the request accepts, best first (brotli before gzip). */
export function acceptedEncodings(header: string | string[] | undefined): Encoding[] {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const q = qualities(text);
  const wild = q.get('*');
  const ok = (name: string) => (q.get(name) ?? (name === 'gzip' ? q.get('x-gzip') : undefined) ?? wild ?? 0) > 0;
  return (['br', 'gzip'] as const).filter(ok);
}
