import { LocalDriver, LocalPresence, type MatchMakerDriver, type Presence } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { Redis } from 'ioredis';

// How server processes find each other (docs/DEPLOY.md, "Several processes"). With REDIS_URL,
// Colyseus's Redis presence (pub/sub between processes, shared keys) and Redis driver (the list
// of every room of every process) make N processes one game server: a join code typed on any
// process reaches the room wherever it lives. Without it, the embedded in-memory presence and
// driver serve one process and nothing else is needed.
//
// Each process tells clients where its rooms' websockets are with PUBLIC_ADDRESS (host[:port][/path]
// as the browser sees it, e.g. game.example.com/node/1): the SDK connects to
// ws(s)://<PUBLIC_ADDRESS>/<processId>/<roomId>, and the reverse proxy sends /node/1/ to that process.

export const REDIS_URL_ENV = 'REDIS_URL';
export const PUBLIC_ADDRESS_ENV = 'PUBLIC_ADDRESS';

export interface ClusterConfig {
  /** redis:// or rediss:// URL shared by every process; null: one process, in-memory presence and driver. */
  redisUrl: string | null;
  /** This process's address as browsers reach it (no scheme); null: the address the client used. */
  publicAddress: string | null;
}

export class ClusterConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClusterConfigError';
  }
}

/** host[:port] followed by an optional path: what the Colyseus SDK puts between ws(s):// and /<processId>/<roomId>. */
const ADDRESS = /^[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~-]+)*$/;

export function clusterConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ClusterConfig {
  const redisUrl = env[REDIS_URL_ENV]?.trim() || null;
  if (redisUrl && !/^rediss?:\/\/[^\s]+$/.test(redisUrl)) {
    throw new ClusterConfigError(`${REDIS_URL_ENV} must be a redis:// or rediss:// URL, got '${redisUrl}'`);
  }
  let publicAddress = env[PUBLIC_ADDRESS_ENV]?.trim() || null;
  if (publicAddress) {
    publicAddress = publicAddress.replace(/\/+$/, '');
    if (/^[a-z]+:\/\//i.test(publicAddress) || !ADDRESS.test(publicAddress)) {
      throw new ClusterConfigError(
        `${PUBLIC_ADDRESS_ENV} must be host[:port][/path] without a scheme (e.g. game.example.com/node/1), got '${env[PUBLIC_ADDRESS_ENV]}'`,
      );
    }
  }
  return { redisUrl, publicAddress };
}

/** A URL safe to print: the password replaced. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

export interface ClusterParts {
  presence: Presence;
  driver: MatchMakerDriver;
  publicAddress: string | undefined;
  /** true when the presence and driver are shared with other processes (Redis). */
  shared: boolean;
  /** What the startup banner says about it. */
  description: string;
}

/** Answers within a few seconds whether Redis is reachable, so a wrong URL stops the start with a sentence. */
async function checkRedis(url: string): Promise<void> {
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: 5000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
  } catch (err) {
    throw new ClusterConfigError(`Redis at ${redactedUrl(url)} (${REDIS_URL_ENV}) cannot be reached: ${(err as Error).message}`);
  } finally {
    probe.disconnect();
  }
}

export async function clusterParts(config: ClusterConfig): Promise<ClusterParts> {
  const publicAddress = config.publicAddress ?? undefined;
  if (!config.redisUrl) {
    return { presence: new LocalPresence(), driver: new LocalDriver(), publicAddress, shared: false, description: 'one process (in-memory presence; set REDIS_URL to run several)' };
  }
  await checkRedis(config.redisUrl);
  return {
    presence: new RedisPresence(config.redisUrl),
    driver: new RedisDriver(config.redisUrl),
    publicAddress,
    shared: true,
    description: `shared through Redis at ${redactedUrl(config.redisUrl)}${publicAddress ? `, rooms of this process at ${publicAddress}` : ''}`,
  };
}
