// A fast content hash of plain JSON-like data, built as a tree (GAME.md section 9, docs/REPLAY.md
// "State hash"). Every value hashes to a pair of 32-bit lanes:
//   number  → its IEEE-754 binary64 bits (−0 as 0, every NaN alike), so no Number→String conversion;
//   string  → its UTF-16 code units, two to a 32-bit word, with its length;
//   array   → its items' hashes mixed in order;
//   object  → the sum (mod 2³²) over its defined fields of a mix of the key's and the value's hash,
//             so key order does not matter and nothing is sorted;
// and a pair is written as 16 hex digits. Only Math.imul, shifts, xor and DataView: the same bits
// in every JavaScript engine. Pure: the memo a caller passes only skips work for values that never
// change once written.

const TAG_NULL = 0x6e756c6c;
const TAG_TRUE = 0x74727565;
const TAG_FALSE = 0x66616c73;
const TAG_NUMBER = 0x6e756d62;
const TAG_STRING = 0x73747269;
const TAG_ARRAY = 0x61727261;
const TAG_OBJECT = 0x6f626a65;
const TAG_FIELD = 0x6669656c;

const SEED_A = 0x811c9dc5;
const SEED_B = 0x9e3779b9;

// A number's binary64 bits, read through typed arrays over one buffer (faster than a DataView);
// which 32-bit word is the low one depends on the platform's byte order, checked once.
const float = new Float64Array(1);
const words = new Int32Array(float.buffer);
const LOW_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH_WORD = 1 - LOW_WORD;

/**
 * The two lanes of the last hash computed, returned through module state to avoid allocating: a
 * typed array, because a module variable holding a 32-bit number outside the small-integer range
 * would box it in a new heap number on every store.
 */
const out = new Int32Array(2);

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

/** One murmur3 round: absorbs a 32-bit word into a lane. */
function round(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = rotl(k, 15);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = rotl(h, 13);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Finishes a pair of lanes so that each depends on both. */
function finish(a: number, b: number, n: number): void {
  a = fmix(round(a, n) ^ rotl(b, 7));
  b = fmix(round(b, n) + Math.imul(a, 0x27d4eb2d));
  out[0] = a;
  out[1] = b;
}

function hashNumber(v: number): void {
  if (v === 0) v = 0; // −0
  else if (v !== v) v = NaN; // one NaN
  float[0] = v;
  const lo = words[LOW_WORD]!;
  const hi = words[HIGH_WORD]!;
  out[0] = round(round(SEED_A ^ TAG_NUMBER, lo), hi);
  out[1] = round(round(SEED_B ^ TAG_NUMBER, hi), lo);
}

function hashString(s: string): void {
  let a = SEED_A ^ TAG_STRING;
  let b = SEED_B ^ TAG_STRING;
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const w = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    a = round(a, w);
    b = round(b, w ^ 0x5bd1e995);
  }
  if (i < n) {
    const w = s.charCodeAt(i);
    a = round(a, w);
    b = round(b, w ^ 0x5bd1e995);
  }
  finish(a, b, n);
}

/** Field names recur in every row: their hashes are remembered (a pure cache, bounded by the model's field names). */
const keyHashes = new Map<string, number>();
const keyLanes: number[] = [];
const KEY_CACHE_LIMIT = 4096;

/** Leaves the key's hash in `out`. */
function hashKey(key: string): void {
  const i = keyHashes.get(key);
  if (i !== undefined) {
    out[0] = keyLanes[i]!;
    out[1] = keyLanes[i + 1]!;
    return;
  }
  hashString(key);
  if (keyHashes.size < KEY_CACHE_LIMIT) {
    keyHashes.set(key, keyLanes.length);
    keyLanes.push(out[0]!, out[1]!);
  }
}

// Objects of one kind list their keys in the same order, and objects at one depth of the state are
// mostly of one kind (rows of a list): the key seen at each (depth, position) is remembered with its
// hash, so most keys are recognised by one identity comparison instead of a Map lookup.
const SLOT_DEPTHS = 8;
const SLOT_POSITIONS = 64;
const slotKeys: (string | undefined)[] = new Array<string | undefined>(SLOT_DEPTHS * SLOT_POSITIONS).fill(undefined);
const slotLanes = new Int32Array(2 * SLOT_DEPTHS * SLOT_POSITIONS);
let depth = 0;

/** Leaves the hash of the key at `position` of an object at the current depth in `out`. */
function hashKeyAt(key: string, position: number): void {
  if (depth >= SLOT_DEPTHS || position >= SLOT_POSITIONS) return hashKey(key);
  const slot = depth * SLOT_POSITIONS + position;
  if (slotKeys[slot] === key) {
    out[0] = slotLanes[2 * slot]!;
    out[1] = slotLanes[2 * slot + 1]!;
    return;
  }
  hashKey(key);
  slotKeys[slot] = key;
  slotLanes[2 * slot] = out[0]!;
  slotLanes[2 * slot + 1] = out[1]!;
}

export type HashMemo = WeakMap<object, readonly [number, number]>;

/**
 * Hashes a value into `out`. `memo`, when given, caches the hash of objects and arrays
 * reached through `memoKeys` fields (values the caller knows are never changed once written).
 */
function hashValue(v: unknown, memo: HashMemo | null): void {
  if (v === null || v === undefined) {
    finish(SEED_A ^ TAG_NULL, SEED_B ^ TAG_NULL, 0);
  } else if (typeof v === 'number') {
    hashNumber(v);
  } else if (typeof v === 'string') {
    hashString(v);
  } else if (typeof v === 'boolean') {
    const t = v ? TAG_TRUE : TAG_FALSE;
    finish(SEED_A ^ t, SEED_B ^ t, 0);
  } else if (typeof v === 'object') {
    if (memo !== null) {
      const known = memo.get(v);
      if (known !== undefined) {
        out[0] = known[0];
        out[1] = known[1];
        return;
      }
    }
    if (Array.isArray(v)) hashArray(v, null);
    else hashObject(v as Record<string, unknown>);
    if (memo !== null) memo.set(v, [out[0]!, out[1]!]);
  } else {
    throw new TypeError(`treeHash: cannot hash a ${typeof v}`);
  }
}

/** An array's items in order; `itemMemo` caches each item's hash (items that never change). */
function hashArray(v: readonly unknown[], itemMemo: HashMemo | null): void {
  let a = SEED_A ^ TAG_ARRAY;
  let b = SEED_B ^ TAG_ARRAY;
  for (let i = 0; i < v.length; i++) {
    hashValue(v[i], itemMemo);
    a = round(a, out[0]!);
    b = round(b, out[1]!);
  }
  finish(a, b, v.length);
}

/**
 * Hashes one field's value into `out` in place of the generic walk, to the value the walk gives
 * (a memo of rows that never change, or a kind of object hashed from its known fields).
 */
export interface FieldHasher {
  key: string;
  hash(value: unknown): void;
}

function hashObject(obj: Record<string, unknown>, fieldHashers: readonly FieldHasher[] | null = null): void {
  let sumA = 0;
  let sumB = 0;
  let n = 0;
  let position = 0;
  depth++;
  for (const key in obj) {
    const value = obj[key];
    position++;
    if (value === undefined) continue;
    const special = fieldHashers === null ? null : fieldHasherFor(fieldHashers, key);
    if (special !== null) special.hash(value);
    else hashValue(value, null);
    const va = out[0]!;
    const vb = out[1]!;
    hashKeyAt(key, position);
    sumA = (sumA + fmix(round(out[0]! ^ TAG_FIELD, va))) | 0;
    sumB = (sumB + fmix(round(out[1]! ^ TAG_FIELD, vb))) | 0;
    n++;
  }
  depth--;
  finish(SEED_A ^ TAG_OBJECT ^ sumA, SEED_B ^ TAG_OBJECT ^ sumB, n);
}

function fieldHasherFor(fieldHashers: readonly FieldHasher[], key: string): FieldHasher | null {
  for (let i = 0; i < fieldHashers.length; i++) if (fieldHashers[i]!.key === key) return fieldHashers[i]!;
  return null;
}

/** For a field holding rows that never change once written: each row's hash is computed once and kept in `memo`. */
export function rememberedRows(key: string, memo: HashMemo): FieldHasher {
  return { key, hash: (value) => hashArray(value as readonly unknown[], memo) };
}

// Building blocks for a FieldHasher that hashes a kind of object from its known fields
// (state-hash.ts, chip cohorts), to the generic walk's value: an array's hash chains its items'
// hashes in order; an object's hash is made from the sum, in any order, of one mix per defined field.

/** Leaves the generic hash of `value` in `out`. */
export function hashInto(value: unknown): void {
  hashValue(value, null);
}

/** Leaves the hash of the number `value` in `out` (hashInto's value, without its dispatch on the type). */
export function hashNumberInto(value: number): void {
  hashNumber(value);
}

/** Lane A of the hash `out` holds. */
export function laneA(): number {
  return out[0]!;
}

/** Lane B of the hash `out` holds. */
export function laneB(): number {
  return out[1]!;
}

/** Leaves the hash of `items` in `out`; `hashItem` leaves each item's hash there. */
export function hashArrayWith(items: readonly unknown[], hashItem: (item: unknown) => void): void {
  let a = SEED_A ^ TAG_ARRAY;
  let b = SEED_B ^ TAG_ARRAY;
  for (let i = 0; i < items.length; i++) {
    hashItem(items[i]);
    a = round(a, out[0]!);
    b = round(b, out[1]!);
  }
  finish(a, b, items.length);
}

/** Leaves the hash of `key` in `out`. */
export function hashKeyInto(key: string): void {
  hashKey(key);
}

/** Turns the value hash `out` holds into the mix an object's hash sums for that value under the key with lanes (keyA, keyB). */
export function mixAsField(keyA: number, keyB: number): void {
  const va = out[0]!;
  const vb = out[1]!;
  out[0] = fmix(round(keyA ^ TAG_FIELD, va));
  out[1] = fmix(round(keyB ^ TAG_FIELD, vb));
}

/** Leaves in `out` the hash of an object with `n` defined fields whose mixes sum to (sumA, sumB) mod 2³². */
export function objectFromFieldSums(sumA: number, sumB: number, n: number): void {
  finish(SEED_A ^ TAG_OBJECT ^ sumA, SEED_B ^ TAG_OBJECT ^ sumB, n);
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

export type HashPair = readonly [number, number];

/** The tree hash of a value as its two lanes. */
export function treeHashPair(value: unknown): HashPair {
  hashValue(value, null);
  return [out[0]!, out[1]!];
}

/** The tree hash of an object whose `fieldHashers` fields are hashed by them: the same value as treeHashPair(obj). */
export function objectHashPairWith(obj: object, fieldHashers: readonly FieldHasher[]): HashPair {
  hashObject(obj as Record<string, unknown>, fieldHashers);
  return [out[0]!, out[1]!];
}

/** The tree hash of a record of already-computed hashes (an object whose fields are those hashes). */
export function combineHashPairs(fields: Readonly<Record<string, HashPair>>): HashPair {
  let sumA = 0;
  let sumB = 0;
  let n = 0;
  for (const key in fields) {
    const pair = fields[key]!;
    const va = pair[0];
    const vb = pair[1];
    hashKey(key);
    sumA = (sumA + fmix(round(out[0]! ^ TAG_FIELD, va))) | 0;
    sumB = (sumB + fmix(round(out[1]! ^ TAG_FIELD, vb))) | 0;
    n++;
  }
  finish(SEED_A ^ TAG_OBJECT ^ sumA, SEED_B ^ TAG_OBJECT ^ sumB, n);
  return [out[0]!, out[1]!];
}

export function hashPairHex(p: HashPair): string {
  return hex(p[0]) + hex(p[1]);
}

/** 16 hex digits identifying the value's content, independent of object key order. */
export function treeHash(value: unknown): string {
  return hashPairHex(treeHashPair(value));
}
