import type { Callbacks } from '@colyseus/sdk';
import { untyped, wireName, type AnyTable, type Table } from '../../shared/wire/codec';

// Field-level change tracking on the decoded room state: registers Colyseus callbacks
// (Callbacks.get(room)) on a schema instance and everything under it, by the instance's wire
// table, and calls `dirty` whenever any of its fields, items or nested items change.

export type StateCallbacks = ReturnType<typeof Callbacks.get>;
type Instance = Record<string, unknown>;

/** A schema instance as the decoder made it; its fields are known from its wire table, not its TypeScript type. */
type Ref = any;

/** Calls `onRef` with the schema instance a field holds, now and whenever it is replaced. */
export function watchRef(cb: StateCallbacks, instance: Ref, field: string, onRef: (ref: Instance) => void): void {
  cb.listen(instance, field, (value) => onRef(value as Instance), true);
}

/** Calls `dirty` on any change inside a collection of primitives (map or array). */
export function watchPrimitives(cb: StateCallbacks, instance: Ref, field: string, dirty: () => void): void {
  cb.onAdd(instance, field, dirty, false);
  cb.onRemove(instance, field, dirty);
  cb.onChange(instance, field, dirty);
}

/** Calls `dirty` on any change of the items of a collection of schema instances, and watches every item (present and future). */
export function watchItems(cb: StateCallbacks, instance: Ref, field: string, watchItem: (item: Instance) => void, dirty: () => void): void {
  cb.onAdd(
    instance,
    field,
    (item) => {
      dirty();
      watchItem(item as Instance);
    },
    true,
  );
  cb.onRemove(instance, field, dirty);
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
export function watchTable(cb: StateCallbacks, instance: object, tbl: Table<any> | AnyTable, dirty: () => void): void {
  cb.onChange(instance as Ref, dirty);
  watchFields(cb, instance as Instance, tbl as AnyTable, '', dirty);
}
