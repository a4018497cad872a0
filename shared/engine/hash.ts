// Stable hashing of plain JSON-like data (GAME.md section 9): keys are visited in sorted order,
// numbers are written with ECMAScript's exactly specified Number→String conversion (−0 as 0),
// and two independent 32-bit FNV-1a lanes are mixed into 16 hex digits. Pure JS, no platform APIs.

const OFFSET_A = 0x811c9dc5;
const OFFSET_B = 0x9e3779b9;
const PRIME_A = 0x01000193;
const PRIME_B = 0x01000193 ^ 0x5bd1e995;

class Hasher {
  a = OFFSET_A;
  b = OFFSET_B;

  text(s: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, PRIME_A);
      b = Math.imul(b ^ ((c * 31 + i) & 0xffff), PRIME_B);
    }
    this.a = a;
    this.b = b;
  }

  value(v: unknown): void {
    if (v === null || v === undefined) {
      this.text('n');
    } else if (typeof v === 'number') {
      this.text(v === 0 ? '#0;' : `#${String(v)};`);
    } else if (typeof v === 'string') {
      this.text(`"${v.length}:`);
      this.text(v);
    } else if (typeof v === 'boolean') {
      this.text(v ? 't' : 'f');
    } else if (Array.isArray(v)) {
      this.text(`[${v.length}`);
      for (const x of v) this.value(x);
      this.text(']');
    } else if (typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      this.text(`{${keys.length}`);
      for (const k of keys) {
        this.text(`"${k.length}:`);
        this.text(k);
        this.value(obj[k]);
      }
      this.text('}');
    } else {
      throw new TypeError(`stableHash: cannot hash a ${typeof v}`);
    }
  }

  digest(): string {
    return hex(fmix(this.a ^ this.b >>> 7)) + hex(fmix(this.b + Math.imul(this.a, 0x27d4eb2d)));
  }
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/** 16 hex digits identifying the value's content, independent of object key order. */
export function stableHash(value: unknown): string {
  const h = new Hasher();
  h.value(value);
  return h.digest();
}

/** Canonical JSON: sorted keys, undefined fields dropped, −0 written as 0. */
export function stableStringify(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return value === 0 ? '0' : Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k])}`).join(',')}}`;
}
