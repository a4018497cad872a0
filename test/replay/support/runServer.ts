import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm start`'s script (cli/start.ts --api-only) run to its exit, for servers that must refuse to
// start: its exit code and everything it printed.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Exited {
  code: number | null;
  output: string;
}

export function runServerToExit(port: number, env: Record<string, string>, timeoutMs = 60_000): Promise<Exited> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'cli/start.ts', '--api-only'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    proc.stdout.on('data', (d) => (output += d));
    proc.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`the server did not exit within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
