import { untyped, wireName, type AnyCodec, type AnyTable, type Table } from './codec';

// Reads an engine object back from its wire form (a decoded Colyseus schema instance, or its plain
// JSON): the inverse of server/schema/assign.ts, driven by the same table.

type Source = { readonly [field: string]: unknown };

/** A collection as the schema decoder gives it (ArraySchema / MapSchema) or as plain JSON. */
function itemsOf(v: unknown): unknown[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v;
  const it = v as { values?: () => Iterable<unknown> };
  if (typeof it.values === 'function' && typeof (v as { forEach?: unknown }).forEach === 'function') return [...it.values()];
  return Object.values(v);
}

function recordOf(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (v === null || v === undefined) return out;
  const m = v as { forEach?: (fn: (value: number, key: string) => void) => void };
  if (typeof m.forEach === 'function' && !Array.isArray(v)) m.forEach((value, key) => (out[key] = value));
  else Object.assign(out, v);
  return out;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

function parseJson(v: unknown): unknown {
  if (typeof v !== 'string' || v === '') return null;
  try {
    return JSON.parse(v);
  } catch {
    return null;
  }
}

function decodeField(out: Record<string, unknown>, src: Source, key: string, codec: AnyCodec, prefix: string): void {
  const raw = src[wireName(prefix, key)];
  if (typeof codec === 'string') {
    switch (codec) {
      case 'number':
      case 'count':
        out[key] = num(raw);
        return;
      case 'nullableNumber':
        out[key] = typeof raw === 'number' && !Number.isNaN(raw) ? raw : null;
        return;
      case 'optionalNumber':
        if (typeof raw === 'number' && !Number.isNaN(raw)) out[key] = raw;
        return;
      case 'string':
        out[key] = typeof raw === 'string' ? raw : '';
        return;
      case 'optionalString':
        if (typeof raw === 'string' && raw !== '') out[key] = raw;
        return;
      case 'boolean':
        out[key] = raw === true;
        return;
      case 'json':
        out[key] = parseJson(raw);
        return;
      case 'numberRecord':
        out[key] = recordOf(raw);
        return;
      case 'numberList':
        out[key] = itemsOf(raw).map(num);
        return;
      case 'stringList':
        out[key] = itemsOf(raw).map((x) => String(x));
        return;
      default:
        throw new Error(`unknown wire codec '${codec}' for field '${key}'`);
    }
  }
  if ('inline' in codec) {
    out[key] = decodeInto({}, src, untyped(codec.inline), wireName(prefix, codec.prefix));
    return;
  }
  const sub = untyped('rows' in codec ? codec.rows : codec.list);
  out[key] = itemsOf(raw).map((item) => decodeInto({}, item as Source, sub, ''));
}

function decodeInto(out: Record<string, unknown>, src: Source, t: AnyTable, prefix: string): Record<string, unknown> {
  for (const [key, codec] of Object.entries(t.fields)) decodeField(out, src, key, codec, prefix);
  return out;
}

/** The engine object `src` carries, by `t`. */
export function decode<T>(src: unknown, t: Table<T>): T {
  return decodeInto({}, (src ?? {}) as Source, untyped(t), '') as T;
}
