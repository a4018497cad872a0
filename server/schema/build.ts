import { schema, t, type Schema } from '@colyseus/schema';
import { untyped, wireName, type AnyTable, type SomeTable } from '../../shared/wire/codec';

// Builds the Colyseus schema class of an engine type from its wire table (shared/wire/tables.ts).
// Numbers are float64: Colyseus's "number" may send a fraction as float32, and the client must see
// the engine's figures exactly; only whole numbers (`count`) use it, for its 1–3 bytes. Absent optional numbers and null travel as NaN, absent strings as ''.

type Builder = ReturnType<typeof t.string>;
export type SchemaClass = typeof Schema;

const classes = new Map<string, SchemaClass>();

function fieldsOf(tbl: AnyTable, prefix: string, out: Record<string, unknown>): Record<string, unknown> {
  for (const [key, codec] of Object.entries(tbl.fields)) {
    const name = wireName(prefix, key);
    if (typeof codec === 'string') {
      switch (codec) {
        case 'number':
          out[name] = t.float64();
          break;
        case 'count':
          out[name] = t.number();
          break;
        case 'nullableNumber':
        case 'optionalNumber':
          out[name] = t.float64().default(Number.NaN);
          break;
        case 'string':
        case 'optionalString':
        case 'json':
          out[name] = t.string().default('');
          break;
        case 'boolean':
          out[name] = t.boolean().default(false);
          break;
        case 'numberRecord':
          out[name] = t.map('float64');
          break;
        case 'numberList':
          out[name] = t.array('float64');
          break;
        case 'stringList':
          out[name] = t.array('string');
          break;
        default:
          throw new Error(`unknown wire codec '${codec}' for ${tbl.name}.${key}`);
      }
    } else if ('inline' in codec) {
      fieldsOf(untyped(codec.inline), wireName(prefix, codec.prefix), out);
    } else {
      out[name] = t.array(schemaOf(untyped('rows' in codec ? codec.rows : codec.list)));
    }
  }
  return out;
}

/** The schema fields of a table, to spread into a schema that adds fields of its own. */
export function schemaFields(tbl: SomeTable): Record<string, Builder> {
  return fieldsOf(untyped(tbl), '', {}) as Record<string, Builder>;
}

/** The schema class of a table (one class per table name). */
export function schemaOf(tbl: SomeTable): SchemaClass {
  const u = untyped(tbl);
  let cls = classes.get(u.name);
  if (!cls) {
    cls = schema(schemaFields(u) as never, u.name) as unknown as SchemaClass;
    classes.set(u.name, cls);
  }
  return cls;
}
