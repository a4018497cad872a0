import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import '../../cli/lib/sdk-node';

// The Colyseus SDK reuses its send buffers; a Node client must send what the buffer held when
// send() was called, even when the socket holds the frame back (cli/lib/sdk-node.ts).

describe('Node WebSocket clients send copies', () => {
  let server: WebSocketServer;
  beforeAll(() => new Promise<void>((r) => (server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: true }, () => r()))));
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('a frame held back behind a compression keeps the bytes it was sent with', async () => {
    const received: number[][] = [];
    server.on('connection', (ws) => ws.on('message', (data: Buffer) => received.push([...data])));
    const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
    await new Promise<void>((r) => client.once('open', () => r()));

    const shared = new Uint8Array(8);
    // A large message is compressed off the main thread; frames sent meanwhile wait in a queue.
    client.send(new Uint8Array(64 * 1024).fill(1));
    shared[0] = 10; // JOIN_ROOM acknowledgement
    client.send(shared.subarray(0, 1));
    shared[0] = 13; // the next message reuses the buffer before the first one left
    shared[1] = 7;
    client.send(shared.subarray(0, 2));

    try {
      await expect.poll(() => received.length).toBe(3);
      expect(received.slice(1)).toEqual([[10], [13, 7]]);
    } finally {
      client.terminate();
    }
  });
});
