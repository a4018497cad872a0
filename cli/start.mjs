// `npm start`: runs the compiled game server (dist/server/start.mjs) with plain Node, so a built
// checkout needs only the runtime dependencies (`npm ci --omit=dev && npm start`). When client or
// server has no build yet it runs `npm run build` first, which needs the dev dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverEntry = path.join(root, 'dist', 'server', 'start.mjs');
const clientIndex = path.join(root, 'dist', 'client', 'index.html');

if (!existsSync(serverEntry) || !existsSync(clientIndex)) {
  if (!existsSync(path.join(root, 'node_modules', 'vite')) || !existsSync(path.join(root, 'node_modules', 'esbuild'))) {
    console.error('There is no build in dist/ and no dev dependencies to make one: run `npm ci && npm run build` first.');
    process.exit(1);
  }
  console.log('No build in dist/: building the client and the server once (npm run build)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const built = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error(`The build failed (exit code ${built.status ?? built.signal}); the server was not started.`);
    process.exit(1);
  }
}

await import(pathToFileURL(serverEntry).href);
