import '../../../server/nodeWebSocket';
import { createServer } from 'node:http';
import { Room, Server, type Client } from '@colyseus/core';
import { Encoder, StateView, schema, t, type SchemaType } from '@colyseus/schema';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { socketCompression } from '../../../server/socketCompression';

// The load test's baseline: a bare Colyseus 0.18 room that speaks the same messages as the match
// room (ready, host start, submitOrders → ack, resolved) with a state of the same size and shape
// (public part, a report appended per quarter, one private view per seat in a StateView) but no
// game behind it: no engine, no validation, no storage. Run as its own process by cli/loadtest.ts.
//   env PORT, BARE_INITIAL_BYTES, BARE_REPORT_BYTES, BARE_VIEW_BYTES, BARE_ENCODER_BYTES, WS_DEFLATE (1 = on)

const BareSeat = schema({ role: t.string(), name: t.string(), connected: t.boolean(), ready: t.boolean(), submitted: t.boolean() }, 'BareSeat');
const BarePrivate = schema({ view: t.string(), pendingOrders: t.string() }, 'BarePrivate');
const BareState = schema(
  {
    phase: t.string().default('lobby'),
    quarter: t.float64().default(0),
    blob: t.string(),
    seats: t.map(BareSeat),
    reports: t.array('string'),
    privates: t.map(BarePrivate).view(),
  },
  'BareState',
);
type BareState = SchemaType<typeof BareState>;

const ROLES = ['openai', 'meta', 'microsoft', 'amazon', 'google'];
const sizes = {
  initial: Number(process.env.BARE_INITIAL_BYTES ?? 30_000),
  report: Number(process.env.BARE_REPORT_BYTES ?? 16_000),
  view: Number(process.env.BARE_VIEW_BYTES ?? 20_000),
};

/** JSON-like text of about `bytes` characters (compresses like the game's JSON figures do). */
function jsonText(bytes: number, salt: number): string {
  const parts: string[] = [];
  let n = 2;
  for (let i = 0; n < bytes; i++) {
    const item = `{"i":${i},"v":${((i * 7919 + salt * 104729) % 100000) / 100}}`;
    parts.push(item);
    n += item.length + 1;
  }
  return `[${parts.join(',')}]`;
}

class BareMatchRoom extends Room<{ state: BareState }> {
  private readonly roleOf = new Map<string, string>();
  private readonly submitted = new Set<string>();
  private readonly ready = new Set<string>();

  override onCreate(): void {
    this.state = new BareState();
    this.state.blob = jsonText(sizes.initial, 0);
    for (const role of ROLES) {
      this.state.seats.set(role, new BareSeat().assign({ role }));
      this.state.privates.set(role, new BarePrivate().assign({ view: jsonText(sizes.view, 1) }));
    }
    this.onMessage('ready', (client: Client) => {
      this.ready.add(client.sessionId);
      this.state.seats.get(this.roleOf.get(client.sessionId)!)!.ready = true;
      this.ack(client, 'ready');
      if (this.state.phase === 'results' && this.ready.size === this.clients.length) this.openQuarter();
    });
    this.onMessage('host', (client: Client) => {
      this.openQuarter();
      this.ack(client, 'host');
    });
    this.onMessage('submitOrders', (client: Client, payload: { orders: unknown }) => {
      const role = this.roleOf.get(client.sessionId)!;
      if (this.state.phase !== 'planning') return client.send('error', { type: 'submitOrders', code: 'WRONG_PHASE' });
      this.submitted.add(role);
      this.state.seats.get(role)!.submitted = true;
      this.state.privates.get(role)!.pendingOrders = JSON.stringify(payload.orders);
      this.ack(client, 'submitOrders');
      if (this.submitted.size === this.clients.length) this.resolveQuarter();
    });
  }

  override onJoin(client: Client, options: { role: string; name: string }): void {
    this.roleOf.set(client.sessionId, options.role);
    Object.assign(this.state.seats.get(options.role)!, { name: options.name, connected: true });
    client.view = new StateView();
    client.view.add(this.state.privates.get(options.role)!);
    client.send('session', { code: this.roomId, role: options.role, sessionId: client.sessionId });
  }

  override onLeave(client: Client): void {
    const role = this.roleOf.get(client.sessionId);
    if (role) this.state.seats.get(role)!.connected = false;
  }

  private ack(client: Client, type: string): void {
    client.send('ack', { type, quarter: this.state.quarter }, { afterNextPatch: true });
  }

  private openQuarter(): void {
    this.ready.clear();
    this.submitted.clear();
    this.state.phase = 'planning';
    this.state.seats.forEach((s) => Object.assign(s, { ready: false, submitted: false }));
  }

  private resolveQuarter(): void {
    const quarter = this.state.quarter;
    this.state.reports.push(jsonText(sizes.report, quarter + 2));
    this.state.privates.forEach((p, role) => {
      p.view = jsonText(sizes.view, quarter * 7 + role.length);
      p.pendingOrders = '';
    });
    this.state.quarter = quarter + 1;
    this.state.phase = 'results';
    this.broadcast('resolved', { quarter, reportIndex: quarter, trigger: 'allSubmitted', finished: false }, { afterNextPatch: true });
    setImmediate(() => this.clients.length > 0 && this.broadcastPatch());
  }
}

// Same starting encoder buffer as the game server (server/index.ts) unless BARE_ENCODER_BYTES says otherwise.
Encoder.BUFFER_SIZE = Number(process.env.BARE_ENCODER_BYTES ?? 1024 * 1024);
const port = Number(process.env.PORT ?? 2600);
const httpServer = createServer();
const server = new Server({
  transport: new WebSocketTransport({
    server: httpServer,
    perMessageDeflate: socketCompression(process.env.WS_DEFLATE === '1'),
  }),
  greet: false,
  gracefullyShutdown: true,
});
server.define('match', BareMatchRoom);
await server.listen(port, '127.0.0.1');
console.log(`Bare Colyseus server is running on port ${port} (process ${process.pid}).`);
