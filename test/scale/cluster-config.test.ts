import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClusterConfigError, clusterConfigFromEnv, redactedUrl } from '../../server/scale/cluster';
import { roomIdOfRequest } from '../../server/scale/forward';
import { runServerToExit } from '../replay/support/runServer';
import { freePort } from './support/freePort';

// How a server process learns it is one of several (docs/DEPLOY.md): REDIS_URL and
// PUBLIC_ADDRESS are checked before anything starts, and a wrong one stops `npm start` with a
// sentence that names the variable.

const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-cluster-config-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('cluster settings from the environment', () => {
  it('nothing set: one process, the address the client used', () => {
    expect(clusterConfigFromEnv({})).toEqual({ redisUrl: null, publicAddress: null });
    expect(clusterConfigFromEnv({ REDIS_URL: '  ', PUBLIC_ADDRESS: '' })).toEqual({ redisUrl: null, publicAddress: null });
  });

  it('takes a redis URL and a public address with a path (trailing slash dropped)', () => {
    expect(clusterConfigFromEnv({ REDIS_URL: 'redis://:pw@cache:6379/2', PUBLIC_ADDRESS: 'game.example.com/node/1/' })).toEqual({
      redisUrl: 'redis://:pw@cache:6379/2',
      publicAddress: 'game.example.com/node/1',
    });
    expect(clusterConfigFromEnv({ PUBLIC_ADDRESS: '10.0.0.5:2567' }).publicAddress).toBe('10.0.0.5:2567');
  });

  it('refuses what the SDK could not use, naming the variable', () => {
    expect(() => clusterConfigFromEnv({ REDIS_URL: 'localhost:6379' })).toThrow(ClusterConfigError);
    expect(() => clusterConfigFromEnv({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL, got 'localhost:6379'/);
    expect(() => clusterConfigFromEnv({ PUBLIC_ADDRESS: 'https://game.example.com' })).toThrow(/PUBLIC_ADDRESS must be host\[:port\]\[\/path\] without a scheme/);
    expect(() => clusterConfigFromEnv({ PUBLIC_ADDRESS: 'game example.com' })).toThrow(/PUBLIC_ADDRESS/);
  });

  it('never prints a password', () => {
    expect(redactedUrl('redis://user:secret@cache:6379/0')).toBe('redis://user:***@cache:6379/0');
    expect(redactedUrl('redis://cache:6379')).toBe('redis://cache:6379');
  });

  it('forwards only the per-room GET endpoints', () => {
    expect(roomIdOfRequest('GET', '/api/rooms/abc234')).toBe('ABC234');
    expect(roomIdOfRequest('HEAD', '/api/classes/ABC234/records')).toBe('ABC234');
    expect(roomIdOfRequest('GET', '/api/classes/ABC234')).toBe('ABC234');
    expect(roomIdOfRequest('POST', '/api/rooms/ABC234')).toBeNull();
    expect(roomIdOfRequest('GET', '/api/records/ABC234')).toBeNull();
    expect(roomIdOfRequest('GET', '/api/rooms/not-a-code')).toBeNull();
    expect(roomIdOfRequest('GET', '/api/rooms/%E0%A4%A')).toBeNull();
  });
});

describe('npm start with a cluster setting it cannot use', () => {
  it('a Redis nobody answers at: exits 1 with a sentence naming REDIS_URL, password hidden', async () => {
    const [port, deadPort] = [await freePort(), await freePort()];
    const r = await runServerToExit(port, { REDIS_URL: `redis://:hunter2@127.0.0.1:${deadPort}`, COMPUTE_RACE_DATA_DIR: dataDir }, 30_000);
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`Compute Race could not start: Redis at redis://:***@127.0.0.1:${deadPort} (REDIS_URL) cannot be reached`);
    expect(r.output).not.toContain('hunter2');
    expect(r.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('a PUBLIC_ADDRESS with a scheme: exits 1 naming it', async () => {
    const r = await runServerToExit(await freePort(), { PUBLIC_ADDRESS: 'wss://game.example.com', COMPUTE_RACE_DATA_DIR: dataDir }, 30_000);
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain('Compute Race could not start: PUBLIC_ADDRESS must be host[:port][/path] without a scheme');
  });
});
