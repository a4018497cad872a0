// How an engine type travels in the room state. One Table per engine type names a codec for every
// one of its fields; the server builds its Colyseus schema classes and its mirror from the tables
// (server/schema/build.ts, server/schema/assign.ts) and the client decodes with the same tables
// (shared/wire/decode.ts). `Fields<T>` requires an entry for every key of T and a codec that fits
// the field's type, so a field added to the engine fails `tsc` until it is given a wire form.

/** Rows that never change once written, identified by `quarter`: new ones are appended, old ones dropped from the front. */
export interface RowsCodec<E> {
  rows: Table<E>;
}
/** Items compared field by field on every sync (short lists whose items change). */
export interface ListCodec<E> {
  list: Table<E>;
}
/** A nested object whose fields sit in the parent, named `prefix` + field name (capitalized when the prefix is not empty). */
export interface InlineCodec<V> {
  inline: Table<V>;
  prefix: string;
}

type ListOf<E> = [E] extends [number] ? 'numberList' : [E] extends [string] ? 'stringList' : E extends object ? ListCodec<E> | (E extends { quarter: number } ? RowsCodec<E> : never) : never;

/**
 * Codecs for a required field of type V. `json` (a JSON string) fits anything. `count` is a whole
 * number (a quarter, an age in quarters), sent in 1–3 bytes instead of float64's 8: only for
 * fields the engine keeps integral (test/server/wireTables.test.ts checks them over played matches).
 */
export type Codec<V> =
  | 'json'
  | ([V] extends [number] ? 'number' | 'count' : never)
  | ([V] extends [string] ? 'string' : never)
  | ([V] extends [boolean] ? 'boolean' : never)
  | ([V] extends [number | null] ? (null extends V ? 'nullableNumber' : never) : never)
  | ([V] extends [readonly (infer E)[]] ? ListOf<E> : never)
  | ([V] extends [object] ? ([V] extends [readonly unknown[]] ? never : ([V[keyof V]] extends [number | undefined] ? 'numberRecord' : never) | InlineCodec<V>) : never);

/** Codecs for an optional field (absent is sent as NaN for numbers, '' for strings). */
export type OptionalCodec<V> = 'json' | ([V] extends [number] ? 'optionalNumber' : never) | ([V] extends [string] ? 'optionalString' : never);

type FieldCodec<T, K extends keyof T> = Record<never, never> extends Pick<T, K> ? OptionalCodec<Exclude<T[K], undefined>> : Codec<T[K]>;

export type Fields<T> = { readonly [K in keyof T]-?: FieldCodec<T, K> };

export interface Table<T> {
  /** Name of the schema class built from it (unique in the room state). */
  readonly name: string;
  readonly fields: Fields<T>;
}

export type AnyCodec = string | RowsCodec<unknown> | ListCodec<unknown> | InlineCodec<unknown>;
export type AnyTable = { readonly name: string; readonly fields: Readonly<Record<string, AnyCodec>> };

export function table<T>(name: string, fields: Fields<T>): Table<T> {
  return { name, fields };
}

/** A table of any engine type, for code that reads its fields by name. */
export type SomeTable = { readonly name: string; readonly fields: object };

export function untyped(t: SomeTable): AnyTable {
  return t as unknown as AnyTable;
}

/** The wire name of a field inside an inlined object. */
export function wireName(prefix: string, key: string): string {
  return prefix === '' ? key : prefix + key.charAt(0).toUpperCase() + key.slice(1);
}
