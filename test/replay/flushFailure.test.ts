import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../server/storage/db';
import { explainStorageError } from '../../server/storage/problems';
import { sqliteDatabase, type SqlDatabase } from '../../server/storage/sql';
import { testTempDir } from '../support/tempDirs';

// SQLite commits without waiting for the disk and its log is flushed afterwards, off the event
// loop (server/storage/walFlusher.ts). A flush the disk refuses must not stay a log line: the next
// write fails with it, which the storage tracker turns into a paused match, a banner and a
// degraded /health like any failed save.

let sqlOpen: SqlDatabase | null = null;
afterEach(() => {
  sqlOpen?.close();
  sqlOpen = null;
  vi.restoreAllMocks();
});

describe('a refused flush of the SQLite log', () => {
  it('fails the next write with the disk’s reason, and the write after it goes through again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const opened = openDatabase(testTempDir('cr-flush-'));
    const file = opened.file;
    // A log file that cannot be opened stands for a disk that refuses the flush.
    const sql = (sqlOpen = sqliteDatabase(opened, { walFile: '/nonexistent-dir/compute-race.sqlite-wal' }));
    sql.run('CREATE TABLE t (x INTEGER)');

    let thrown: unknown;
    try {
      sql.run('INSERT INTO t VALUES (1)');
    } catch (err) {
      thrown = err;
    }
    expect((thrown as Error).message).toBe(
      `the last writes to ${file} could not be flushed to the disk (ENOENT: no such file or directory, open '/nonexistent-dir/compute-race.sqlite-wal')`,
    );
    expect((thrown as { code?: string }).code).toBe('ENOENT');
    expect(explainStorageError(thrown, file)).toContain('could not be flushed to the disk');
    expect(console.error).toHaveBeenCalled();

    // The refused write changed nothing; the next one is tried again.
    expect(sql.all('SELECT x FROM t')).toEqual([]);
    sql.run('INSERT INTO t VALUES (2)');
    expect(sql.all('SELECT x FROM t')).toEqual([{ x: 2 }]);
  });

  it('shows on the health probe too', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const opened = openDatabase(testTempDir('cr-flush-'));
    const sql = (sqlOpen = sqliteDatabase(opened, { walFile: '/nonexistent-dir/compute-race.sqlite-wal' }));
    sql.run('CREATE TABLE t (x INTEGER)');
    expect(() => sql.probe()).toThrow(/could not be flushed to the disk/);
  });
});
