import { WebSocketTransport } from '@colyseus/ws-transport';

/**
 * Finds connections that stopped answering like Colyseus's own ping loop (ws-transport's
 * autoTerminateUnresponsiveClients: a ping every interval, 3 s by default; a client that left 2
 * pings unanswered is terminated; a pong resets its count), but spread over the interval: that
 * loop pings every client of the process in one task, which with 4,000 clients held the event
 * loop for 100-300 ms every 3 s (a CPU profile at 4,000 clients), long enough to show in the tail
 * of every message. Here each tick pings the next slice of the clients, so every client is still
 * pinged once an interval.
 */

/** Slices per interval: a tick every 100 ms at the default 3 s. */
const SLICES = 30;

/** What the heartbeat needs of a ws connection (ws-transport keeps pingCount on it and resets it on pong). */
export interface PingedSocket {
  pingCount?: number;
  ping(cb: () => void): void;
  terminate(): void;
}

const noop = () => undefined;

export class StaggeredHeartbeat {
  private pass: Iterator<PingedSocket> | null = null;

  constructor(
    private readonly clients: Set<PingedSocket>,
    private readonly maxRetries: number,
  ) {}

  /** One tick: the next ceil(size / SLICES) clients; a pass over every client takes SLICES ticks. */
  tick(): void {
    const batch = Math.ceil(this.clients.size / SLICES);
    for (let i = 0; i < batch; i++) {
      this.pass ??= this.clients.values();
      const next = this.pass.next();
      if (next.done) {
        // The pass is over: the next one starts at the next tick, so no client is pinged twice in one.
        this.pass = null;
        return;
      }
      this.visit(next.value);
    }
  }

  private visit(client: PingedSocket): void {
    if ((client.pingCount ?? 0) >= this.maxRetries) {
      client.terminate();
      return;
    }
    client.pingCount = (client.pingCount ?? 0) + 1;
    client.ping(noop);
  }
}

/** Colyseus's WebSocket transport with the staggered heartbeat in place of its ping loop (same options, same timer it clears on close). */
export class StaggeredPingTransport extends WebSocketTransport {
  protected override autoTerminateUnresponsiveClients(pingInterval: number, pingMaxRetries: number): void {
    const beat = new StaggeredHeartbeat(this.wss.clients as unknown as Set<PingedSocket>, pingMaxRetries);
    this.pingInterval = setInterval(() => beat.tick(), pingInterval / SLICES);
  }
}
