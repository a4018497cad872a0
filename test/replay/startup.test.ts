import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runServerToExit } from './support/runServer';
import { serverProcessesForFile } from './support/serverProcess';

// `npm start` refuses to run when it could not keep its promises (issue 12, Storage): a data
// directory that cannot be written, a full disk, a damaged database, a database another server
// holds, a busy port. Each time it exits non-zero with one sentence that names the file or port
// and what to do, never a stack trace.
//
// How the failures are made without root-proof permissions or a tiny file system: a data
// directory path that is a regular file (cannot be created), a directory where the database file
// should be (cannot be opened), garbage in the database file, a free-space threshold above what
// the disk has (COMPUTE_RACE_MIN_FREE_MB, the same check a full disk trips), and a real second
// server process on the same directory or port.

const PORT = 2717;
const processes = serverProcessesForFile('cr-startup-');
const tempDir = processes.tempDir;
const servers = processes.servers;

function expectRefusal(r: { code: number | null; output: string }, ...patterns: RegExp[]): void {
  expect(r.code, r.output).not.toBe(0);
  expect(r.code, r.output).not.toBeNull();
  expect(r.output).toContain('Compute Race could not start: ');
  for (const p of patterns) expect(r.output).toMatch(p);
  // A sentence, not a stack trace.
  expect(r.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

describe('npm start refuses a data directory that cannot keep records', () => {
  it('the data directory path is a file', async () => {
    const file = path.join(tempDir(), 'not-a-dir');
    writeFileSync(file, 'x');
    const r = await runServerToExit(PORT, { COMPUTE_RACE_DATA_DIR: file });
    expectRefusal(r, new RegExp(`the data directory ${file} cannot be created`), /COMPUTE_RACE_DATA_DIR/);
  });

  it('the database file is a directory', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'compute-race.sqlite'));
    const r = await runServerToExit(PORT, { COMPUTE_RACE_DATA_DIR: dir });
    expectRefusal(r, new RegExp(`${path.join(dir, 'compute-race.sqlite')} cannot be opened`), /not a directory/);
  });

  it('the disk is (nearly) full', async () => {
    const r = await runServerToExit(PORT, { COMPUTE_RACE_DATA_DIR: tempDir(), COMPUTE_RACE_MIN_FREE_MB: String(1024 * 1024 * 1024) });
    expectRefusal(r, /the disk holding .*compute-race\.sqlite has \d+ MB free, less than the \d+ MB the server needs/, /free some space/);
  });

  it('the database file is damaged', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'compute-race.sqlite'), 'this is not a database '.repeat(400));
    const r = await runServerToExit(PORT, { COMPUTE_RACE_DATA_DIR: dir });
    expectRefusal(r, /compute-race\.sqlite is damaged or is not a Compute Race database/, /Move it away/);
  });
});

describe('one server per database and per port', () => {
  it('a second server on the same data directory stops and names the one holding it; the first goes on', async () => {
    const dir = tempDir();
    const first = await processes.start(PORT, dir);
    const second = await runServerToExit(PORT + 1, { COMPUTE_RACE_DATA_DIR: dir });
    expectRefusal(second, /compute-race\.sqlite is in use by another Compute Race server \(process \d+ on /, /stop the other server/);
    expect((await fetch(`${first.url}/health`)).status).toBe(200);

    // Killed with -9, the first server's lock goes with it: a new server opens the directory at once.
    await first.kill9();
    const next = await processes.start(PORT, dir);
    expect(next.output()).toContain('is running on port');
  });

  it('a busy port makes npm start exit non-zero with the port in the message', async () => {
    const holder = servers.at(-1)!;
    expect(holder.proc.exitCode).toBeNull();
    const r = await runServerToExit(PORT, { COMPUTE_RACE_DATA_DIR: tempDir() });
    expectRefusal(r, new RegExp(`port ${PORT} on 127\\.0\\.0\\.1 is already in use \\(set PORT to another port\\)`));
  });
});
