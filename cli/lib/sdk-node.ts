import WebSocket from 'ws';

// The Colyseus SDK writes every outgoing frame into buffers it reuses (its `sharedBuffer` and
// msgpackr's output) and hands views of them to `WebSocket.send`. A browser copies the bytes at
// once (the WebSocket standard says so); Node's `ws` keeps the view whenever the frame has to wait
// (a busy socket, a compression in flight), so the SDK's next message overwrites it before it
// leaves: after a reconnection the JOIN_ROOM acknowledgement went out as a stray ROOM_DATA byte,
// the server never marked the client joined, and nothing reached it again. Node SDK clients
// (tests, `npm run loadtest`, `npm run fuzz`) load this module to get the browser's behaviour.

const PATCHED = Symbol.for('compute-race.ws-send-copies');
const proto = WebSocket.prototype as unknown as Record<symbol, boolean> & { send: (data: unknown, ...rest: unknown[]) => void };

if (!proto[PATCHED]) {
  const send = proto.send;
  proto.send = function (this: WebSocket, data: unknown, ...rest: unknown[]) {
    return send.call(this, ArrayBuffer.isView(data) ? Buffer.from(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)) : data, ...rest);
  };
  proto[PATCHED] = true;
}
