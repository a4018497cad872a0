import { describe, expect, it, vi } from 'vitest';

// The SQLite log is flushed to the disk on libuv's thread pool after each write, one flush at a
// time, so commits never wait for the disk on the event loop (server/storage/walFlusher.ts).

const fsCalls = vi.hoisted(() => ({ fsyncs: [] as Array<(err: Error | null) => void>, opened: 0, closed: 0 }));
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return {
    ...real,
    openSync: () => {
      fsCalls.opened++;
      return 42;
    },
    closeSync: () => {
      fsCalls.closed++;
    },
    fsync: (_fd: number, done: (err: Error | null) => void) => {
      fsCalls.fsyncs.push(done);
    },
  };
});

const { WalFlusher } = await import('../../server/storage/walFlusher');

describe('WalFlusher', () => {
  it('runs one flush at a time and one more for the writes made during it', () => {
    fsCalls.fsyncs.length = 0;
    const failures: Error[] = [];
    const flusher = new WalFlusher('/data/db-wal', (err) => failures.push(err));
    flusher.request();
    flusher.request();
    flusher.request();
    expect(fsCalls.fsyncs).toHaveLength(1);
    fsCalls.fsyncs[0]!(null);
    expect(fsCalls.fsyncs).toHaveLength(2);
    fsCalls.fsyncs[1]!(null);
    expect(fsCalls.fsyncs).toHaveLength(2);
    flusher.request();
    expect(fsCalls.fsyncs).toHaveLength(3);
    fsCalls.fsyncs[2]!(new Error('EIO: i/o error'));
    expect(failures.map((e) => e.message)).toEqual(['EIO: i/o error']);
    expect(fsCalls.opened).toBe(1);
  });

  it('closes the log file once the flush in flight is done, and flushes nothing after', () => {
    fsCalls.fsyncs.length = 0;
    fsCalls.closed = 0;
    const flusher = new WalFlusher('/data/db-wal');
    flusher.request();
    flusher.close();
    expect(fsCalls.closed).toBe(0);
    fsCalls.fsyncs[0]!(null);
    expect(fsCalls.closed).toBe(1);
    flusher.request();
    expect(fsCalls.fsyncs).toHaveLength(1);
  });
});
