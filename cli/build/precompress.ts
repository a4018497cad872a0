import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the client build, so the
// game server sends them precompressed (server/http/static.ts) instead of compressing per request.

/** Text files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.csv', '.wasm']);
/** Below this a compressed copy saves less than a packet. */
const MIN_BYTES = 1024;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export interface Precompressed {
  file: string;
  raw: number;
  br: number;
  gz: number;
}

/** Compresses every compressible file under `dir` (already-written .br/.gz are skipped, then overwritten). */
export function precompressDir(dir: string): Precompressed[] {
  const out: Precompressed[] = [];
  for (const file of walk(dir)) {
    if (!COMPRESSIBLE.has(path.extname(file).toLowerCase())) continue;
    const raw = readFileSync(file);
    if (raw.length < MIN_BYTES) continue;
    const br = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    const gz = gzipSync(raw, { level: 9 });
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gz);
    out.push({ file, raw: raw.length, br: br.length, gz: gz.length });
  }
  return out;
}

/** Vite plugin: precompresses the client build once it is written. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'compute-race:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressDir(outDir);
    },
  };
}
