import { StorageUnavailableError, explainStorageError } from '../problems';
import type { SqlDatabase, SqlValue } from '../sql';
import { PG_MIGRATIONS } from './schema';
import { SyncPgClient } from './syncClient';

// The records in PostgreSQL (DATABASE_URL), shared by every server process that points at it.
// Opening it checks, before the server listens, that the database answers, is migrated (one
// process at a time, under an advisory lock) and can be written. Each live match is held by one
// process through a session advisory lock on its id: PostgreSQL releases it when that process's
// connection goes, kill -9 included, so another process (or the restarted one) can take it over,
// and two processes never restore the same match.

export const DATABASE_URL_ENV = 'DATABASE_URL';

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'DATABASE_URL (not a valid URL)';
  }
}

/** `?` placeholders become PostgreSQL's `$1, $2, …` (the stores' SQL has no `?` inside literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const LOCK_PREFIX = 'compute-race-match:';

export function openPostgres(url: string): SqlDatabase {
  const location = redactUrl(url);
  const client = new SyncPgClient(url);
  const q = <T>(sql: string, params: readonly SqlValue[] = []) => client.query<T>(numbered(sql), params);
  let depth = 0;
  const transaction = <T>(fn: () => T): T => {
    if (depth > 0) return fn();
    q('BEGIN');
    depth++;
    try {
      const out = fn();
      q('COMMIT');
      return out;
    } catch (err) {
      try {
        q('ROLLBACK');
      } catch {
        // The connection itself failed: the transaction is gone with it.
      }
      throw err;
    } finally {
      depth--;
    }
  };
  const db: SqlDatabase = {
    dialect: 'postgres',
    location,
    all: <T>(sql: string, params?: readonly SqlValue[]) => q<T>(sql, params).rows,
    get: <T>(sql: string, params?: readonly SqlValue[]) => q<T>(sql, params).rows[0],
    run: (sql, params) => q(sql, params).rowCount,
    transaction,
    batch: (statements) => {
      if (depth > 0) throw new Error('batch inside a transaction');
      client.batch(statements.map((st) => ({ text: numbered(st.sql), values: st.params ?? [], changes: st.changes, otherwise: st.otherwise })));
    },
    tryLock: (key) => q<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtextextended(?, 0)) AS ok', [LOCK_PREFIX + key]).rows[0]?.ok === true,
    unlock: (key) => void q('SELECT pg_advisory_unlock(hashtextextended(?, 0))', [LOCK_PREFIX + key]),
    probe: () =>
      transaction(() => {
        q(`INSERT INTO write_probe VALUES (decode(repeat('00', 65536), 'hex'))`);
        q('DELETE FROM write_probe');
      }),
    close: () => client.close(),
  };
  try {
    q('SELECT 1');
  } catch (err) {
    client.close();
    throw new StorageUnavailableError(`PostgreSQL at ${location} cannot be reached (${(err as Error).message}): check DATABASE_URL and that the database server runs`, { cause: err });
  }
  try {
    migrate(db, q);
    db.probe();
  } catch (err) {
    client.close();
    if (err instanceof StorageUnavailableError) throw err;
    throw new StorageUnavailableError(explainStorageError(err, location), { cause: err });
  }
  return db;
}

function migrate(db: SqlDatabase, q: <T>(sql: string, params?: readonly SqlValue[]) => { rows: T[] }): void {
  db.transaction(() => {
    // Several servers may start at once: one migrates, the others wait and find it done.
    q(`SELECT pg_advisory_xact_lock(hashtextextended('compute-race-migrations', 0))`);
    q('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
    const current = Number(q<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations').rows[0]?.v ?? 0);
    if (current > PG_MIGRATIONS.length)
      throw new StorageUnavailableError(
        `${db.location} was written by a newer Compute Race (schema ${current}, this build knows ${PG_MIGRATIONS.length}): run that version, or point DATABASE_URL at another database`,
      );
    for (const [k, sql] of PG_MIGRATIONS.slice(current).entries()) {
      q(sql);
      q('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [current + k + 1, Date.now()]);
    }
  });
}
