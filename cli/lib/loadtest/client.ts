import '../sdk-node';
import { Client, registerSerializer, type Room } from '@colyseus/sdk';

// A light SDK client for the load test: the room state is never decoded (only its size is counted),
// and every byte the socket reads is counted, before and after decompression.

export const counters = { fullStateBytes: 0, fullStates: 0, patchBytes: 0, wireBytes: 0, frameBytes: 0 };

/** Stands in for Colyseus's schema serializer: counts state bytes, decodes nothing. */
class CountingSerializer {
  setState(data: Uint8Array, it?: { offset: number }): void {
    counters.fullStateBytes += data.byteLength - (it?.offset ?? 0);
    counters.fullStates++;
  }
  patch(data: Uint8Array, it?: { offset: number }): void {
    counters.patchBytes += data.byteLength - (it?.offset ?? 0);
  }
  getState(): object {
    return {};
  }
  teardown(): void {}
  handshake(): void {}
}
registerSerializer('schema', CountingSerializer);

interface NodeSocket {
  on(event: 'message', listener: (data: ArrayBuffer | Buffer) => void): void;
  _socket?: { bytesRead: number };
}

/** A joined room whose socket traffic is counted into `counters`. */
export class CountedRoom {
  private readonly socket: NodeSocket;
  private wireSeen = 0;

  constructor(readonly room: Room) {
    room.reconnection.enabled = false;
    this.socket = (room.connection.transport as unknown as { ws: NodeSocket }).ws;
    this.socket.on('message', (data) => (counters.frameBytes += data.byteLength));
  }

  /** Adds the socket bytes read since the last call to `counters.wireBytes`. */
  countWire(): void {
    const read = this.socket._socket?.bytesRead ?? this.wireSeen;
    counters.wireBytes += read - this.wireSeen;
    this.wireSeen = read;
  }
}

export function sdkClient(url: string): Client {
  return new Client(url);
}
