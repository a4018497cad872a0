import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { artifactPath } from './browser';

// Test harness: the real game server (API, match rooms and the production client build from
// dist/client) started in this process on a port from the client's range, and a watcher that
// records every console error, page error and failed request so a test can assert there were
// none (issue item 8e).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DIST = path.join(root, 'dist', 'client');
/** The client built with `npm run build:test-client` (Vite mode "test"): the same app plus window.__crTest hooks. */
export const DIST_TEST = path.join(root, 'dist', 'client-test');

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(port: number): Promise<RunningServer> {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`No client build in ${DIST}: run \`npm run build\` first (npm test does it before vitest).`);
  }
  const { startGameServer } = await import('../../../server');
  const server = await startGameServer({ port, host: '127.0.0.1', staticDir: DIST });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

export interface PageProblems {
  errors: string[];
}

export function watchPage(page: Page, label: string): PageProblems {
  const p: PageProblems = { errors: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') p.errors.push(`${label} console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => p.errors.push(`${label} page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Navigations away close sockets; anything else failing is a problem.
    const failure = r.failure()?.errorText ?? '';
    // Navigations away close sockets, and an image whose element a re-render removed stops loading.
    if (failure.includes('ERR_ABORTED') && (r.resourceType() === 'websocket' || r.resourceType() === 'image')) return;
    p.errors.push(`${label} request failed: ${r.method()} ${r.url()} ${failure}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) p.errors.push(`${label} HTTP ${res.status()}: ${res.url()}`);
  });
  return p;
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: artifactPath(`${name}.png`) });
}

/** Counts WebSocket frames the page sends whose bytes contain `needle` (message names travel as text). */
export function countSentFrames(page: Page, needle: string): { count: number } {
  const out = { count: 0 };
  page.on('websocket', (ws) => {
    ws.on('framesent', (f) => {
      const data = typeof f.payload === 'string' ? f.payload : Buffer.from(f.payload).toString('latin1');
      if (data.includes(needle)) out.count += 1;
    });
  });
  return out;
}
