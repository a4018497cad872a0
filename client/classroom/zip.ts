import { strToU8, zipSync, type Zippable } from 'fflate';

// One ZIP of the class's exports (every chart and the overview table) instead of a download per
// file. fflate builds it in memory; PNGs are stored as they are (already compressed), text is deflated.

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
}

export function buildZip(entries: readonly ZipEntry[]): Uint8Array {
  const seen = new Set<string>();
  const files: Zippable = {};
  for (const e of entries) {
    if (!e.name || e.name.includes('..') || e.name.startsWith('/')) throw new Error(`zip: bad file name '${e.name}'`);
    if (seen.has(e.name)) throw new Error(`zip: '${e.name}' twice`);
    seen.add(e.name);
    const bytes = typeof e.data === 'string' ? strToU8(e.data) : e.data;
    files[e.name] = [bytes, { level: e.name.endsWith('.png') ? 0 : 6 }];
  }
  return zipSync(files);
}
