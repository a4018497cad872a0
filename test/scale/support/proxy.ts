import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { at } from '../../../shared/lists';

// A reverse proxy in front of several server processes, doing what docs/DEPLOY.md asks of nginx:
// /node/<n>/… goes to process n with the prefix removed (PUBLIC_ADDRESS=<proxy>/node/<n> makes
// every room websocket of process n come here), everything else goes to the processes in turn.
// HTTP requests and websocket upgrades both.

export interface TestProxy {
  port: number;
  /** The requests each backend received, by backend number (1-based). */
  hits: number[];
  /** Cuts every websocket going through the proxy, as a network drop would. */
  cutWebsockets(): void;
  close(): Promise<void>;
}

export async function startProxy(port: number, backends: number[]): Promise<TestProxy> {
  const hits = backends.map(() => 0);
  let turn = 0;
  const tunnels = new Set<Socket>();
  /** The backend (0-based) and path: a /node/<n> prefix pins the process, anything else takes the next one in turn. */
  const route = (url: string | undefined): { n: number; pinned: boolean; path: string } => {
    const m = /^\/node\/(\d+)(\/.*)?$/.exec(url ?? '/');
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= backends.length) return { n: Number(m[1]) - 1, pinned: true, path: m[2] ?? '/' };
    return { n: turn++ % backends.length, pinned: false, path: url ?? '/' };
  };

  const server: Server = createServer((req, res) => {
    const target = route(req.url);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      // Like nginx's `proxy_next_upstream error`: a process that refuses the connection is skipped
      // (only for requests not pinned to one process).
      const attempt = (n: number, left: number) => {
        hits[n] = (hits[n] ?? 0) + 1;
        const upstream = request({ host: '127.0.0.1', port: at(backends, n, 'backend port'), path: target.path, method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        upstream.on('error', () => {
          if (!target.pinned && left > 0 && !res.headersSent) return attempt((n + 1) % backends.length, left - 1);
          if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
          res.end('the server process behind this address is not answering');
        });
        upstream.end(body);
      };
      attempt(target.n, backends.length - 1);
    });
  });

  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const target = route(req.url);
    hits[target.n] = (hits[target.n] ?? 0) + 1;
    const upstream = connect(at(backends, target.n, 'backend port'), '127.0.0.1', () => {
      let lines = `${req.method} ${target.path} HTTP/1.1\r\n`;
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines += `${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}\r\n`;
      upstream.write(`${lines}\r\n`);
      if (head.length) upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    tunnels.add(upstream);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    upstream.on('close', () => socket.destroy());
    socket.on('close', () => {
      upstream.destroy();
      tunnels.delete(upstream);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port,
    hits,
    cutWebsockets: () => {
      for (const t of tunnels) t.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
