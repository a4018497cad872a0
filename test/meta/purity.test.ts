import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

// GAME.md section 9 and the workplace rules: code under shared/ is pure and deterministic. It may
// not use Math.random, Date, performance.now, timers, implementation-defined Math functions or
// `**`, nor import anything but shared/ modules, seedrandom and zod.

const ROOT = resolve(__dirname, '../..');
const SHARED = join(ROOT, 'shared');
const ALLOWED_PACKAGES = new Set(['seedrandom', 'zod']);
const ALLOWED_MATH = new Set(['sqrt', 'floor', 'ceil', 'round', 'trunc', 'min', 'max', 'abs', 'sign', 'imul', 'clz32']);

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

/** Source with comments and string/template contents blanked, so words in text cannot trip the check. */
export function codeOnly(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const n = src[i + 1];
    if (c === '/' && n === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && n === '*') {
      i += 2;
      while (i < src.length && !(src[i] === '*' && src[i + 1] === '/')) out += src[i++] === '\n' ? '\n' : ' ';
      i += 2;
    } else if (c === "'" || c === '"' || c === '`') {
      out += c;
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') i++;
        i++;
      }
      out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export function importSpecifiers(src: string): string[] {
  const specs: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm;
  for (const m of src.matchAll(re)) specs.push(m[2]);
  return specs;
}

export function violations(file: string, src: string): string[] {
  const problems: string[] = [];
  const code = codeOnly(src);
  const rules: [RegExp, string][] = [
    [/\bMath\s*\.\s*random\b/, 'Math.random'],
    [/\bDate\b/, 'Date'],
    [/\bperformance\b/, 'performance'],
    [/\b(setTimeout|setInterval|setImmediate|requestAnimationFrame|queueMicrotask)\b/, 'timers'],
    [/\*\*/, 'the ** operator'],
    [/\b(process|window|document|globalThis|fetch|crypto|localStorage)\s*[.(]/, 'platform globals'],
  ];
  for (const [re, what] of rules) if (re.test(code)) problems.push(`${what}`);
  for (const m of code.matchAll(/\bMath\s*\.\s*([A-Za-z0-9_]+)/g)) {
    if (m[1] !== 'random' && !ALLOWED_MATH.has(m[1])) problems.push(`Math.${m[1]}`);
  }
  for (const spec of importSpecifiers(src)) {
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      if (!(target + sep).startsWith(SHARED + sep) && target !== SHARED) problems.push(`import outside shared/: ${spec}`);
    } else if (!ALLOWED_PACKAGES.has(spec)) {
      problems.push(`import of ${spec}`);
    }
  }
  return problems;
}

describe('shared/ purity', () => {
  const files = tsFiles(SHARED);

  it('finds the shared sources', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith(join('engine', 'resolve.ts')))).toBe(true);
  });

  it('uses no forbidden API and imports only shared/, seedrandom and zod', () => {
    const bad = files.flatMap((f) => violations(f, readFileSync(f, 'utf8')).map((v) => `${relative(ROOT, f)}: ${v}`));
    expect(bad).toEqual([]);
  });

  it('the checker itself catches each forbidden pattern', () => {
    const f = join(SHARED, 'engine', 'x.ts');
    const cases: [string, string][] = [
      ['const x = Math.random();', 'Math.random'],
      ['const t = Date.now();', 'Date'],
      ['const d = new Date();', 'Date'],
      ['const t = performance.now();', 'performance'],
      ['setTimeout(() => 1, 5);', 'timers'],
      ['const y = Math.pow(2, 3);', 'Math.pow'],
      ['const y = Math.exp(1) + Math.log(2) + Math.sin(1);', 'Math.exp'],
      ['const y = Math.hypot(1, 2) + Math.cbrt(8) + Math.expm1(1) + Math.log1p(1) + Math.atan(1) + Math.cos(1) + Math.tan(1);', 'Math.hypot'],
      ['const y = 2 ** 3;', 'the ** operator'],
      ["import { Room } from '@colyseus/core';", 'import of @colyseus/core'],
      ["import Phaser from 'phaser';", 'import of phaser'],
      ["import { readFileSync } from 'node:fs';", 'import of node:fs'],
      ["import { x } from '../../server/room/match';", 'import outside shared/: ../../server/room/match'],
      ["const fs = require('fs');", 'import of fs'],
    ];
    for (const [src, want] of cases) expect(violations(f, src), src).toContain(want);
    expect(violations(f, "// Math.random in a comment\nconst s = 'Date and Math.pow in text';\nimport { z } from 'zod';\nimport seedrandom from 'seedrandom';\nimport { ROLES } from '../roles';\nconst r = Math.sqrt(Math.abs(-4));")).toEqual([]);
  });
});
