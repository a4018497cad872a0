import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

// `--pin`: the server under test on CPU 0 and the load generator's workers on the other CPUs
// (Linux `taskset`), so the server's latency is not its wait for a core the clients hold.

export interface CpuPinning {
  server: string;
  generator: string;
}

/** The CPU lists for `--pin`, or an error that says why this machine cannot pin. */
export function cpuPinning(cpus = availableParallelism()): CpuPinning {
  if (cpus < 2) throw new Error(`--pin needs at least 2 CPUs (this machine has ${cpus})`);
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('--pin needs the `taskset` command (Debian package util-linux), which is not installed');
  }
  return { server: '0', generator: cpus === 2 ? '1' : `1-${cpus - 1}` };
}

/** `command args…` run on the given CPUs: taskset execs the command, so the pid stays the command's. */
export function pinned(cpus: string | undefined, command: string, args: string[]): { command: string; args: string[] } {
  return cpus === undefined ? { command, args } : { command: 'taskset', args: ['-c', cpus, command, ...args] };
}
