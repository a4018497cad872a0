import './nodeWebSocket';
import { createServer } from 'node:http';
import { Server, type ExpressMiddleware } from '@colyseus/core';
import { ROOM_NAME } from '../shared/protocol';
import { createHttpHandler } from './http/handler';
import { lanRoute } from './http/lan';
import { MAX_FRAME_BYTES, MatchRoom } from './room/MatchRoom';
import { recordRoutes } from './http/records';
import { openStorage, type RestoreOutcome, type Storage } from './storage';
import { reopenEnded } from './storage/reopen';
import { assertPortFree } from './portCheck';
import { CLASS_ROOM_NAME } from '../shared/classroom/protocol';
import { ClassRoom, archiveRoutes, attachClassStorage, classRoutes, restoreClasses } from './classroom';
import { installSecurity, limitsFromEnv, secureHttpServer, systemClock, type Clock, type SecurityLimits } from './security';
import { mountAdmin } from './admin';
import { metricsMiddleware } from './metrics';
import { saveLiveMatches } from './shutdown';
import { socketCompression } from './socketCompression';
import { sizeEncoderBuffers } from './encoderBuffers';
import { colyseusClusterOptions, forwardingRoute, prepareCluster, runCluster, type ClusterConfig } from './scale';
import { warmUp } from './warmUp';
import { StaggeredPingTransport } from './heartbeat';

// The Compute Race game server: Colyseus with the `match` room, the JSON endpoints and the built
// client, all on one HTTP port.

export { MatchRoom } from './room/MatchRoom';
export { createMatchRoom, findMatchRoom } from './room/create';
export { applyHostCommand } from './room/hostCommands';

sizeEncoderBuffers();

export interface GameServerOptions {
  port: number;
  host: string;
  /** Directory of the built client; null serves the API only. */
  staticDir: string | null;
  /** Install Colyseus's SIGINT/SIGTERM handlers (the real server; not tests). */
  gracefulShutdown?: boolean;
  /** Data directory of the match records database (recovery, replays); null or absent: no storage. */
  dataDir?: string | null;
  /** The clock of rooms, rate limits and cooldowns (tests move it by hand). */
  clock?: Clock;
  /** Resource limits over the defaults and the environment (server/security/limits.ts). */
  limits?: Partial<SecurityLimits>;
  /** Secret that opens the Colyseus monitor at /monitor; null or absent: no monitor. */
  adminSecret?: string | null;
  /**
   * permessage-deflate on the room WebSocket for larger frames (default off: reports travel
   * compressed once per room, and at 4,000 clients socket compression put the p99 of a resolution
   * at 130–370 ms against 19 ms without it; see docs/PERFORMANCE.md and socketCompression.ts).
   */
  deflate?: boolean;
  /** Several processes sharing rooms through Redis (server/scale); null or absent: this process alone. */
  cluster?: ClusterConfig | null;
}

export interface GameServer {
  server: Server;
  port: number;
  host: string;
  storage: Storage | null;
  /** Shared with other processes through Redis (or alone), as the startup banner says it. */
  cluster: string;
  /** Matches restored from the data directory at boot. */
  restored: RestoreOutcome[];
  close(): Promise<void>;
}

export async function startGameServer(options: GameServerOptions): Promise<GameServer> {
  await assertPortFree(options.port, options.host);
  installSecurity({ ...limitsFromEnv(), ...options.limits }, options.clock ?? systemClock);
  const cluster = await prepareCluster(options.cluster);
  const storage = options.dataDir ? openStorage(options.dataDir) : null;
  const classes = attachClassStorage(
    storage && {
      classes: storage.store.classes,
      recordIdOf: (m) => storage.tracker.idOf(m),
      recordText: (id) => storage.store.get(id)?.text ?? null,
      saveFailed: (id, err, retry) => storage.tracker.classSaveFailed(id, err, retry),
      saved: (id) => storage.tracker.classSaved(id),
    },
  );
  const httpServer = createServer();
  // Colyseus only watches for listen errors once it listens: a busy port would hang listen() forever.
  const listenFailed = new Promise<never>((_, reject) => httpServer.once('error', reject));
  const handler = createHttpHandler(options.staticDir, [forwardingRoute(), lanRoute(options.port), classRoutes(classes), archiveRoutes(classes), ...(storage ? [recordRoutes(storage)] : [])]);
  const server = new Server({
    ...colyseusClusterOptions(cluster),
    transport: new StaggeredPingTransport({
      server: httpServer,
      maxPayload: MAX_FRAME_BYTES,
      perMessageDeflate: socketCompression(options.deflate === true),
    }),
    greet: false,
    gracefullyShutdown: options.gracefulShutdown ?? false,
    express: (app: { use(...handlers: Array<string | ExpressMiddleware>): unknown; disable(setting: string): unknown }) => {
      app.disable('x-powered-by');
      app.use(metricsMiddleware);
      mountAdmin(app, options.adminSecret ?? null);
      app.use(handler);
    },
  });
  server.define(ROOM_NAME, MatchRoom);
  server.define(CLASS_ROOM_NAME, ClassRoom);
  // Every live match is written once more, and stays restorable: rooms disposed by the shutdown
  // are not marked abandoned. This process leaves the cluster first, so another one may take them over.
  let leaveCluster: () => void = () => undefined;
  server.onBeforeShutdown(async () => {
    leaveCluster();
    const saved = await saveLiveMatches();
    if (saved.length && options.gracefulShutdown) console.log(`Shutting down: saved ${saved.length} live match${saved.length === 1 ? '' : 'es'} (${saved.join(', ')}).`);
    storage?.tracker.suspend();
  });
  server.onShutdown(() => {
    attachClassStorage(null);
    storage?.close();
  });
  try {
    await Promise.race([server.listen(options.port, options.host), listenFailed]);
  } catch (err) {
    await server.gracefullyShutdown(false).catch(() => undefined);
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`port ${options.port} on ${options.host} is already in use (set PORT to another port)`);
    }
    throw err;
  }
  secureHttpServer(httpServer);
  await warmUp();
  const restored = storage ? await storage.restore() : [];
  const classStore = classes.store;
  const bringBackClasses = async (onlyWithGroupCodes?: ReadonlySet<string>) => {
    if (!storage || !classStore) return;
    await restoreClasses(
      classStore,
      {
        recordIdOf: (m) => storage.tracker.idOf(m),
        keepOpen: (m) => storage.tracker.keepOpen(m),
        reopenEnded: (id, code, settings) => reopenEnded(storage.store, storage.tracker, id, code, settings),
      },
      { onlyWithGroupCodes },
    );
  };
  // Classes whose groups all came back get their console back (same id and teacher key).
  await bringBackClasses();
  // Matches of another process that stopped are taken over (a store shared by the processes).
  leaveCluster = await runCluster(cluster, {
    handler,
    takeover: storage
      ? { restore: async () => (await storage.restore()).filter((r) => r.restored).map((r) => r.code), restoreClasses: bringBackClasses }
      : null,
  });
  return {
    server,
    port: options.port,
    host: options.host,
    storage,
    cluster: cluster.description,
    restored,
    close: async () => {
      leaveCluster();
      await server.gracefullyShutdown(false);
      attachClassStorage(null);
      storage?.close();
    },
  };
}
