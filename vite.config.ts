import { defineConfig } from 'vitest/config';
import { precompress } from './cli/build/precompress';

// The client lives in client/, its static art in assets/ (served at /assets/...), and the
// production build goes to dist/client where the game server serves it from, with brotli and gzip
// copies of every text file beside it (cli/build/precompress.ts).
const serverPort = Number(process.env.PORT ?? 2567);

export default defineConfig({
  root: 'client',
  publicDir: '../assets',
  base: './',
  plugins: [precompress()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': `http://127.0.0.1:${serverPort}`,
      '/health': `http://127.0.0.1:${serverPort}`,
      '/matchmake': { target: `http://127.0.0.1:${serverPort}`, ws: true },
      // Colyseus 0.18 opens the room WebSocket at /<processId (9 chars)>/<roomId = 6-char join code>.
      '^/[A-Za-z0-9_-]{9}/[A-HJ-NP-Z2-9]{6}(?:[/?]|$)': { target: `ws://127.0.0.1:${serverPort}`, ws: true },
    },
  },
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/sdk-node.ts', 'test/setup/tempDirs.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
