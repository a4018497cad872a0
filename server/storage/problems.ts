// What the storage says when it cannot work: one error type whose message names the file and
// what to do, so `npm start` prints a sentence and exits instead of a stack trace; and the
// explanation of a failed write during a match (full disk, read-only file, damaged database).

export class StorageUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageUnavailableError';
  }
}

/**
 * The same failure in a few words that reveal nothing of the server (no paths, no URLs): what
 * players, the host and /health are told. The server log has the full explanation.
 */
export function publicStorageReason(err: unknown): string {
  const code = codeOf(err);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === '53100') return 'its disk is full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === '25006' || code === '42501')
    return 'its database cannot be written';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'its database is damaged';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code.startsWith('SQLITE_BUSY_')) return 'its database is busy';
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'TIMEOUT' || code === 'CLOSED' || code.startsWith('08') || code.startsWith('57P'))
    return 'its database cannot be reached';
  return 'its database failed';
}

const MOVE_DATA_DIR = 'or set COMPUTE_RACE_DATA_DIR to another directory';

/** An error's `code` as text (SQLite's SQLITE_…, Node's E…), '' without one. */
export function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : '';
}

/** One sentence on what a SQLite or file-system error means for the database file `file`. */
export function explainStorageError(err: unknown, file: string, owner?: string | null): string {
  const code = codeOf(err);
  const raw = (err as Error | null)?.message ?? String(err);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code.startsWith('SQLITE_BUSY_'))
    return (
      `${file} is in use by another Compute Race server${owner ? ` (${owner})` : ''}. Two servers on one database would both restore ` +
      `and overwrite the same matches: stop the other server, ${MOVE_DATA_DIR} for this one`
    );
  // PostgreSQL's SQLSTATE codes: 53100 disk_full, 25006 read_only_sql_transaction, 42501 insufficient_privilege.
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === '53100')
    return `the disk holding ${file} is full (${raw}): free some space ${MOVE_DATA_DIR} on another disk`;
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === '25006' || code === '42501')
    return `${file} cannot be written (${code}: ${raw}): make it and its directory writable by this user ${MOVE_DATA_DIR}`;
  if (code === 'SQLITE_CANTOPEN' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'EEXIST')
    return `${file} cannot be opened (${code}: ${raw}); check that it is a file, not a directory, in a writable directory, ${MOVE_DATA_DIR}`;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
    return (
      `${file} is damaged or is not a Compute Race database (${raw}). Move it away (the server then starts an empty one) ` +
      `and restore it from a backup if you have one, ${MOVE_DATA_DIR}`
    );
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'TIMEOUT' || code === 'CLOSED' || code.startsWith('08') || code.startsWith('57P'))
    return `the database ${file} cannot be reached (${code}: ${raw}): check that it runs and that DATABASE_URL points at it`;
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return `reading or writing ${file} failed (${code}: ${raw}): check the disk ${MOVE_DATA_DIR}`;
  return `${file}: ${raw}${code ? ` (${code})` : ''}`;
}
