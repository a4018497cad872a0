import type { Callbacks } from '@colyseus/sdk';
import type { ArraySchema, MapSchema } from '@colyseus/schema';
import { untyped, wireName, type AnyTable, type SomeTable } from '../../shared/wire/codec';

// Field-level change tracking on the decoded room state: registers Colyseus callbacks
// (Callbacks.get(room)) on a schema instance and everything under it, by the instance's wire
// table, and calls `dirty` whenever any of its fields, items or nested items change.

export type StateCallbacks = ReturnType<typeof Callbacks.get>;
type Instance = Record<string, unknown>;

/**
 * A schema instance as the decoder made it, seen through the collection fields a caller names; its
 * fields are known from its wire table, not its TypeScript type.
 */
type WithCollections = Record<string, MapSchema<unknown> | ArraySchema<unknown>>;

/** Calls `onRef` with the schema instance a field holds, now and whenever it is replaced. */
export function watchRef(cb: StateCallbacks, instance: object, field: string, onRef: (ref: Instance) => void): void {
  cb.listen(instance as Instance, field, (value) => onRef(value as Instance), true);
}

/** Calls `dirty` on any change inside a collection of primitives (map or array). */
export function watchPrimitives(cb: StateCallbacks, instance: object, field: string, dirty: () => void): void {
  const ref = instance as WithCollections;
  cb.onAdd(ref, field, dirty, false);
  cb.onRemove(ref, field, dirty);
  cb.onChange(ref, field, dirty);
}

/** Calls `dirty` on any change of the items of a collection of schema instances, and watches every item (present and future). */
export function watchItems(cb: StateCallbacks, instance: object, field: string, watchItem: (item: Instance) => void, dirty: () => void): void {
  const ref = instance as WithCollections;
  cb.onAdd(
    ref,
    field,
    (item) => {
      dirty();
      watchItem(item as Instance);
    },
    true,
  );
  cb.onRemove(ref, field, dirty);
}

function watchFields(cb: StateCallbacks, instance: Instance, tbl: AnyTable, prefix: string, dirty: () => void): void {
  for (const [key, codec] of Object.entries(tbl.fields)) {
    const name = wireName(prefix, key);
    if (typeof codec === 'string') {
      if (codec === 'numberRecord' || codec === 'numberList' || codec === 'stringList') watchPrimitives(cb, instance, name, dirty);
    } else if ('inline' in codec) {
      watchFields(cb, instance, untyped(codec.inline), wireName(prefix, codec.prefix), dirty);
    } else if ('rows' in codec) {
      // Rows never change once written: only their arrival and removal matter.
      watchItems(cb, instance, name, () => undefined, dirty);
    } else {
      const sub = untyped(codec.list);
      watchItems(cb, instance, name, (item) => watchTable(cb, item, sub, dirty), dirty);
    }
  }
}

/** Watches a schema instance built from `tbl` (server/schema/build.ts) and everything under it. */
export function watchTable(cb: StateCallbacks, instance: object, tbl: SomeTable, dirty: () => void): void {
  cb.onChange(instance, dirty);
  watchFields(cb, instance as Instance, untyped(tbl), '', dirty);
}
