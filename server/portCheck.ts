import { createServer } from 'node:net';

// Whether the server's port can be listened on, asked before anything else starts: a busy port
// then gives one clear sentence (and a non-zero exit from `npm start`) instead of the transport's
// stack trace, and the data directory is not locked by a server that cannot run.

export class PortInUseError extends Error {
  constructor(port: number, host: string) {
    super(`port ${port} on ${host} is already in use (set PORT to another port)`);
    this.name = 'PortInUseError';
  }
}

export function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => reject(err.code === 'EADDRINUSE' ? new PortInUseError(port, host) : err));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}
