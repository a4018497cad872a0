import { createRequire } from 'node:module';

// @colyseus/core 0.18 reads the global `WebSocket.OPEN` when a client reconnects, but Node 20 has
// no global WebSocket (it arrived in Node 22), so every reconnection would fail with
// "WebSocket is not defined". Provide the class of the `ws` package the transport itself runs on.

if (typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'undefined') {
  const fromTransport = createRequire(createRequire(import.meta.url).resolve('@colyseus/ws-transport'));
  (globalThis as { WebSocket?: unknown }).WebSocket = (fromTransport('ws') as { WebSocket: unknown }).WebSocket;
}
