import { readFileSync } from 'node:fs';

// CPU time and resident memory of a process from /proc/<pid>/stat (Linux), to watch the server
// and the load generator's own workers from outside.

/** Clock ticks per second of /proc times (sysconf(_SC_CLK_TCK); 100 on every Linux this runs on). */
const CLK_TCK = 100;
const PAGE_BYTES = 4096;

export interface ProcSample {
  /** User + system CPU seconds since the process started. */
  cpuSeconds: number;
  rssBytes: number;
}

export function readProc(pid: number): ProcSample | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces: split after its closing one.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // Fields counted from 3 (state): utime is 14, stime 15, rss 24.
  const utime = Number(fields[14 - 3]);
  const stime = Number(fields[15 - 3]);
  const rssPages = Number(fields[24 - 3]);
  return { cpuSeconds: (utime + stime) / CLK_TCK, rssBytes: rssPages * PAGE_BYTES };
}
