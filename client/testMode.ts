import { session } from './net/session';

// Hooks for browser tests, present only in a client built with `vite build --mode test`
// (`npm run build:test-client`, into dist/client-test): the normal build does not contain them.

export interface TestHooks {
  /** Drops the match socket as a network failure would (reconnection tests). */
  dropConnection(): void;
}

declare global {
  interface Window {
    __crTest?: TestHooks;
  }
}

export function installTestHooks(): void {
  window.__crTest = {
    dropConnection: () => {
      const conn = session.room?.connection as unknown as { transport?: { ws?: WebSocket } } | undefined;
      conn?.transport?.ws?.close(4999);
    },
  };
}
