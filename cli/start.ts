import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startGameServer, type GameServer } from '../server';
import { adminSecretFromEnv, ADMIN_PATH, ADMIN_SECRET_ENV } from '../server/admin';
import { DATA_DIR_ENV, StorageUnavailableError, dataDirFromEnv } from '../server/storage';
import { ClusterConfigError, clusterConfigFromEnv } from '../server/scale';

// The game server's entry point: serves the game (built client, API and match rooms) on one port.
// `npm start` runs its compiled form, dist/server/start.mjs, with plain Node (cli/start.mjs builds
// it first when there is no build); `npm run dev` runs this file with tsx and `--api-only` (Vite
// serves the client). PORT (default 2567) and HOST (default 0.0.0.0) choose where. Match records
// live in COMPUTE_RACE_DATA_DIR (default ./data); `--no-storage` keeps everything in memory.
// ADMIN_SECRET opens the Colyseus monitor at /monitor; WS_DEFLATE=1 turns socket compression on.
// REDIS_URL (and PUBLIC_ADDRESS per process) runs several processes as one server (docs/DEPLOY.md).

/** The project root: the nearest directory above this file with a package.json (works from cli/ and dist/server/). */
function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the project root (no package.json above the server)');
    dir = up;
  }
  return dir;
}

function fail(message: string): never {
  console.error(`Compute Race could not start: ${message}`);
  process.exit(1);
}

const root = projectRoot();
process.chdir(root);

const apiOnly = process.argv.includes('--api-only');
const port = Number(process.env.PORT ?? 2567);
const host = process.env.HOST ?? '0.0.0.0';
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number (0–65535), got '${process.env.PORT}'`);
let adminSecret: string | null = null;
try {
  adminSecret = adminSecretFromEnv();
} catch (err) {
  fail((err as Error).message);
}

function clientBuild(): string | null {
  const distDir = path.join(root, 'dist', 'client');
  if (existsSync(path.join(distDir, 'index.html'))) return distDir;
  console.warn('No client build in dist/client (run `npm run build`): serving the API and match rooms only.');
  return null;
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NonNullable<typeof a> => Boolean(a && a.family === 'IPv4' && !a.internal))
    .map((a) => a.address);
}

const staticDir = apiOnly ? null : clientBuild();
const dataDir = process.argv.includes('--no-storage') ? null : dataDirFromEnv();
let game: GameServer;
try {
  game = await startGameServer({ port, host, staticDir, gracefulShutdown: true, dataDir, adminSecret, deflate: process.env.WS_DEFLATE === '1', cluster: clusterConfigFromEnv() });
} catch (err) {
  // A sentence that names the problem and what to do (busy port, data directory or database that
  // cannot keep records, a cluster setting), and a non-zero exit so scripts and service managers see the failure.
  const expected = err instanceof StorageUnavailableError || err instanceof ClusterConfigError || /already in use/.test((err as Error)?.message ?? '');
  if (!expected) console.error(err);
  fail((err as Error)?.message ?? String(err));
}

const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log('');
console.log(`Compute Race server is running on port ${port} (process ${process.pid}).`);
console.log(`Server processes: ${game.cluster}.`);
if (dataDir) {
  const back = game.restored.filter((r) => r.restored);
  const where = game.storage?.store.location ?? dataDir;
  console.log(`Match records: ${where} (set ${DATA_DIR_ENV} to move them, or DATABASE_URL for PostgreSQL).`);
  if (game.restored.length) console.log(`Restored ${back.length} unfinished match${back.length === 1 ? '' : 'es'} after a restart${back.length ? `: ${back.map((r) => r.code).join(', ')}` : ''}.`);
} else {
  console.log('Match records: not stored (--no-storage).');
}
if (staticDir) {
  console.log(`Open  http://${shown}:${port}/  in a browser to play.`);
  if (host === '0.0.0.0' || host === '::') {
    for (const ip of lanAddresses()) console.log(`  (other devices on this network: http://${ip}:${port}/)`);
  }
} else {
  console.log(`API: http://${shown}:${port}/health  and  http://${shown}:${port}/api/catalogue`);
}
console.log(`Metrics: http://${shown}:${port}/metrics`);
console.log(adminSecret ? `Monitor: http://${shown}:${port}${ADMIN_PATH}/ (password: ${ADMIN_SECRET_ENV})` : `Monitor: off (set ${ADMIN_SECRET_ENV} to turn it on).`);
