import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cpuPinning, pinned } from '../../cli/lib/loadtest/cpuPinning';

// `npm run loadtest -- --pin`: the server on CPU 0, the load generator on the rest.

describe('load test CPU pinning', () => {
  it('gives the server CPU 0 and the load generator every other CPU', () => {
    expect(cpuPinning(2)).toEqual({ server: '0', generator: '1' });
    expect(cpuPinning(8)).toEqual({ server: '0', generator: '1-7' });
  });

  it('refuses a one-CPU machine with a reason', () => {
    expect(() => cpuPinning(1)).toThrow('--pin needs at least 2 CPUs (this machine has 1)');
  });

  it('runs the command on the CPUs it was given', () => {
    const cmd = pinned('0', 'sh', ['-c', 'grep Cpus_allowed_list /proc/self/status']);
    expect(execFileSync(cmd.command, cmd.args, { encoding: 'utf8' })).toMatch(/Cpus_allowed_list:\s+0\s*$/);
  });

  it('leaves the command alone when not pinned', () => {
    expect(pinned(undefined, 'node', ['a.js'])).toEqual({ command: 'node', args: ['a.js'] });
  });
});
