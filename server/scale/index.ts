import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchMaker, type ServerOptions } from '@colyseus/core';
import { clusterParts, type ClusterConfig, type ClusterParts } from './cluster';
import { answerForwardedRequests } from './forward';
import { announceLeaving, startTakeover, type TakeoverDeps } from './takeover';

// Several server processes as one game server (docs/DEPLOY.md): the Colyseus presence and driver
// they share, per-room HTTP requests answered by the process holding the room, and matches of a
// process that stopped taken over by the others.

export { ClusterConfigError, clusterConfigFromEnv, PUBLIC_ADDRESS_ENV, REDIS_URL_ENV, type ClusterConfig, type ClusterParts } from './cluster';
export { forwardingRoute } from './forward';

export const ONE_PROCESS: ClusterConfig = { redisUrl: null, publicAddress: null };

export async function prepareCluster(config: ClusterConfig | null | undefined): Promise<ClusterParts> {
  return clusterParts(config ?? ONE_PROCESS);
}

/**
 * What the Colyseus Server is given. Rooms that clients create are created on the process the
 * request reached (the reverse proxy spreads the requests), never handed to a process that may be gone.
 */
export function colyseusClusterOptions(parts: ClusterParts): Pick<ServerOptions, 'presence' | 'driver' | 'publicAddress' | 'selectProcessIdToCreateRoom'> {
  return {
    presence: parts.presence,
    driver: parts.driver,
    ...(parts.publicAddress ? { publicAddress: parts.publicAddress } : {}),
    selectProcessIdToCreateRoom: () => Promise.resolve(matchMaker.processId),
  };
}

/** Once the server listens: answer forwarded requests and (with a shared store) take over matches. Returns the stop function. */
export async function runCluster(
  parts: ClusterParts,
  deps: { handler: (req: IncomingMessage, res: ServerResponse) => void; takeover: TakeoverDeps | null },
): Promise<() => void> {
  if (!parts.shared) return () => undefined;
  const stopAnswering = await answerForwardedRequests(deps.handler);
  const stopTakeover = deps.takeover ? startTakeover(deps.takeover) : () => undefined;
  let left = false;
  return () => {
    if (left) return;
    left = true;
    stopTakeover();
    stopAnswering();
    announceLeaving();
  };
}
