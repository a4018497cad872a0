import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startGameServer } from '../server';
import { DATA_DIR_ENV, StorageUnavailableError, dataDirFromEnv } from '../server/storage';
import { ClusterConfigError, clusterConfigFromEnv } from '../server/scale';

// `npm start`: builds the client if there is no build yet, then serves the game (client, API and
// match rooms) on one port. PORT (default 2567) and HOST (default 0.0.0.0) choose where.
// `--api-only` skips the client (used by `npm run dev`, where Vite serves it). Match records live
// in COMPUTE_RACE_DATA_DIR (default ./data); `--no-storage` keeps everything in memory.
// REDIS_URL (and PUBLIC_ADDRESS per process) runs several processes as one server (docs/DEPLOY.md).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const apiOnly = process.argv.includes('--api-only');
const port = Number(process.env.PORT ?? 2567);
const host = process.env.HOST ?? '0.0.0.0';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0–65535), got '${process.env.PORT}'`);
  process.exit(1);
}

const distDir = path.join(root, 'dist', 'client');

async function ensureClientBuild(): Promise<string | null> {
  if (existsSync(path.join(distDir, 'index.html'))) return distDir;
  if (!existsSync(path.join(root, 'client', 'index.html'))) {
    console.warn('The client is not written yet (client/index.html is missing): serving the API and match rooms only.');
    return null;
  }
  console.log('No client build in dist/client: building it with Vite (once)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  if (!existsSync(path.join(distDir, 'index.html'))) {
    console.warn('The Vite build did not produce dist/client/index.html: serving the API and match rooms only.');
    return null;
  }
  return distDir;
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NonNullable<typeof a> => Boolean(a && a.family === 'IPv4' && !a.internal))
    .map((a) => a.address);
}

const staticDir = apiOnly ? null : await ensureClientBuild();
const dataDir = process.argv.includes('--no-storage') ? null : dataDirFromEnv();
const game = await (async () => startGameServer({ port, host, staticDir, gracefulShutdown: true, dataDir, cluster: clusterConfigFromEnv() }))().catch((err: unknown) => {
  // A sentence that names the problem and what to do (busy port, data directory or database that
  // cannot keep records), and a non-zero exit so scripts and service managers see the failure.
  const expected = err instanceof StorageUnavailableError || err instanceof ClusterConfigError || /already in use/.test((err as Error)?.message ?? '');
  console.error(`Compute Race could not start: ${(err as Error)?.message ?? String(err)}`);
  if (!expected) console.error(err);
  process.exit(1);
});

const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log('');
console.log(`Compute Race server is running on port ${port}.`);
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
