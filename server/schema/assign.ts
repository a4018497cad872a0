import type { ArraySchema, MapSchema, Schema } from '@colyseus/schema';
import { untyped, wireName, type AnyCodec, type AnyTable, type Table } from '../../shared/wire/codec';
import { schemaOf } from './build';
import { at } from '../../shared/lists';

// Copies an engine object into its schema instance by its wire table (the inverse of
// shared/wire/decode.ts). A field is written only when its value changed, so Colyseus patches
// only real changes. Immutable rows (`rows` codec: history, trail, news) are appended and dropped
// from the front, never walked again.

type Target = Record<string, unknown>;
type Row = { quarter: number };

/** The furthest a list item may be found ahead of its place: how many items one sync removes in one place. */
const MAX_REMOVED_RUN = 4;
/** Bytes a patch spends on one changed number field, and on removing one item (its index). */
const FIELD_BYTES = 9;
const REMOVE_BYTES = 4;

function same(a: unknown, b: unknown): boolean {
  return Object.is(a, b);
}

function setIfChanged(target: Target, name: string, value: unknown): void {
  if (!same(target[name], value)) target[name] = value;
}

function syncNumberMap(target: MapSchema<number>, values: Readonly<Record<string, number | undefined>>): void {
  for (const key of [...target.keys()]) if (values[key] === undefined) target.delete(key);
  for (const key of Object.keys(values).sort()) {
    const value = values[key];
    if (value !== undefined && !same(target.get(key), value)) target.set(key, value);
  }
}

// Primitive lists are rewritten by index: @colyseus/schema 5.0.34 decodes a primitive array that
// lost an item and gained one in the same patch with holes (shift() + push(0) arrives as
// [.., null]), so a sliding window is not sent as one.
function syncPrimitiveList<V extends number | string>(target: ArraySchema<V>, values: readonly V[]): void {
  while (target.length > values.length) target.pop();
  values.forEach((v, i) => {
    if (i >= target.length) target.push(v);
    else if (!same(target[i], v)) target[i] = v;
  });
}

/** The value a primitive field holds on the wire, as assignField writes it. */
function wireValue(codec: string, v: unknown): unknown {
  switch (codec) {
    case 'nullableNumber':
    case 'optionalNumber':
      return typeof v === 'number' ? v : Number.NaN;
    case 'optionalString':
      return typeof v === 'string' ? v : '';
    default:
      return v;
  }
}

/** How many of the item's top-level primitive fields differ from `value`'s: the writes assigning it would patch. */
function differences(item: Target, value: unknown, tbl: AnyTable): number {
  const src = value as Record<string, unknown>;
  let n = 0;
  for (const [key, codec] of Object.entries(tbl.fields)) {
    if (typeof codec !== 'string' || codec === 'json' || codec === 'numberRecord' || codec === 'numberList' || codec === 'stringList') continue;
    if (!same(item[key], wireValue(codec, src[key]))) n++;
  }
  return n;
}

/**
 * How many items to remove at `j` so that `target[j]` becomes the item most like `value`: engine
 * lists lose items anywhere (a chip cohort retired or sold, a shell finished, an order delivered)
 * and gain them at the end, and removing the ones that went keeps every other item in place
 * instead of rewriting each one after the first removal (a 40-quarter match: 10 KB → 3 KB a patch).
 */
function itemsGone(target: ArraySchema<Target>, j: number, value: unknown, tbl: AnyTable): number {
  const here = target[j];
  if (here === undefined) return 0;
  let best = 0;
  let bestCost = differences(here, value, tbl) * FIELD_BYTES;
  for (let d = 1; bestCost > 0 && d <= MAX_REMOVED_RUN && j + d < target.length; d++) {
    const cost = differences(target[j + d]!, value, tbl) * FIELD_BYTES + d * REMOVE_BYTES;
    if (cost < bestCost) {
      best = d;
      bestCost = cost;
    }
  }
  return best;
}

function syncList(target: ArraySchema<Target>, values: readonly unknown[], tbl: AnyTable): void {
  values.forEach((value, i) => {
    if (i < target.length) {
      const gone = itemsGone(target, i, value, tbl);
      if (gone > 0) target.splice(i, gone);
    }
    const existing = target[i];
    if (existing === undefined) target.push(created(value, tbl));
    else assignInto(existing, value, tbl, '');
  });
  while (target.length > values.length) target.pop();
}

function created(value: unknown, tbl: AnyTable): Target {
  const Cls = schemaOf(tbl);
  const item = new Cls() as unknown as Target;
  assignInto(item, value, tbl, '');
  return item;
}

/** How many trailing items of `list` carry quarter `q`. */
function trailingOfQuarter(list: ArrayLike<Row>, q: number): number {
  let n = 0;
  for (let i = list.length - 1; i >= 0 && list[i]?.quarter === q; i--) n++;
  return n;
}

/**
 * Rows are immutable and ordered by quarter; between two syncs the engine appends rows at the end
 * and may drop rows from the front (a sliding window). Only the difference is sent. Anything else
 * (a restored or forked state) rebuilds the list.
 */
function syncRows(target: ArraySchema<Target>, values: readonly Row[], tbl: AnyTable): void {
  const items = target as unknown as ArraySchema<Target & Row>;
  let fresh = values.length;
  const lastItem = items[items.length - 1];
  if (lastItem && values.length > 0) {
    const lastQ = lastItem.quarter;
    let i = values.length;
    while (i > 0 && at(values, i - 1, 'schema row').quarter > lastQ) i--;
    const knownOfLast = trailingOfQuarter(items, lastQ);
    const valuesOfLast = trailingOfQuarter(values.slice(0, i), lastQ);
    fresh = values.length - i + Math.max(0, valuesOfLast - knownOfLast);
  }
  const drop = items.length + fresh - values.length;
  const aligned = drop >= 0 && drop <= items.length && (values.length === fresh || items[drop]?.quarter === values[0]?.quarter);
  if (!aligned) {
    target.clear();
    for (const v of values) target.push(created(v, tbl));
    return;
  }
  for (let k = 0; k < drop; k++) target.shift();
  for (let k = values.length - fresh; k < values.length; k++) target.push(created(values[k], tbl));
}

function assignField(target: Target, value: Record<string, unknown>, key: string, codec: AnyCodec, prefix: string): void {
  const name = wireName(prefix, key);
  const v = value[key];
  if (typeof codec === 'string') {
    switch (codec) {
      case 'number':
      case 'count':
      case 'boolean':
      case 'string':
        setIfChanged(target, name, v);
        return;
      case 'nullableNumber':
      case 'optionalNumber':
        setIfChanged(target, name, typeof v === 'number' ? v : Number.NaN);
        return;
      case 'optionalString':
        setIfChanged(target, name, typeof v === 'string' ? v : '');
        return;
      case 'json':
        setIfChanged(target, name, v === undefined ? '' : JSON.stringify(v));
        return;
      case 'numberRecord':
        syncNumberMap(target[name] as MapSchema<number>, (v ?? {}) as Record<string, number | undefined>);
        return;
      case 'numberList':
      case 'stringList':
        syncPrimitiveList(target[name] as ArraySchema<number | string>, (v ?? []) as (number | string)[]);
        return;
      default:
        throw new Error(`unknown wire codec '${codec}' for field '${key}'`);
    }
  }
  if ('inline' in codec) {
    assignInto(target, (v ?? {}), untyped(codec.inline), wireName(prefix, codec.prefix));
    return;
  }
  if ('rows' in codec) syncRows(target[name] as ArraySchema<Target>, (v ?? []) as Row[], untyped(codec.rows));
  else syncList(target[name] as ArraySchema<Target>, (v ?? []) as unknown[], untyped(codec.list));
}

function assignInto(target: Target, value: unknown, tbl: AnyTable, prefix: string): void {
  const src = value as Record<string, unknown>;
  for (const [key, codec] of Object.entries(tbl.fields)) assignField(target, src, key, codec, prefix);
}

/** Mirrors `value` into `target` (a schema instance of `schemaOf(tbl)`, or a schema that spreads `schemaFields(tbl)`). */
export function assign<T>(target: object, value: T, tbl: Table<T>): void {
  assignInto(target as Target, value, untyped(tbl), '');
}

/** A new schema instance of `tbl` holding `value`. */
export function instanceOf<T>(value: T, tbl: Table<T>): Schema {
  return created(value, untyped(tbl)) as unknown as Schema;
}

/** Mirrors a list of engine objects into an ArraySchema of `schemaOf(tbl)` items, by index. */
export function assignList<T>(target: ArraySchema<object>, values: readonly T[], tbl: Table<T>): void {
  syncList(target as ArraySchema<Target>, values, untyped(tbl));
}

/** Mirrors immutable quarter rows (appended, dropped from the front) into an ArraySchema. */
export function assignRows<T extends Row>(target: ArraySchema<object>, values: readonly T[], tbl: Table<T>): void {
  syncRows(target as ArraySchema<Target>, values, untyped(tbl));
}
