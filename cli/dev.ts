import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run dev`: the game server (restarted by tsx watch when server/ or shared/ change) plus
// Vite's dev server with hot reload for the client. Vite proxies /api, /health, /matchmake and
// the room WebSocket to the game server (see vite.config.ts).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const port = process.env.PORT ?? '2567';

const server = spawn(
  process.execPath,
  [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'watch', '--clear-screen=false', 'cli/start.ts', '--api-only'],
  { stdio: 'inherit', env: { ...process.env, PORT: port, HOST: process.env.HOST ?? '127.0.0.1' } },
);

const { createServer } = await import('vite');
const vite = await createServer({ configFile: path.join(root, 'vite.config.ts') });
await vite.listen();
vite.printUrls();
console.log(`Game server on http://127.0.0.1:${port} (restarts when server/ or shared/ change).`);

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (server.exitCode === null) server.kill('SIGTERM');
  await vite.close();
  process.exit(code);
}
server.on('exit', (code) => {
  if (!stopping) {
    console.error(`The game server stopped (exit code ${code}).`);
    void stop(code ?? 1);
  }
});
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
