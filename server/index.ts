import './nodeWebSocket';
import { createServer } from 'node:http';
import { Server } from '@colyseus/core';
import { Encoder } from '@colyseus/schema';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { ROOM_NAME } from '../shared/protocol';
import { createHttpHandler } from './http/handler';
import { MAX_FRAME_BYTES, MatchRoom } from './room/MatchRoom';
import { recordRoutes } from './http/records';
import { openStorage, type RestoreOutcome, type Storage } from './storage';
import { reopenEnded } from './storage/reopen';
import { assertPortFree } from './portCheck';
import { CLASS_ROOM_NAME } from '../shared/classroom/protocol';
import { ClassRoom, attachClassStorage, classRoutes, restoreClasses } from './classroom';
import { colyseusClusterOptions, forwardingRoute, prepareCluster, runCluster, type ClusterConfig } from './scale';

// The Compute Race game server: Colyseus with the `match` room, the JSON endpoints and the built
// client, all on one HTTP port.

export { MatchRoom } from './room/MatchRoom';
export { createMatchRoom, findMatchRoom } from './room/create';
export { applyHostCommand } from './room/hostCommands';

// A room's full state carries one JSON QuarterReport per quarter (~16 KB each): start the encoder
// with room for a long match instead of growing (and warning) quarter after quarter.
Encoder.BUFFER_SIZE = 1024 * 1024;

export interface GameServerOptions {
  port: number;
  host: string;
  /** Directory of the built client; null serves the API only. */
  staticDir: string | null;
  /** Install Colyseus's SIGINT/SIGTERM handlers (the real server; not tests). */
  gracefulShutdown?: boolean;
  /** Data directory of the match records database (recovery, replays); null or absent: no storage. */
  dataDir?: string | null;
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
  const handler = createHttpHandler(options.staticDir, [forwardingRoute(), classRoutes(classes), ...(storage ? [recordRoutes(storage)] : [])]);
  const server = new Server({
    ...colyseusClusterOptions(cluster),
    transport: new WebSocketTransport({ server: httpServer, maxPayload: MAX_FRAME_BYTES }),
    greet: false,
    gracefullyShutdown: options.gracefulShutdown ?? false,
    express: (app) => {
      app.use(handler);
    },
  });
  server.define(ROOM_NAME, MatchRoom);
  server.define(CLASS_ROOM_NAME, ClassRoom);
  // Live matches stay restorable: rooms disposed by the shutdown are not marked abandoned.
  let leaveCluster: () => void = () => undefined;
  server.onBeforeShutdown(async () => {
    leaveCluster();
    storage?.tracker.suspend();
  });
  server.onShutdown(async () => {
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
      storage?.tracker.suspend();
      await server.gracefullyShutdown(false);
      attachClassStorage(null);
      storage?.close();
    },
  };
}
